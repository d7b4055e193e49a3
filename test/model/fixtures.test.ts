/**
 * Whole-scenario fixtures: every models/*.json (except the generated JSON Schema) is appraised
 * and its key outputs compared with test/fixtures/<model>.expected.json, saved by
 * `npm run fixtures:update` after the figures were read for plausibility.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appraiseModel, fixturePath, modelNames, summarise, type ModelFixture } from './fixtureSummary';

/** Fixtures are rounded to 2 dp: allow the rounding plus floating-point noise. */
function closeEnough(actual: unknown, expected: unknown, path: string, problems: string[]): void {
	if (typeof expected === 'number' && typeof actual === 'number') {
		if (Math.abs(actual - expected) > 0.011 + 1e-9 * Math.abs(expected)) problems.push(`${path}: expected ${expected}, got ${actual}`);
	} else if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
		expected.forEach((e, i) => closeEnough(actual[i], e, `${path}[${i}]`, problems));
	} else if (expected && typeof expected === 'object' && actual && typeof actual === 'object' && !Array.isArray(expected)) {
		const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
		for (const k of keys) closeEnough((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], `${path}.${k}`, problems);
	} else if (actual !== expected) problems.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

describe('example models against saved fixtures', () => {
	it('finds the example models', () => {
		expect(modelNames()).toContain('urban-backlog');
	});

	it.each(modelNames())('%s', (model) => {
		const path = fixturePath(model);
		if (!existsSync(path)) throw new Error(`No fixture for models/${model}.json: run \`npm run fixtures:update\`, read the figures for plausibility, and commit test/fixtures/${model}.expected.json`);
		const expected = JSON.parse(readFileSync(path, 'utf8')) as ModelFixture;
		const actual = summarise(appraiseModel(model));
		const problems: string[] = [];
		closeEnough(actual, expected, model, problems);
		expect(problems, `${model} differs from its fixture; if the change is intended, run \`npm run fixtures:update\` and check the new figures`).toEqual([]);
	});
});

describe('urban-backlog: business as usual NPC worked by hand', () => {
	/**
	 * One scanner on 6 sessions of 4 h a week, 5 days, DNA 9%, slot mix 65/30/5 -> 22.5 min.
	 * Minutes a day 1.2 x 240 - 15 = 273. Operating days 260 - 8 - 4 = 248, or 246 in 2031 (year 5)
	 * when the 2021 scanner is replaced (2 cross-calibration days). Capacity 273 / 22.5 x 248 x 0.91
	 * = 2,738.25 (2,716.17 in year 5); the list never empties, so all of it is delivered.
	 * Staff hours from the weekly rota: operator and assistant 6 x 52 x 4 = 1,248 each, receptionist
	 * 624, fixed lead 208, secretary 780, MPE 52, nurse 390, reporting 2,738.25 x 5 / 60 = 228.19
	 * (226.35 in year 5).
	 * Staff cost = 1.2 x 1.27 / 1,950 x sum(hours x salary) = 133,788.35 (133,708.25 in year 5).
	 * Revenue = staff + maintenance 12,000 (none in year 5: new warranty) + estates 15,000
	 * + consumables 2 x scans + training 2,000 (+ cross-calibration 3,000 in year 5)
	 * = 168,264.85 (159,140.59 in year 5).
	 * Total = revenue x 1.05 + capital 244,000 in year 5 with optimism bias (scanner 214,000 + IT
	 * 10,000) x 0.10 + installation 20,000 x 0.24 = 27,200 - residual 122,000 in year 9
	 * (bought year 5, 5 of 10 years left: 244,000 x 5/10):
	 *   years 0-4 and 6-8: 176,678.09; year 5: 167,097.62 + 271,200 = 438,297.62; year 9: 54,678.09.
	 * NPC = 176,678.09 x (1 + 1/1.035 + ... + 1/1.035^4 + 1/1.035^6 + 1/1.035^7 + 1/1.035^8)
	 *     + 438,297.62 / 1.035^5 + 54,678.09 / 1.035^9 = 1,651,551.06.
	 */
	it('matches the engine', () => {
		const a = appraiseModel('urban-backlog');
		const bau = a.options.find((o) => o.id === 'bau')!;
		expect(bau.cashFlows.map((f) => Number(f.total.toFixed(2)))).toEqual([176678.09, 176678.09, 176678.09, 176678.09, 176678.09, 438297.62, 176678.09, 176678.09, 176678.09, 54678.09]);
		expect(bau.summary.netPresentCostGbp).toBeCloseTo(1651551.06, 2);
	});
});
