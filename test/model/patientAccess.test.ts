import { describe, expect, it } from 'vitest';
import { fillAccess, newAccessSeries } from '../../src/lib/model/patientAccess';
import { accessTable } from '../../src/lib/model/tabulate';
import { effectiveService } from '../../src/lib/model/effective';
import { appraiseOption } from '../../src/lib/model/appraise';
import { FLAT_GROWTH, scenarioWith, type Raw } from './helpers';

/** Two localities: Town 10 miles / 40 minutes return, Westdale 78 miles / 150 minutes; a mobile stop moves 40% of Westdale to 16 miles / 40 minutes. */
function twoTowns(r: Raw) {
	r.horizonYears = 1;
	r.catchment.localities.push({
		id: 'westdale',
		name: 'Westdale',
		population: { under50: 1000, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 },
		growth: { ...FLAT_GROWTH },
		returnTravelMiles: 78,
		travelMinutes: 150
	});
	r.catchment.localities[0].returnTravelMiles = 10;
	r.catchment.localities[0].travelMinutes = 40;
	r.options.push({ id: 'stop', name: 'Mobile stop', travel: [{ localityId: 'westdale', returnTravelMiles: 16, travelMinutes: 40, shareOfPatients: 0.4 }] });
	r.costs = { patientTravel: { include: true, costPerMileGbp: 0.45, valueOfTimePerHourGbp: 10 } };
}

describe('the access stage: journeys to scans delivered', () => {
	/**
	 * 1,000 scans delivered, 60% from Town and 40% from Westdale; 45p a mile, GBP 10 an hour.
	 * Town: 600 journeys x 10 miles = 6,000 miles; 600 x 40 min = 400 h; cost 6,000 x 0.45 +
	 *   400 x 10 = 6,700; 20 minutes one way, so all 600 within 30 and 60 minutes.
	 * Westdale: 160 moved (40% of 400) and 240 not: miles 240 x 78 + 160 x 16 = 21,280; minutes
	 *   240 x 150 + 160 x 40 = 42,400 = 706.667 h; cost 21,280 x 0.45 + 706.667 x 10 = 16,642.67;
	 *   within 30 and 60 minutes the 160 moved (20 minutes one way; 75 for the rest).
	 * Total: 1,000 journeys, 27,280 miles, 1,106.667 h, GBP 23,342.67; 760 / 1,000 = 0.76 within 30 and 60.
	 */
	it('works out miles, hours, cost and the shares within 30 and 60 minutes by locality', () => {
		const s = scenarioWith(twoTowns);
		const svc = effectiveService(s, s.options[1]!);
		const a = newAccessSeries(1, 2);
		fillAccess(s, svc, [1000], [0.6, 0.4], a);
		const t = accessTable(s, a);
		const [town, west] = t.byLocality;
		expect(town).toMatchObject({ localityId: 'town', journeys: 600, returnMiles: 6000, within30Share: 1, within60Share: 1 });
		expect(town!.returnHours).toBeCloseTo(400, 9);
		expect(town!.costGbp).toBeCloseTo(6700, 9);
		expect(west!.journeys).toBeCloseTo(400, 9);
		expect(west!.returnMiles).toBeCloseTo(21280, 9);
		expect(west!.returnHours).toBeCloseTo(706.6667, 4);
		expect(west!.costGbp).toBeCloseTo(16642.67, 2);
		expect(west!.within30Share).toBeCloseTo(0.4, 12);
		expect(west!.within60Share).toBeCloseTo(0.4, 12);
		expect(t.totals.journeys).toBeCloseTo(1000, 9);
		expect(t.totals.returnMiles).toBeCloseTo(27280, 9);
		expect(t.totals.returnHours).toBeCloseTo(1106.6667, 4);
		expect(t.totals.costGbp).toBeCloseTo(23342.67, 2);
		expect(t.totals.within30Share).toBeCloseTo(0.76, 12);
		expect(t.byYear[0]!.within60Share).toBeCloseTo(0.76, 12);
		expect(west!.journeysByYear[0]).toBeCloseTo(400, 9);
	});

	it('charges patient travel on scans delivered, not on referrals: a growing list travels less than its demand', () => {
		// One locality at 10 miles / 40 minutes: a journey costs 10 x 0.45 + 40 / 60 x 10 = 4.50 + 6.6667 = 11.1667.
		// One session a week cannot meet the 390 referrals a year, so scans delivered fall short of demand.
		const s = scenarioWith((r) => {
			r.horizonYears = 2;
			r.scanners[0].sessionsPerWeek = 1;
			r.costs = { patientTravel: { include: true, costPerMileGbp: 0.45, valueOfTimePerHourGbp: 10 } };
		});
		const o = appraiseOption(s, s.options[0]!);
		const perJourney = 10 * 0.45 + (40 / 60) * 10;
		for (let y = 0; y < 2; y++) {
			const delivered = o.capacity[y]!.delivered;
			expect(delivered).toBeLessThan(o.demand[y]!.total - 100);
			expect(o.access.byYear[y]!.journeys).toBeCloseTo(delivered, 9);
			expect(o.cashFlows[y]!.patientTravel).toBeCloseTo(delivered * perJourney, 6);
		}
	});

	it('counts journeys but charges no travel cost when patient travel is left out of the appraisal', () => {
		const s = scenarioWith((r) => (r.horizonYears = 1));
		const o = appraiseOption(s, s.options[0]!);
		expect(o.cashFlows[0]!.patientTravel).toBe(0);
		// Default journey 10 miles / 40 minutes: miles = 10 x journeys.
		expect(o.access.totals.returnMiles).toBeCloseTo(10 * o.capacity[0]!.delivered, 6);
	});
});
