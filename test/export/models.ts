import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioJson, appraise, type AppraisalResult, type Scenario } from '../../src/lib/model';
import type { FormulaValue } from '../../src/lib/model/parse';

export interface ExampleModel {
	file: string;
	slug: string;
	input: unknown;
	scenario: Scenario;
	formulas: FormulaValue[];
	result: AppraisalResult;
}

/** Every example model in models/ (the JSON Schema file is not a model). */
export function exampleModels(): ExampleModel[] {
	const dir = join(process.cwd(), 'models');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
		.sort()
		.map((file) => {
			const text = readFileSync(join(dir, file), 'utf8');
			const p = parseScenarioJson(text);
			if (!p.ok) throw new Error(`${file}: ${p.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
			return { file, slug: file.replace(/\.json$/, ''), input: JSON.parse(text), scenario: p.scenario, formulas: p.formulas, result: appraise(p.scenario) };
		});
}
