import { describe, expect, it } from 'vitest';
import { extraTreatedPerFracture } from '../../src/lib/model/fls';
import { annualRefractureRisk } from '../../src/lib/model/fracturesAverted';
import { scenarioWith } from './helpers';

/** Hip 20% and vertebral 30% of refractures, vertebral reduction 70%. */
const OLD_SPLIT = { hipShare: 0.2, vertebralShare: 0.3, rrrVertebral: 0.7 };
import { flsOf } from './kernel';

describe('annualRefractureRisk', () => {
	it('turns the ROS cumulative risks (10%, 18%, 31%) into risks by year', () => {
		// year 1 = 0.10; year 2 = 0.18 - 0.10 = 0.08; years 3-5 = (0.31 - 0.18) / 3 = 0.043333 each
		const r = annualRefractureRisk({ refractureRisk1y: 0.1, refractureRisk2y: 0.18, refractureRisk5y: 0.31 });
		expect(r.map((x) => Number(x.toFixed(6)))).toEqual([0.1, 0.08, 0.043333, 0.043333, 0.043333]);
		expect(r.reduce((t, x) => t + x, 0)).toBeCloseTo(0.31, 12);
	});
});

describe('extraTreatedPerFracture', () => {
	it('uses the RCP funnel against usual care', () => {
		// (0.8 x 0.9 x 0.5 x 0.8 - 0.193) x 0.8 = (0.288 - 0.193) x 0.8 = 0.076
		const s = scenarioWith(() => {});
		expect(extraTreatedPerFracture(s.fls)).toBeCloseTo(0.076, 12);
	});

	it('is zero, not negative, when usual care already treats more', () => {
		const s = scenarioWith((r) => (r.fls = { usualCareTreatedShare: 0.4 }));
		expect(extraTreatedPerFracture(s.fls)).toBe(0);
	});
});

describe('the FLS stage', () => {
	/**
	 * 100 hip fractures a year, no population growth: cohort 5 x 100 = 500 a year; extra treated
	 * 500 x 0.076 = 38 a year. Year 0: 38 x 0.10 = 3.8 refractures prevented before site split;
	 * year 1: cohort 0 in its 2nd year and cohort 1 in its 1st: 38 x (0.10 + 0.08) = 6.84.
	 * Site split x relative risk reduction (defaults): hip 0.2 x 0.34 = 0.068, vertebral
	 * 0.3 x 0.7 = 0.21, other 0.5 x 0.25 = 0.125.
	 *   year 0: hip 0.2584, vertebral 0.798, other 0.475
	 *   year 1: hip 0.46512, vertebral 1.4364, other 0.855
	 */
	const s = scenarioWith((r) => {
		r.horizonYears = 2;
		// The site split of the hand arithmetic below (the defaults before #11 made vertebral fractures clinical:
		// the formula is what is tested; test/validation and test/methods hold the new defaults' figures).
		r.fls = { hipFracturesPerYear: 100, ...OLD_SPLIT };
	});
	const f = flsOf(s);

	it('works out averted fractures for a small cohort by hand', () => {
		const [y0, y1] = f.byYear;
		expect(y0!.cohort).toBeCloseTo(500, 9);
		expect(y0!.extraTreated).toBeCloseTo(38, 9);
		expect([y0!.avertedHip, y0!.avertedVertebral, y0!.avertedOther]).toEqual([0.2584, 0.798, 0.475].map((v) => expect.closeTo(v, 9)));
		expect([y1!.avertedHip, y1!.avertedVertebral, y1!.avertedOther]).toEqual([0.46512, 1.4364, 0.855].map((v) => expect.closeTo(v, 9)));
		// Totals: hip 0.72352, vertebral 2.2344, other 1.33
		expect(f.totals.avertedHip).toBeCloseTo(0.72352, 9);
		expect(f.totals.avertedVertebral).toBeCloseTo(2.2344, 9);
		expect(f.totals.avertedOther).toBeCloseTo(1.33, 9);
	});

	it('values outcomes of year 0', () => {
		const y0 = f.byYear[0]!;
		// 0.2584 x 14,163 + 0.798 x 2,500 + 0.475 x 1,500 = 3,659.72 + 1,995 + 712.50 = 6,367.22
		expect(y0.costsAvoidedGbp).toBeCloseTo(6367.2192, 4);
		// 0.2584 x 20 + 0.798 x 3 + 0.475 x 1 = 8.037 bed-days
		expect(y0.bedDaysAvoided).toBeCloseTo(8.037, 9);
		// 0.2584 x 0.287 = 0.074161 deaths
		expect(y0.deathsAvoided).toBeCloseTo(0.0741608, 9);
		// 0.2584 x 0.7 + 0.798 x 0.2 + 0.475 x 0.05 = 0.18088 + 0.1596 + 0.02375 = 0.36423 QALYs
		expect(y0.qalysGained).toBeCloseTo(0.36423, 9);
	});

	it('costs the coordinator by caseload, drugs for the treated, and DXA scans generated', () => {
		const [y0, y1] = f.byYear;
		// identified 500 x 0.8 = 400; 400 / 600 caseload = 0.6667 base WTE; x 1.2 = 0.8 funded
		expect(y0!.coordinatorWte).toBeCloseTo(0.8, 9);
		// 0.8 x 38,682 x 1.27 = 39,300.91
		expect(y0!.coordinatorCostGbp).toBeCloseTo(39300.912, 3);
		// coordinator + 10,000 other costs + drugs 38 x 60 = 2,280
		expect(y0!.flsCostGbp).toBeCloseTo(39300.912 + 10000 + 2280, 3);
		// year 1 drugs for two cohorts: 76 x 60 = 4,560
		expect(y1!.flsCostGbp).toBeCloseTo(39300.912 + 10000 + 4560, 3);
		// 400 identified x 0.7 needing DXA = 280 scans
		expect(y0!.dxaScans).toBeCloseTo(280, 9);
	});

	it('discounts costs avoided and counts return per pound', () => {
		// PV = 6,367.22 + (0.46512 x 14,163 + 1.4364 x 2,500 + 0.855 x 1,500) / 1.035
		//    = 6,367.22 + (6,587.49 + 3,591 + 1,282.50) / 1.035 = 6,367.22 + 11,073.42 = 17,440.64
		expect(f.pvCostsAvoidedGbp).toBeCloseTo(17440.64, 1);
		expect(f.returnPerPound).toBeCloseTo(f.pvCostsAvoidedGbp / f.pvFlsCostGbp, 12);
	});

	it('counts each cohort for five years only', () => {
		// Year 5: cohorts 1-5 are in years 5..1 of their risk; cohort 0 has run out:
		// 38 x 0.31 = 11.78 refractures prevented, hip 11.78 x 0.068 = 0.80104.
		const long = flsOf(scenarioWith((r) => ((r.horizonYears = 7), (r.fls = { hipFracturesPerYear: 100, ...OLD_SPLIT }))));
		expect(long.byYear[5]!.avertedHip).toBeCloseTo(0.80104, 9);
		expect(long.byYear[6]!.avertedHip).toBeCloseTo(0.80104, 9);
	});

	it('averts nothing with no hip fractures', () => {
		const none = flsOf(scenarioWith((r) => (r.horizonYears = 2)));
		expect(none.totals.avertedHip + none.totals.avertedVertebral + none.totals.avertedOther).toBe(0);
	});
});
