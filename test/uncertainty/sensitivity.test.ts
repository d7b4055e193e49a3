import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { oneWaySensitivity } from '../../src/lib/model/uncertainty/sensitivity';
import { parsePath } from '../../src/lib/model/uncertainty/fields';
import { urbanRaw, parsed, edited, URBAN_RANGES } from './helpers';

const raw = urbanRaw();
const s = parsed(raw);
const sens = oneWaySensitivity(s);
const base = appraise(s);

/** Engine results with one input changed in the file itself and re-parsed: independent of the analysis's own path handling. */
function appraiseWith(path: string, value: number) {
	return appraise(parsed(edited(raw, parsePath(path), value)));
}
const npsvOf = (r: ReturnType<typeof appraise>, id: string) => r.options.find((o) => o.id === id)!.summary.netPresentSocialValueGbp;

describe('one-way sensitivity (tornado)', () => {
	it('takes the preferred option and the runner-up from the base-case ranking', () => {
		expect(sens.preferredOptionId).toBe(base.preferredOptionId);
		expect(sens.runnerUpOptionId).toBe(base.ranking[1]!.optionId);
		expect(sens.baseNpcGbp).toBe(base.options.find((o) => o.id === base.preferredOptionId)!.summary.netPresentCostGbp);
	});

	it('has one NPC bar and one gap bar per uncertain input, widest swing first', () => {
		expect(sens.npc.map((b) => b.path).sort()).toEqual(URBAN_RANGES.map((r) => r.path).sort());
		expect(sens.gap).toHaveLength(URBAN_RANGES.length);
		for (const bars of [sens.npc, sens.gap]) for (let i = 1; i < bars.length; i++) expect(bars[i - 1]!.swing).toBeGreaterThanOrEqual(bars[i]!.swing);
	});

	it.each(URBAN_RANGES.map((r) => [r.path, r.low, r.high] as const))('%s: bar ends equal the engine at the low and the high value', (path, low, high) => {
		const lo = appraiseWith(path, low);
		const hi = appraiseWith(path, high);
		const pref = sens.preferredOptionId;
		const runner = sens.runnerUpOptionId!;
		const npcBar = sens.npc.find((b) => b.path === path)!;
		expect(npcBar.atLow).toBe(lo.options.find((o) => o.id === pref)!.summary.netPresentCostGbp);
		expect(npcBar.atHigh).toBe(hi.options.find((o) => o.id === pref)!.summary.netPresentCostGbp);
		expect(npcBar.swing).toBe(Math.abs(npcBar.atHigh - npcBar.atLow));
		const gapBar = sens.gap.find((b) => b.path === path)!;
		expect(gapBar.atLow).toBe(npsvOf(lo, pref) - npsvOf(lo, runner));
		expect(gapBar.atHigh).toBe(npsvOf(hi, pref) - npsvOf(hi, runner));
		expect(npcBar.preferredAtLow).toBe(lo.preferredOptionId);
		expect(npcBar.preferredAtHigh).toBe(hi.preferredOptionId);
	});

	it('moves the preferred option\'s NPC with the scanner price: one more purchase at 150k vs 300k', () => {
		// The main scanner (installed 2021, 10-year life) is replaced in 2031 (year 5) under every
		// option. Its price enters capital with the equipment rate's 10% optimism bias, discounted at 1.035^-5 = 0.841973,
		// and leaves a residual value credited in the last year (year 9): 5 of its 10 years remain
		// at the end of the 10-year horizon, so price x 5/10, at 1.035^-9 = 0.733731.
		// Net NPC per pound of price: 1.10 x 0.841973 - 0.5 x 0.733731 = 0.926170 - 0.366866 = 0.559305.
		// Swing for 150k -> 300k: 150,000 x 0.559305 = 83,896.
		const bar = sens.npc.find((b) => b.path === 'scanners[0].purchaseCostGbp')!;
		expect(bar.atHigh - bar.atLow).toBeCloseTo(150_000 * (1.1 * Math.pow(1.035, -5) - 0.5 * Math.pow(1.035, -9)), 4);
		expect(Math.round(bar.atHigh - bar.atLow)).toBe(83_896);
	});

	it('has no gap bars when the scenario has a single option', () => {
		const one = urbanRaw();
		one.options = one.options.filter((o: { businessAsUsual?: boolean }) => o.businessAsUsual);
		const r = oneWaySensitivity(parsed(one));
		expect(r.runnerUpOptionId).toBeNull();
		expect(r.baseGapGbp).toBeNull();
		expect(r.gap).toEqual([]);
		expect(r.npc).toHaveLength(URBAN_RANGES.length);
	});
});
