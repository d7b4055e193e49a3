import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { switchingValues } from '../../src/lib/model/uncertainty/switching';
import { oneWaySensitivity } from '../../src/lib/model/uncertainty/sensitivity';
import { parsePath } from '../../src/lib/model/uncertainty/fields';
import { urbanRaw, parsed, edited } from './helpers';

const ranges = [
	{ path: 'fls.rrrHip', low: 0.2, high: 0.5 },
	{ path: 'demand.referralRatesPer1000.age65to74', low: 8, high: 16 },
	{ path: 'scanners[0].purchaseCostGbp', low: 150000, high: 300000 },
	{ path: 'demand.monitoringIntervalYears', low: 2, high: 5 }
];
const raw = urbanRaw({ inputs: ranges });
const s = parsed(raw);
const base = appraise(s);
const sw = switchingValues(s);

/**
 * The preferred option with one input set in the file and re-parsed: the engine run from scratch.
 * The uncertainty section is dropped first: a value outside its stated range would (rightly) fail its check.
 */
const { uncertainty: _u, ...plain } = raw;
const preferredAt = (path: string, value: number) => appraise(parsed(edited(plain, parsePath(path), value))).preferredOptionId;

describe('switching values', () => {
	it('has one entry per uncertain input', () => {
		expect(sw.map((x) => x.path)).toEqual(ranges.map((r) => r.path));
	});

	it('every switch is confirmed by re-running the engine either side of it', () => {
		const found = sw.flatMap((x) => [x.below, x.above].filter((p) => p !== null).map((p) => ({ path: x.path, p: p! })));
		expect(found.length).toBeGreaterThanOrEqual(2);
		for (const { path, p } of found) {
			const [a, b] = p.bracket;
			expect(preferredAt(path, a)).toBe(base.preferredOptionId);
			expect(preferredAt(path, b)).toBe(p.newPreferredOptionId);
			expect(p.newPreferredOptionId).not.toBe(base.preferredOptionId);
			// Bisection narrows the bracket to far below any meaningful precision.
			expect(Math.abs(b - a)).toBeLessThan(1e-6 * Math.max(1, Math.abs(p.value)));
		}
	});

	it('hip risk reduction: the switch is where the linear NPSV gap crosses zero, worked out from the tornado ends', () => {
		// rrrHip only scales averted hip fractures, so every option's NPSV is linear in it and
		// demand (hence meeting the standard) does not move. The gap between the preferred option
		// and the runner-up is zero at low + (high - low) x gapLow / (gapLow - gapHigh).
		// Since clinical vertebral fractures (#11) the preferred option (Extended hours) has no FLS, so the gap
		// falls as the hip reduction rises and the FLS option takes over above the base (it was below before).
		const tornado = oneWaySensitivity(s).gap.find((b) => b.path === 'fls.rrrHip')!;
		expect(tornado.atLow).toBeGreaterThan(0);
		expect(tornado.atHigh).toBeLessThan(0);
		const zero = 0.2 + (0.5 - 0.2) * (tornado.atLow / (tornado.atLow - tornado.atHigh));
		const x = sw.find((v) => v.path === 'fls.rrrHip')!;
		expect(x.above).not.toBeNull();
		expect(x.above!.value).toBeCloseTo(zero, 8);
		expect(x.above!.withinRange).toBe(true);
		expect(x.above!.newPreferredOptionId).toBe(oneWaySensitivity(s).runnerUpOptionId);
		expect(x.statement).toContain('inside the stated range');
	});

	it('whole-number inputs switch at a whole number, with neighbours as the bracket', () => {
		const x = sw.find((v) => v.path === 'demand.monitoringIntervalYears')!;
		for (const p of [x.below, x.above]) {
			if (!p) continue;
			expect(Number.isInteger(p.value)).toBe(true);
			expect(Math.abs(p.bracket[1] - p.bracket[0])).toBe(1);
		}
	});

	it('says so when no value in the searched span changes the preferred option', () => {
		const x = sw.find((v) => v.path === 'scanners[0].purchaseCostGbp')!;
		// The main scanner is in every option, so its price moves every option's NPC the same way.
		expect(x.below).toBeNull();
		expect(x.above).toBeNull();
		expect(x.searchedFrom).toBe(0);
		expect(x.searchedTo).toBe(1e9);
		expect(x.statement).toMatch(/^No value of scanner price from GBP 0 to GBP 1,000,000,000 changes the preferred option/);
		// Spot-check the claim at both ends of the searched span.
		expect(preferredAt('scanners[0].purchaseCostGbp', 0)).toBe(base.preferredOptionId);
		expect(preferredAt('scanners[0].purchaseCostGbp', 1e9)).toBe(base.preferredOptionId);
	});
});
