import { describe, expect, it } from 'vitest';
import {
	currentAssignment,
	estimateJourney,
	planMobileStops,
	rankSingleSites,
	straightLineMiles,
	summariseAccess,
	travelChangesFor
} from '../../src/lib/model/access';
import { handCase } from './fixtures';

describe('journeys from latitude and longitude', () => {
	it('one degree of latitude is 2 pi R / 360 miles', () => {
		// 2 x pi x 3,958.7613 / 360 = 69.0935 miles.
		expect(straightLineMiles({ lat: 52, lon: -1 }, { lat: 53, lon: -1 })).toBeCloseTo(69.0935, 3);
	});
	it('road factor and speed turn it into a return journey', () => {
		// One degree of latitude, factor 1.4, 30 mph: 69.0935 x 1.4 = 96.731 road miles each way;
		// return 193.462 miles, 193.462 / 30 x 60 = 386.924 minutes.
		const j = estimateJourney({ lat: 52, lon: -1 }, { lat: 53, lon: -1 }, 1.4, 30);
		expect(j.returnMiles).toBeCloseTo(193.462, 2);
		expect(j.returnMinutes).toBeCloseTo(386.924, 2);
	});
	it('a journey to the same point is nothing', () => {
		expect(estimateJourney({ lat: 54.5, lon: -3.1 }, { lat: 54.5, lon: -3.1 })).toEqual({ returnMiles: 0, returnMinutes: 0 });
	});
});

describe('access figures', () => {
	it('today: journeys, hours and the shares within 30 and 60 minutes one way', () => {
		const p = handCase();
		const a = summariseAccess(p, currentAssignment(p));
		// 200 journeys; 18,600 minutes = 310 hours; miles are half the minutes: 9,300.
		expect(a.total.journeys).toBe(200);
		expect(a.total.returnHours).toBeCloseTo(310, 9);
		expect(a.total.returnMiles).toBeCloseTo(9300, 9);
		// One way: A 60, B 45, C 15 minutes. Within 30: C's 40 of 200 = 0.2; within 60: all.
		expect(a.total.within30Share).toBeCloseTo(0.2, 12);
		expect(a.total.within60Share).toBeCloseTo(1, 12);
	});
});

describe('ranking single sites', () => {
	it('without a capacity each locality goes where it travels least', () => {
		// X: A 100 x 90 + B 60 x 20 = 10,200 saved; Z: 100 x 60 + 60 x 30 + 40 x 10 = 8,200;
		// Y: 100 x 20 + 60 x 50 = 5,000. Ranked X, Z, Y.
		const r = rankSingleSites(handCase('static'));
		expect(r.map((x) => x.candidateId)).toEqual(['X', 'Z', 'Y']);
		expect(r.map((x) => x.saving)).toEqual([10200, 8200, 5000]);
		expect(r[0]?.objective).toBe(18600 - 10200);
	});
	it('a capacity of 70 scans a year takes the localities that save most first, and X falls below Z', () => {
		const p = handCase('static');
		p.candidates[0] = { ...(p.candidates[0] as (typeof p.candidates)[number]), capacityScansPerYear: 70 };
		// X: 70 of A's patients x 90 = 6,300 saved, less than Z's 8,200.
		const r = rankSingleSites(p);
		expect(r.map((x) => x.candidateId)).toEqual(['Z', 'X', 'Y']);
		const x = r.find((s) => s.candidateId === 'X');
		expect(x?.saving).toBe(6300);
		expect(x?.patientsAtSite).toBe(70);
		expect(x?.assignment.toCurrent).toEqual([30, 60, 40]);
	});
});

