import { describe, expect, it } from 'vitest';
import { rankOptions } from '../../src/lib/model/ranking';
import type { OptionResult } from '../../src/lib/model/results';

/** Only the fields ranking reads. */
function option(id: string, meetsDemand: boolean, npsv: number, score: number, wait: number | null = meetsDemand ? 4 : 20): OptionResult {
	return {
		id,
		name: id.toUpperCase(),
		summary: { meetsDemand, netPresentSocialValueGbp: npsv, netPresentCostGbp: -npsv, weightedScore: score, endEstimatedWaitWeeks: wait }
	} as unknown as OptionResult;
}

describe('rankOptions', () => {
	it('puts options that meet demand first, whatever their value', () => {
		const r = rankOptions([option('cheap', false, -1e6, 9), option('costly', true, -5e6, 1)], 6);
		expect(r.ranking.map((x) => x.optionId)).toEqual(['costly', 'cheap']);
		expect(r.preferredOptionId).toBe('costly');
		expect(r.preferredReason).toContain('is the only option that does');
	});

	it('ranks by net present social value within a group', () => {
		const r = rankOptions([option('a', true, -3e6, 5), option('b', true, -2e6, 5), option('c', false, 0, 5), option('d', false, -1e6, 5)], 6);
		expect(r.ranking.map((x) => [x.optionId, x.rank])).toEqual([
			['b', 1],
			['a', 2],
			['c', 3],
			['d', 4]
		]);
		// GBP -2,000,000 shown as GBP -2.00m
		expect(r.preferredReason).toContain('highest net present social value (GBP -2.00m) of the 2 options that do');
	});

	it('breaks ties on the weighted score, then the name', () => {
		const r = rankOptions([option('low', true, -2e6, 4), option('high', true, -2e6, 7), option('alpha', true, -2e6, 4)], 6);
		expect(r.ranking.map((x) => x.optionId)).toEqual(['high', 'alpha', 'low']);
	});

	it('says when no option meets demand', () => {
		const r = rankOptions([option('a', false, -2e6, 4), option('b', false, -1e6, 4)], 6);
		expect(r.preferredOptionId).toBe('b');
		expect(r.preferredReason).toMatch(/^No option brings the estimated wait within the 6-week standard/);
	});

	it('copes with no options', () => {
		expect(rankOptions([], 6)).toEqual({ ranking: [], preferredOptionId: '', preferredReason: 'No options to appraise.' });
	});
});
