import { describe, expect, it } from 'vitest';
import { scenarioWith } from './helpers';
import { catchmentAt, demandOf, flsReferralsAt } from './kernel';

// Reference catchment (helpers.ts): under 50 100,000; 50-64 20,000; 65-74 10,000; 75-84 6,000;
// 85+ 2,000; 390 new referrals a year at the default rates.

describe('population', () => {
	const s = scenarioWith((r) => (r.catchment.localities[0].growth.under50 = 0.01));

	it.each([
		[0, 138000, 'start'],
		[2, 140010, '100,000 x 1.01^2 = 102,010 plus 38,000 aged 50+'],
		[-3, 135059.01, 'back-cast: 100,000 / 1.01^3 = 97,059.01 plus 38,000']
	])('year %i is %f (%s)', (y, expected) => {
		expect(catchmentAt(s, y).population).toBeCloseTo(expected, 2);
	});

	it('sums the bands over localities', () => {
		const two = scenarioWith((r) => r.catchment.localities.push({ ...r.catchment.localities[0], id: 'village', name: 'Village', population: { under50: 1000, age50to64: 500, age65to74: 300, age75to84: 200, age85plus: 100 } }));
		// 138,000 + 2,100; aged 50+: 38,000 + (500 + 300 + 200 + 100) = 39,100
		expect(catchmentAt(two, 0).population).toBe(140100);
		expect(catchmentAt(two, 0).population50Plus).toBe(39100);
	});
});

describe('newReferrals', () => {
	it('is population x rate per 1,000 by band', () => {
		// 100,000 x 0.5 + 20,000 x 6 + 10,000 x 12 + 6,000 x 14 + 2,000 x 8, all / 1,000 = 390
		expect(catchmentAt(scenarioWith(() => {}), 0).newReferrals).toBeCloseTo(390, 9);
	});

	it('grows with population and with the referral-rate growth', () => {
		// Under-50s growing 1%: year 2 adds 2,010 x 0.5 / 1,000 = 1.005 -> 391.005
		expect(catchmentAt(scenarioWith((r) => (r.catchment.localities[0].growth.under50 = 0.01)), 2).newReferrals).toBeCloseTo(391.005, 9);
		// Rates growing 2% a year: 390 x 1.02^2 = 405.756
		expect(catchmentAt(scenarioWith((r) => (r.demand = { referralRateGrowth: 0.02 })), 2).newReferrals).toBeCloseTo(405.756, 9);
	});

	it('counts each locality\'s referrals', () => {
		const two = scenarioWith((r) => r.catchment.localities.push({ id: 'village', name: 'Village', population: { under50: 2000, age50to64: 1000, age65to74: 0, age75to84: 0, age85plus: 0 } }));
		// 2,000 x 0.5 / 1,000 + 1,000 x 6 / 1,000 = 1 + 6 = 7
		const y0 = catchmentAt(two, 0);
		expect(y0.byLocality).toEqual([expect.closeTo(390, 9), expect.closeTo(7, 9)]);
		expect(y0.newReferrals).toBeCloseTo(397, 9);
	});
});

describe('FLS demand', () => {
	it('scales the cohort with the 50+ population', () => {
		// 50-64 growing 1%: 50+ population 38,000 -> 20,200 + 18,000 = 38,200 in year 1;
		// cohort 100 x 5 x 38,200 / 38,000 = 502.6316
		const s = scenarioWith((r) => ((r.catchment.localities[0].growth.age50to64 = 0.01), (r.fls = { hipFracturesPerYear: 100 })));
		expect(catchmentAt(s, 0).flsCohort).toBeCloseTo(500, 9);
		expect(catchmentAt(s, 1).flsCohort).toBeCloseTo(502.6316, 4);
	});

	it('sends identified x DXA share for scans, only when an FLS runs', () => {
		// 500 x 0.8 identified x 0.7 needing DXA = 280
		const s = scenarioWith((r) => (r.fls = { hipFracturesPerYear: 100 }));
		expect(flsReferralsAt(s, 0, true)).toBeCloseTo(280, 9);
		expect(flsReferralsAt(s, 0, false)).toBe(0);
		// A new FLS (not in the baseline) sent nobody before the start.
		expect(flsReferralsAt(s, -3, true)).toBe(0);
		const baseline = scenarioWith((r) => (r.fls = { hipFracturesPerYear: 100, inBaseline: true }));
		expect(flsReferralsAt(baseline, -3, true)).toBeCloseTo(280, 9);
	});
});

describe('demand by year', () => {
	it('adds monitoring scans from the referrals of three years before, back-cast before the start', () => {
		// Rates growing 2%: year 0 monitoring = 0.3 x 390 / 1.02^3 = 0.3 x 367.506 = 110.2517;
		// year 3 monitoring = 0.3 x 390 (year 0) = 117.
		const d = demandOf(scenarioWith((r) => (r.demand = { referralRateGrowth: 0.02 })), false);
		expect(d[0]!.monitoring).toBeCloseTo(110.2517, 4);
		expect(d[3]!.monitoring).toBeCloseTo(117, 9);
		expect(d[0]!.total).toBeCloseTo(390 + 110.2517, 4);
		// VFA add-ons: 30% of all scans
		expect(d[0]!.vfaScans).toBeCloseTo(0.3 * 500.2517, 4);
	});

	it('back-casts the population for monitoring when it is growing', () => {
		// Under-50s growing 1%: year -3 referrals = 97,059.01 x 0.5 / 1,000 + 340 = 388.5295;
		// monitoring in year 0 = 0.3 x 388.5295 = 116.5589
		const d = demandOf(scenarioWith((r) => (r.catchment.localities[0].growth.under50 = 0.01)), false);
		expect(d[0]!.monitoring).toBeCloseTo(116.5589, 4);
	});

	it('monitors FLS referrals after the interval once the FLS has run that long', () => {
		// New FLS: years 0-2 have no FLS monitoring; year 3 adds 0.3 x 280 = 84.
		const d = demandOf(scenarioWith((r) => (r.fls = { hipFracturesPerYear: 100 })), true);
		expect(d[2]!.monitoring).toBeCloseTo(117, 9);
		expect(d[3]!.monitoring).toBeCloseTo(117 + 84, 9);
		expect(d[3]!.total).toBeCloseTo(390 + 280 + 201, 9);
		expect(d.map((x) => x.year)).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
	});
});
