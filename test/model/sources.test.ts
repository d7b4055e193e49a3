/**
 * Every default figure shows its source or is marked as a placeholder (issue 2, "Done when"):
 * checked over every numeric input of every example model, as the catalogue lists them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listInputs } from '../../src/lib/model/catalogue';
import { parseScenario } from '../../src/lib/model/parse';
import fc from 'fast-check';
import { MODELS_DIR, modelNames } from './fixtureSummary';
import { scenarioArb } from './arbitraries';

function unsourced(scenario: unknown): string[] {
	return listInputs(scenario)
		.filter((i) => i.defaultValue !== undefined && !(i.meta.source && i.meta.source.trim()) && i.meta.placeholder !== true)
		.map((i) => i.path);
}

describe.each(modelNames())('models/%s.json', (model) => {
	const raw = JSON.parse(readFileSync(`${MODELS_DIR}${model}.json`, 'utf8'));
	const inputs = listInputs(raw);

	it('lists its inputs', () => {
		// Every model has at least a locality's five populations, a scanner or option and the appraisal settings.
		expect(inputs.length).toBeGreaterThan(50);
	});

	it('has a source or a placeholder flag for every input with a default', () => {
		expect(unsourced(raw), 'defaults without meta.source or meta.placeholder').toEqual([]);
	});

	it('has a label, unit and help text for every input', () => {
		const bare = inputs.filter((i) => !i.meta.label.trim() || !i.meta.unit.trim() || !i.meta.help.trim()).map((i) => i.path);
		expect(bare).toEqual([]);
	});
});

describe('every input the schema can hold', () => {
	it('has a source or a placeholder flag wherever it has a default', () => {
		// Parsed generated scenarios carry every block (mobile units, outsourcing, capital and revenue
		// items, travel changes, default roles and fixed staff) with defaults filled in.
		const missing = new Set<string>();
		for (const raw of fc.sample(scenarioArb, { numRuns: 40, seed: 2026 })) {
			const r = parseScenario(raw);
			if (!r.ok) throw new Error('generated scenario did not parse');
			for (const p of unsourced(r.scenario)) missing.add(p.replace(/\[\d+\]/g, '[]'));
		}
		expect([...missing]).toEqual([]);
	});
});
