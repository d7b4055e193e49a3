/**
 * Golden files: the complete output of the engine for every example in models/, exact to the last
 * bit (JSON writes each number as the shortest text that reads back as the same double).
 *
 *   test/fixtures/golden/<model>.appraisal.json   appraise(): every table and summary the views,
 *                                                 exports, CLI --json and POST /api/appraise read
 *   test/fixtures/golden/<model>.analyses.json    the one-way sensitivity, the switching values and
 *                                                 a seeded probabilistic run (PSA_ITERATIONS
 *                                                 iterations at the scenario's own seed), summarised
 *
 * They freeze what the engine answered before a change, so a restructuring that must not change a
 * number is checked against every number. Only `npm run fixtures:update` writes them; read the diff
 * before committing it, and say in the commit message why any figure moved.
 */
import { readFileSync } from 'node:fs';
import { appraise } from '../../src/lib/model/appraise';
import { oneWaySensitivity, switchingValues, runPsa } from '../../src/lib/model/uncertainty';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { formatIssues } from '../../src/lib/model/issues';
import { FIXTURES_DIR, MODELS_DIR } from './fixtureSummary';

export const GOLDEN_DIR = `${FIXTURES_DIR}golden/`;

/** Iterations of the stored probabilistic run: enough to exercise every path of the sampler and summary, quick in a test. */
export const PSA_ITERATIONS = 1000;

export type GoldenKind = 'appraisal' | 'analyses';

export function goldenPath(model: string, kind: GoldenKind): string {
	return `${GOLDEN_DIR}${model}.${kind}.json`;
}

export function exampleScenario(model: string): Scenario {
	const r = parseScenarioJson(readFileSync(`${MODELS_DIR}${model}.json`, 'utf8'));
	if (!r.ok) throw new Error(`models/${model}.json is invalid:\n${formatIssues(r.errors)}`);
	return r.scenario;
}

/**
 * The value as JSON would carry it (getters read, undefined fields dropped, -0 written as 0): the
 * form in which the CLI, the API and the app's exports hand results on.
 */
export function asJson(v: unknown): unknown {
	return JSON.parse(JSON.stringify(v));
}

/** What a golden file of this kind holds for the scenario, worked out by today's engine. */
export function goldenValue(s: Scenario, kind: GoldenKind): unknown {
	if (kind === 'appraisal') return asJson(appraise(s));
	const seed = s.uncertainty?.seed ?? 1;
	return asJson({
		sensitivity: oneWaySensitivity(s),
		switching: switchingValues(s),
		psa: runPsa(s, { iterations: PSA_ITERATIONS, seed })
	});
}

/** The text a golden file is written as: tab-indented JSON with a final newline, so a diff reads line by line. */
export function goldenText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}
