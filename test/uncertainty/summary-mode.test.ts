import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { appraise, appraiseSummaries } from '../../src/lib/model/appraise';
import { simulatePsa } from '../../src/lib/model/uncertainty/psa';
import { compileInputs, assignmentsFor } from '../../src/lib/model/uncertainty/ranges';
import { withValues } from '../../src/lib/model/uncertainty/paths';
import { xoshiro128ss } from '../../src/lib/model/uncertainty/prng';
import { exampleRaw, parsed } from './helpers';

const files = readdirSync(new URL('../../models/', import.meta.url)).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');

/** The fast path the PSA uses must give exactly the full appraisal's summaries and ranking. */
describe('summary mode of the engine', () => {
	it.each(files)('%s: every summary and the ranking equal appraise(), also with its inputs drawn at random', (file) => {
		const s = parsed(exampleRaw(file));
		const check = (sc: typeof s) => {
			const full = appraise(sc);
			const lean = appraiseSummaries(sc);
			expect(lean.options.map((o) => o.summary)).toEqual(full.options.map((o) => o.summary));
			expect(lean.ranking).toEqual(full.ranking);
			expect(lean.preferredOptionId).toBe(full.preferredOptionId);
			expect(lean.preferredReason).toBe(full.preferredReason);
		};
		check(s);
		const inputs = compileInputs(s);
		const rng = xoshiro128ss(11);
		for (let k = 0; k < 15; k++) check(withValues(s, inputs.flatMap((c) => assignmentsFor(c, c.sample(rng)))));
	});

	it('the PSA records the full appraisal\'s figures for its first iteration', () => {
		const s = parsed(exampleRaw('scanner-replacement.json'));
		const raw = simulatePsa(s, { seed: 5, count: 1 });
		const inputs = compileInputs(s);
		const drawn = withValues(s, inputs.flatMap((c, j) => assignmentsFor(c, raw.draws[j]!)));
		const full = appraise(drawn);
		full.options.forEach((o, k) => {
			expect(raw.npc[k]).toBe(o.summary.netPresentCostGbp);
			expect(raw.npsv[k]).toBe(o.summary.netPresentSocialValueGbp);
			expect(Number.isNaN(raw.costPerScan[k]!) ? null : raw.costPerScan[k]).toBe(o.summary.costPerScanGbp);
		});
		expect(raw.optionIds[raw.preferred[0]!]).toBe(full.preferredOptionId);
	});
});