describe('best mobile stops, hand-worked', () => {
	it('one stop, 20 scans a week for 6 weeks: X, taking all of A and 20 of B', () => {
		// 120 scans. X: A 100 x 90 = 9,000 + B 20 x 20 = 400 -> 9,400 saved.
		// Y: B 60 x 50 + A 60 x 20 = 4,200. Z: A 100 x 60 + B 20 x 30 = 6,600. Best X, 18,600 - 9,400 = 9,200.
		const plan = planMobileStops(handCase(), { stops: 1, scansPerWeek: 20, weeksPerYear: 6 });
		expect(plan.objective).toBe(9200);
		expect(plan.stops).toEqual([{ candidateId: 'X', weeks: 6, patientsPerYear: 120 }]);
		expect(plan.currentObjective).toBe(18600);
	});
	it('two stops: X for A and Y for B; the loads fill whole weeks exactly', () => {
		// X+Y: A's best is X (90), B's is Y (50); 120 scans: A 100 x 90 + B 20 x 50 = 10,000 saved.
		// X+Z: A 100 x 90 + B 20 x 30 = 9,600. Y+Z: A 100 x 60 + B 20 x 50 = 7,000.
		// X+Y wins: 18,600 - 10,000 = 8,600; X 100 / 20 = 5 weeks, Y 20 / 20 = 1 week.
		const plan = planMobileStops(handCase(), { stops: 2, scansPerWeek: 20, weeksPerYear: 6 });
		expect(plan.objective).toBe(8600);
		expect(plan.stops).toEqual([
			{ candidateId: 'X', weeks: 5, patientsPerYear: 100 },
			{ candidateId: 'Y', weeks: 1, patientsPerYear: 20 }
		]);
		expect(plan.spareWeeks).toBe(0);
	});
	it('whole weeks bind: 30 scans a week for 4 weeks gives X 3 weeks and Y 1, not the 3.33 + 0.67 of fractional weeks', () => {
		// Fractional weeks would repeat the 10,000 above (A 100 at X = 3.33 weeks, B 20 at Y = 0.67).
		// Whole weeks (X, Y): (4, 0): A 100 x 90 + B 20 x 20 = 9,400; (3, 1): A 90 x 90 + B 30 x 50
		// = 8,100 + 1,500 = 9,600; (2, 2): A 60 x 90 + B 60 x 50 = 8,400; (1, 3): 2,700 + 3,000 + A 30 x 20 = 6,300.
		// (X, Z): (4, 0) 9,400; (3, 1): 8,100 + A 10 x 60 + B 20 x 30 = 9,300. Best: X 3, Y 1; 18,600 - 9,600 = 9,000.
		const plan = planMobileStops(handCase(), { stops: 2, scansPerWeek: 30, weeksPerYear: 4 });
		expect(plan.objective).toBe(9000);
		expect(plan.stops).toEqual([
			{ candidateId: 'X', weeks: 3, patientsPerYear: 90 },
			{ candidateId: 'Y', weeks: 1, patientsPerYear: 30 }
		]);
		expect(plan.assignment.toSite).toEqual([
			[90, 0, 0],
			[0, 30, 0],
			[0, 0, 0]
		]);
		expect(plan.assignment.toCurrent).toEqual([10, 30, 40]);
	});
	it("a stop's own weeks limit it: X at most 2 weeks makes X+Z best", () => {
		// 20 scans a week, 6 weeks, X at most 2 weeks (40 scans).
		// X+Y: X 40 of A (3,600) + Y 80: B 60 x 50 + A 20 x 20 = 3,400 -> 7,000.
		// X+Z: X 40 of A (3,600) + Z 80: A 60 x 60 + B 20 x 30 = 4,200 -> 7,800.
		// Y+Z: Z A 100 x 60 + Y B 20 x 50 = 7,000. Best X+Z: 18,600 - 7,800 = 10,800.
		const p = handCase();
		p.candidates[0] = { ...(p.candidates[0] as (typeof p.candidates)[number]), maxWeeksPerYear: 2 };
		const plan = planMobileStops(p, { stops: 2, scansPerWeek: 20, weeksPerYear: 6 });
		expect(plan.objective).toBe(10800);
		expect(plan.stops).toEqual([
			{ candidateId: 'Z', weeks: 4, patientsPerYear: 80 },
			{ candidateId: 'X', weeks: 2, patientsPerYear: 40 }
		]);
	});
	it('no weeks, no scans or no stops leave everyone where they are', () => {
		for (const o of [
			{ stops: 2, scansPerWeek: 20, weeksPerYear: 0 },
			{ stops: 2, scansPerWeek: 0, weeksPerYear: 6 },
			{ stops: 0, scansPerWeek: 20, weeksPerYear: 6 }
		]) {
			const plan = planMobileStops(handCase(), o);
			expect(plan.stops).toEqual([]);
			expect(plan.objective).toBe(18600);
			expect(plan.assignment.toCurrent).toEqual([100, 60, 40]);
		}
	});
});

describe('the chosen sites as an option', () => {
	it('travel changes: the share of each locality seen on the unit and their average journey', () => {
		// The X 3 / Y 1 plan above: A 90 of 100 at X (30 minutes, 15 miles); B 30 of 60 at Y (40, 20).
		const p = handCase();
		const plan = planMobileStops(p, { stops: 2, scansPerWeek: 30, weeksPerYear: 4 });
		expect(travelChangesFor(p, plan.assignment)).toEqual([
			{ localityId: 'A', returnTravelMiles: 15, travelMinutes: 30, shareOfPatients: 0.9 },
			{ localityId: 'B', returnTravelMiles: 20, travelMinutes: 40, shareOfPatients: 0.5 }
		]);
	});
	it("the plan's access: hours fall from 310 to 150 and more journeys are within 30 minutes one way", () => {
		// 9,000 minutes = 150 hours. One way: A at X 15 (90 patients), A today 60 (10), B at Y 20 (30),
		// B today 45 (30), C today 15 (40). Within 30: 90 + 30 + 40 = 160 of 200 = 0.8.
		const p = handCase();
		const plan = planMobileStops(p, { stops: 2, scansPerWeek: 30, weeksPerYear: 4 });
		expect(plan.access.total.returnHours).toBeCloseTo(150, 9);
		expect(plan.access.total.within30Share).toBeCloseTo(0.8, 12);
		expect(plan.access.byLocality.map((l) => l.atSites)).toEqual([90, 30, 0]);
		// 90 + 30 + 0 = 120 at the stops in all.
		expect(plan.access.total.atSites).toBe(120);
	});
});

describe('docs/methods.md quotes the hand-worked example', () => {
	it('the whole-weeks example and the option it makes', async () => {
		const { readFileSync } = await import('node:fs');
		const doc = readFileSync('docs/methods.md', 'utf8').replace(/\s+/g, ' ');
		// Same figures as the tests above: 18,600 today; X 3 weeks (8,100) + Y 1 week (1,500) = 9,600 saved.
		expect(doc).toContain('18,600 - 9,600 = 9,000 minutes');
		expect(doc).toContain('A: 90 of 100 at X gives share 0.9, 15 miles and 30 minutes');
		expect(doc).toContain('28 miles and 56 minutes return');
	});
});
