import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byRank, rankInto, rankOrderInto, reasonFor, type RankingInto } from '../../src/lib/model/ranking';
import type { OptionResult } from '../../src/lib/model/results';

/** Only the fields ranking reads. */
function option(id: string, meetsDemand: boolean, npsv: number, score: number, wait: number | null = meetsDemand ? 4 : 20): OptionResult {
	return {
		id,
		name: id.toUpperCase(),
		summary: { meetsDemand, netPresentSocialValueGbp: npsv, netPresentCostGbp: -npsv, weightedScore: score, endEstimatedWaitWeeks: wait }
	} as unknown as OptionResult;
}

/** A list of options ranked on its own, with the preferred option's reason (as appraise() writes them). */
function rankOptions(opts: OptionResult[], standardWeeks: number) {
	const r: RankingInto = rankInto(opts, { order: [], ranking: [], preferredOptionId: '' });
	return { ranking: r.ranking, preferredOptionId: r.preferredOptionId, preferredReason: reasonFor(r.order.map((k) => opts[k] as OptionResult), standardWeeks) };
}

describe('rankInto', () => {
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

/** The option indices in the order of a stable sort by the same comparator (Array.prototype.sort is stable; ids are unique in these cases). */
const sortedOrder = (opts: OptionResult[]) => [...opts].sort(byRank).map((x) => opts.indexOf(x));

describe('rankOrderInto (the ranking\'s one ordering: no sorted copy)', () => {
	it('gives the indices in rank order, ties on everything kept in their given order', () => {
		// b (meets, NPSV -2m) before a (meets, -3m); then the two that do not meet: c (0) before d (-1m).
		const opts = [option('a', true, -3e6, 5), option('b', true, -2e6, 5), option('c', false, 0, 5), option('d', false, -1e6, 5)];
		expect(rankOrderInto(opts, [])).toEqual([1, 0, 2, 3]);
		// Same NPSV: 'high' (score 7) first, then 'alpha' before 'low' (score 4 both) by name; two
		// options alike in every key (both named 'P') keep their given order.
		const ties = [option('low', true, -2e6, 4), option('high', true, -2e6, 7), option('alpha', true, -2e6, 4)];
		expect(rankOrderInto(ties, [])).toEqual([1, 2, 0]);
		const same = [option('p2', false, 1, 1), option('p1', false, 1, 1)].map((o) => ({ ...o, name: 'P' }));
		expect(rankOrderInto(same, [])).toEqual([0, 1]);
	});

	it('refills the array it is given, growing or shrinking it to the options', () => {
		const order = [9, 9, 9, 9, 9];
		const opts = [option('a', false, -2e6, 4), option('b', false, -1e6, 4)];
		expect(rankOrderInto(opts, order)).toBe(order);
		expect(order).toEqual([1, 0]);
		expect(rankOrderInto([], order)).toEqual([]);
	});

	it('equals a stable sort by the same comparator over generated options with many ties', () => {
		// Few distinct values, so ties on NPSV, score and name are common; names differing only in case.
		const arb = fc.array(
			fc.record({
				meets: fc.boolean(),
				npsv: fc.constantFrom(-3e6, -2e6, -1e6, 0, 0.1 + 0.2, 0.3, 5e5),
				score: fc.constantFrom(0, 4, 7, 10),
				name: fc.constantFrom('a', 'A', 'b', 'Bone', 'bone', 'é', 'e', '')
			}),
			{ minLength: 0, maxLength: 9 }
		);
		fc.assert(
			fc.property(arb, (rows) => {
				const opts = rows.map((r, i) => ({ ...option(`id${i}`, r.meets, r.npsv, r.score), name: r.name }));
				expect(rankOrderInto(opts, [])).toEqual(sortedOrder(opts));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('rankInto refilling a ranking', () => {
	it('overwrites the lines it has, adds or drops lines to match the options, and names the preferred option', () => {
		const r: RankingInto = { order: [], ranking: [], preferredOptionId: '' };
		rankInto([option('a', true, -3e6, 5), option('b', true, -2e6, 5), option('c', false, 0, 5)], r);
		const first = r.ranking[0];
		expect(r.ranking.map((x) => [x.optionId, x.rank])).toEqual([
			['b', 1],
			['a', 2],
			['c', 3]
		]);
		// Two options now: d (meets, NPSV -1m) above e (does not meet); the first line object is reused.
		rankInto([option('e', false, 5e5, 9), option('d', true, -1e6, 1)], r);
		expect(r.ranking[0]).toBe(first);
		expect(r.ranking.map((x) => [x.optionId, x.rank, x.meetsDemand, x.netPresentSocialValueGbp, x.weightedScore])).toEqual([
			['d', 1, true, -1e6, 1],
			['e', 2, false, 5e5, 9]
		]);
		expect(r.order).toEqual([1, 0]);
		expect(r.preferredOptionId).toBe('d');
		rankInto([], r);
		expect(r).toEqual({ order: [], ranking: [], preferredOptionId: '' });
	});
});
