import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model';
import { AppraisalResultSchema } from '../../src/lib/model/results';
import { waitingListOf } from './kernel';
import { rawScenario, scenarioFrom } from './helpers';

describe('the list beyond the standard, month by month (the DM01 measure)', () => {
	// 1,200 referrals a year (100 a month) and no capacity, 6-week standard = 1.3846 months.
	const w = waitingListOf({ startYear: 2026, demand: [1200], capacity: [0], startingBacklog: 0, standardWeeks: 6 });

	it('end of month 1: the month-0 cohort is 0.615 past the standard, 61.5 patients', () => {
		expect(w.months[0]!.beyondStandard).toBe(0);
		expect(w.months[1]!.beyondStandard).toBeCloseTo(100 * (2 - 6 / (52 / 12)), 9);
	});

	it('end of the year: months 0-9 wholly past (1,000), month 10 in part (61.5), month 11 not: 1,061.5 of 1,200 = 88.5%', () => {
		const beyond = 1000 + 100 * (2 - 6 / (52 / 12));
		expect(w.months[11]!.beyondStandard).toBeCloseTo(beyond, 9);
		expect(w.shareBeyondStandardByYear[0]).toBeCloseTo(beyond / 1200, 12);
	});

	it('an empty list has nobody beyond the standard', () => {
		const clear = waitingListOf({ startYear: 2026, demand: [1200], capacity: [2400], startingBacklog: 0, standardWeeks: 6 });
		expect(clear.shareBeyondStandardByYear).toEqual([0]);
	});
});

describe('capacity to hold the standard, per option, in the results', () => {
	// Reference scenario: 507 referrals in the first year, capacity 4,715.3 (see test/review/warnings.test.ts).
	it('Poisson by default: 507 + ((1 + 1) / 2) x ln(100) / 6 x 52 = 546.9 scans a year at the 1% standard', () => {
		const r = appraise(scenarioFrom(rawScenario()));
		const w = r.options[0]!.waitingList;
		expect(w.standardShare).toBe(0.01);
		expect(w.meanWaitToHoldWeeks).toBeCloseTo(6 / Math.log(100), 12);
		expect(w.capacityToHoldByYear[0]).toBeCloseTo(507 + (Math.log(100) / 6) * 52, 9);
		expect(w.targetListByYear[0]).toBeCloseTo((507 / 52) * (6 / Math.log(100)), 9);
		expect(w.reliefCapacityFirstYear).toBeNull();
		expect(AppraisalResultSchema.safeParse(r).success).toBe(true);
	});

	it("with the service's variation and a 5% standard: CVs 0.1 and 0.05 give c^2 0.4225 and 0.9823", () => {
		const raw = rawScenario();
		raw.waiting = { standardShare: 0.05, referralsMonthlyCv: 0.1, scansMonthlyCv: 0.05 };
		const w = appraise(scenarioFrom(raw)).options[0]!.waitingList;
		const capacity = appraise(scenarioFrom(raw)).options[0]!.capacity[0]!.capacity;
		const ca2 = 0.01 * (507 / 12);
		const cs2 = 0.0025 * (capacity / 12);
		// 507 + ((0.4225 + 0.9823) / 2) x ln(20) / 6 x 52
		expect(w.capacityToHoldByYear[0]).toBeCloseTo(507 + ((ca2 + cs2) / 2) * (Math.log(20) / 6) * 52, 9);
		expect(w.standardShare).toBe(0.05);
	});

	it('relief capacity for a starting list of 600: 507/52 + (600 - 12.7) / 26 = 32.34 a week, 1,681.6 a year', () => {
		const raw = rawScenario();
		raw.demand = { startingBacklog: 600 };
		const w = appraise(scenarioFrom(raw)).options[0]!.waitingList;
		const target = (507 / 52) * (6 / Math.log(100));
		expect(w.reliefCapacityFirstYear).toBeCloseTo((507 / 52 + (600 - target) / 26) * 52, 9);
	});
});
