/**
 * The engine against its golden files (see golden.ts): for every example model, the complete
 * appraise() result and the analyses (one-way sensitivity, switching values, a seeded PSA summary)
 * must equal the stored ones exactly, number for number.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelNames } from './fixtureSummary';
import { exampleScenario, goldenPath, goldenValue, type GoldenKind } from './golden';

function stored(model: string, kind: GoldenKind): unknown {
	const path = goldenPath(model, kind);
	if (!existsSync(path)) throw new Error(`No golden file ${path}: run \`npm run fixtures:update\`, read the diff, and commit it`);
	return JSON.parse(readFileSync(path, 'utf8'));
}

describe('golden files: the complete engine output for every example is unchanged', { timeout: 60_000 }, () => {
	it.each(modelNames())('%s: appraise() equals the stored result exactly', (model) => {
		expect(goldenValue(exampleScenario(model), 'appraisal'), `${model}: if the change is intended, run \`npm run fixtures:update\` and say in the commit why the figures moved`).toEqual(stored(model, 'appraisal'));
	});

	it.each(modelNames())('%s: sensitivity, switching values and the seeded PSA equal the stored ones exactly', (model) => {
		expect(goldenValue(exampleScenario(model), 'analyses')).toEqual(stored(model, 'analyses'));
	});

	it('a changed figure is caught: one more patient waiting at the start changes the stored result', () => {
		const s = exampleScenario('urban-backlog');
		s.demand.startingBacklog += 1;
		expect(goldenValue(s, 'appraisal')).not.toEqual(stored('urban-backlog', 'appraisal'));
	});
});
