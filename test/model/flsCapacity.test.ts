import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { reachedShare } from '../../src/lib/model/fls';
import { scenarioWith } from './helpers';

/**
 * An FLS limited by the DXA service (issue #11). One year, one town (390 new referrals a year,
 * helpers.ts), no monitoring returns, 100 hip fractures: cohort 5 x 100 = 500, identified 400, of
 * whom 0.7 need a scan: 280 FLS referrals. Demand 390 + 280 = 670 scans a year. The scanner runs no
 * sessions, so each option's capacity is exactly its outsourced scans: 335 (half the demand) or
 * 1,000 (more than enough).
 */
const s = scenarioWith((r) => {
	r.horizonYears = 1;
	r.demand = { monitoringReturnShare: 0 };
	r.scanners[0].sessionsPerWeek = 0;
	// Site split 20% hip, 30% vertebral at a 70% reduction for round hand arithmetic (the capacity effect is the same share at any split).
	r.fls = { hipFracturesPerYear: 100, hipShare: 0.2, vertebralShare: 0.3, rrrVertebral: 0.7 };
	r.options = [
		{ id: 'bau', name: 'Business as usual', businessAsUsual: true },
		{ id: 'short', name: 'FLS without the capacity', addFls: true, outsourcing: { scansPerYear: 335 } },
		{ id: 'enough', name: 'FLS with the capacity', addFls: true, outsourcing: { scansPerYear: 1000 } }
	];
});
const result = appraise(s);
const fls = (id: string) => {
	const f = result.options.find((o) => o.id === id)?.fls;
	if (!f) throw new Error(`no FLS for ${id}`);
	return f;
};

describe('FLS limited by the DXA service', () => {
	it('scans every FLS patient in time when the capacity is there: all 400 identified reach treatment', () => {
		const y = fls('enough').byYear[0]!;
		expect(y.scannedShare).toBe(1);
		expect(y.beyondStandardShare).toBeCloseTo(0, 12);
		expect(y.reachedShare).toBeCloseTo(1, 12);
		// Extra treated 500 x 0.076 = 38; refractures in year 1: 38 x 0.10 = 3.8;
		// hip 3.8 x 0.2 x 0.34 = 0.2584, vertebral 3.8 x 0.3 x 0.7 = 0.798, other 3.8 x 0.5 x 0.25 = 0.475.
		expect(y.extraTreated).toBeCloseTo(38, 9);
		expect([y.avertedHip, y.avertedVertebral, y.avertedOther]).toEqual([0.2584, 0.798, 0.475].map((v) => expect.closeTo(v, 9)));
	});

	it('scans half the FLS patients, most beyond the standard, with half the capacity, and loses 20% of those', () => {
		// Capacity 335 a year = 27.9167 a month against 55.8333 referrals: month t sees half of the
		// cohort that joined floor(t / 2) months in, ceil(t / 2) months after it joined; the months
		// waited are 0, 1, 1, 2, 2, 3, 3, ..., 6. Seen within the 6-week standard (1.384615 months):
		// waited 0 -> 1; waited 1 -> 1 - (1 - 0.384615)^2 / 2 = 0.810651; waited 2 -> (1 - 0.615385)^2 / 2
		// = 0.073964; 3 or more -> 0. Share within = (1 + 2 x 0.810651 + 2 x 0.073964) / 12 = 2.769231 / 12
		// = 3/13; beyond = 10/13 = 0.769231.
		const y = fls('short').byYear[0]!;
		expect(y.scannedShare).toBeCloseTo(0.5, 12);
		expect(y.beyondStandardShare).toBeCloseTo(10 / 13, 9);
		// Reached = 0.3 + 0.7 x 0.5 x (1 - 0.2 x 10/13) = 0.3 + 0.35 x 0.846154 = 0.596154.
		expect(y.reachedShare).toBeCloseTo(0.3 + 0.35 * (1 - 0.2 * (10 / 13)), 12);
		expect(y.reachedShare).toBeCloseTo(0.596154, 6);
		// Scanned 280 x 0.5 = 140; lost 140 x 10/13 x 0.2 = 21.538.
		expect(y.dxaScanned).toBeCloseTo(140, 9);
		expect(y.lostToFollowUp).toBeCloseTo(21.538462, 5);
		// Extra treated 38 x 0.596154 = 22.6538; hip 0.2584 x 0.596154 = 0.154046 and so on.
		expect(y.extraTreated).toBeCloseTo(22.653846, 5);
		expect(y.avertedHip).toBeCloseTo(0.154046, 5);
		// The identified patients (and the coordinator who works them) do not change; those assessed do:
		// 400 x 0.596154 x 0.9 = 214.615.
		expect(y.identified).toBeCloseTo(400, 9);
		expect(y.assessed).toBeCloseTo(214.615385, 5);
	});

	it('gives the FLS without the capacity less benefit than the same FLS with it, in every outcome', () => {
		const short = fls('short').totals;
		const enough = fls('enough').totals;
		const ratio = 0.3 + 0.35 * (1 - 0.2 * (10 / 13));
		// Fractures 1.5314 x 0.596154 = 0.91295 against 1.5314 (0.2584 + 0.798 + 0.475).
		expect(enough.avertedHip + enough.avertedVertebral + enough.avertedOther).toBeCloseTo(1.5314, 9);
		expect(short.avertedHip + short.avertedVertebral + short.avertedOther).toBeCloseTo(1.5314 * ratio, 9);
		for (const k of ['bedDaysAvoided', 'qalysGained', 'costsAvoidedGbp'] as const) expect(short[k]).toBeCloseTo(enough[k] * ratio, 6);
		// Bed-days by hand: 0.2584 x 20 + 0.798 x 3 + 0.475 x 1 = 5.168 + 2.394 + 0.475 = 8.037.
		expect(enough.bedDaysAvoided).toBeCloseTo(8.037, 9);
		// The summary the comparison shows follows the option's own FLS.
		const sum = (id: string) => result.options.find((o) => o.id === id)!.summary;
		expect(sum('short').fracturesAverted).toBeCloseTo(1.5314 * ratio, 9);
		expect(sum('enough').fracturesAverted).toBeCloseTo(1.5314, 9);
		expect(sum('short').pvBenefitsGbp).toBeLessThan(sum('enough').pvBenefitsGbp);
	});

	it('works out the reached share from its parts', () => {
		expect(reachedShare(0.7, 1, 0, 0.2)).toBe(1);
		// No patient needs a scan: capacity does not matter.
		expect(reachedShare(0, 0, 1, 0.2)).toBe(1);
		// Nobody scanned: only the 30% who need no scan reach treatment.
		expect(reachedShare(0.7, 0, 0, 0.2)).toBeCloseTo(0.3, 12);
	});
});
