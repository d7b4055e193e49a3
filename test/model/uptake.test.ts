import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { FLAT_GROWTH, scenarioWith, type Raw } from './helpers';
import { demandOf } from './kernel';

/**
 * Attendance follows travel: Town (390 new referrals a year, 10 miles / 40 minutes return) and
 * Westdale (10,000 aged 65-74 at 12 per 1,000 = 120 a year, 78 miles / 150 minutes). A mobile stop
 * moves 40% of Westdale's patients to 16 miles / 40 minutes.
 * Uptake (access/uptake.ts, strength 0.25): 39 miles one way is between the 32 (0.43) and 47
 * (0.32) mile points: 0.43 - 7/15 x 0.11 = 0.378667, factor 1 - 0.25 x 0.621333 = 0.844667;
 * 8 miles one way: 0.92 - 1/10 x 0.13 = 0.907, factor 1 - 0.25 x 0.093 = 0.97675;
 * mixed 0.6 x 0.844667 + 0.4 x 0.97675 = 0.8975; uptake 0.8975 / 0.844667 = 1.062549.
 */
function towns(edit: (r: Raw) => void = () => {}) {
	return scenarioWith((r) => {
		r.horizonYears = 2;
		r.catchment.localities.push({
			id: 'westdale',
			name: 'Westdale',
			population: { under50: 0, age50to64: 0, age65to74: 10000, age75to84: 0, age85plus: 0 },
			growth: { ...FLAT_GROWTH },
			returnTravelMiles: 78,
			travelMinutes: 150
		});
		r.options.push({ id: 'stop', name: 'Mobile stop', travel: [{ localityId: 'westdale', returnTravelMiles: 16, travelMinutes: 40, shareOfPatients: 0.4 }] });
		edit(r);
	});
}

const U = 0.8975 / (1 - 0.25 * (1 - (0.43 - (7 / 15) * 0.11)));

describe('attendance falls with travel time (uptake)', () => {
	it('a mobile stop raises the new referrals and the scans done in a remote town', () => {
		expect(U).toBeCloseTo(1.062549, 6);
		const s = towns();
		const [bau, stop] = appraise(s).options;
		// New referrals: 390 + 120 = 510 today; 390 + 120 x 1.062549 = 517.506 with the stop.
		expect(bau!.demand[0]!.newReferrals).toBeCloseTo(510, 9);
		expect(stop!.demand[0]!.newReferrals).toBeCloseTo(390 + 120 * U, 9);
		// Monitoring in years 0-1 returns from referrals before the horizon (today's): 0.3 x 510 = 153.
		expect(stop!.demand[0]!.monitoring).toBeCloseTo(153, 9);
		expect(stop!.demand[0]!.total).toBeCloseTo(390 + 120 * U + 153, 9);
		// The scanner has room for all of it, so Westdale's journeys are the scans done there:
		// today 663 x 120 / 510 = 156; with the stop 670.506 x 127.506 / 517.506 = 165.203.
		const west = (o: typeof bau) => o!.access.byLocality.find((l) => l.localityId === 'westdale')!.journeysByYear[0]!;
		expect(bau!.capacity[0]!.delivered).toBeCloseTo(663, 6);
		expect(west(bau)).toBeCloseTo(156, 6);
		expect(west(stop)).toBeCloseTo(((390 + 120 * U + 153) * 120 * U) / (390 + 120 * U), 6);
		expect(west(stop)).toBeCloseTo(165.203, 3);
	});

	it('leaves business as usual and a zero strength exactly as today', () => {
		const s = towns();
		expect(appraise(s).options[0]!.demand).toEqual(demandOf(s, false));
		const off = towns((r) => (r.demand = { distanceUptakeStrength: 0 }));
		const [bau, stop] = appraise(off).options;
		expect(stop!.demand).toEqual(bau!.demand);
	});
});
