import { describe, expect, it } from 'vitest';
import { withinStandardProbability, WEEKS_PER_MONTH } from '../../src/lib/model/waitingList';
import { waitingListOf } from './kernel';

// Six weeks in months: 6 / (52 / 12) = 1.384615.
const W6 = 6 / WEEKS_PER_MONTH;

describe('withinStandardProbability', () => {
	it.each([
		// months between joining and being seen, probability, arithmetic (x = W - d)
		[0, 1, 'x = 1.385 >= 1: everyone seen in the month they join waited under 6 weeks'],
		[1, 0.810651, 'x = 0.384615: 1 - (1 - 0.384615)^2 / 2 = 1 - 0.378698 / 2'],
		[2, 0.073964, 'x = -0.615385: (1 - 0.615385)^2 / 2 = 0.147929 / 2'],
		[3, 0, 'x = -1.615 <= -1']
	])('d = %i months gives %f (%s)', (d, expected) => {
		expect(withinStandardProbability(d, W6)).toBeCloseTo(expected, 6);
	});

	it('is 1/2 when the wait equals the standard exactly and symmetric about it', () => {
		// x = 0: (0 + 1)^2 / 2 = 0.5
		expect(withinStandardProbability(2, 2)).toBe(0.5);
		// x = +0.5 gives 1 - 0.25/2 = 0.875; x = -0.5 gives 0.25/2 = 0.125
		expect(withinStandardProbability(1.5, 2)).toBe(0.875);
		expect(withinStandardProbability(2.5, 2)).toBe(0.125);
	});
});

describe('the waiting-list stage', () => {
	/**
	 * Referrals 120 a year (10 a month), capacity 180 a year (15 a month), 60 waiting at the start.
	 * The backlog is spread over ceil(60 / 10) = 6 earlier months (10 each, joined months -6..-1).
	 * Each month 10 join and 15 are seen, so the list falls by 5 a month from 60:
	 *   after month m the list is 55 - 5m: 55, 50, 45, 40, 35, 30, 25, 20, 15, 10, 5, 0.
	 * Estimated wait = list / (15 / 4.3333 a week) = list / 3.4615: month 6 has 25 -> 7.22 weeks,
	 * month 7 has 20 -> 5.78 weeks, the first within 6: the backlog clears in month 7.
	 */
	const fifo = waitingListOf({ startYear: 2026, demand: [120], capacity: [180], startingBacklog: 60, standardWeeks: 6 });

	it('works month by month, first in first out', () => {
		expect(fifo.months.map((m) => m.listSize)).toEqual([55, 50, 45, 40, 35, 30, 25, 20, 15, 10, 5, 0].map((v) => expect.closeTo(v, 9)));
		expect(fifo.months.every((m) => Math.abs(m.seen - 15) < 1e-9)).toBe(true);
		expect(fifo.months[6]!.estimatedWaitWeeks).toBeCloseTo(7.2222, 4); // 25 / 3.4615
		expect(fifo.months[7]!.estimatedWaitWeeks).toBeCloseTo(5.7778, 4); // 20 / 3.4615
		expect(fifo.backlogClearsMonth).toBe(7);
		expect(fifo.endListSize).toBeCloseTo(0, 9);
		expect(fifo.startListSize).toBe(60);
	});

	/**
	 * Who is seen when (FIFO, 15 a month), cohort (joined month, count seen, months waited d):
	 *   m0-m5 see the backlog and months 0-2, all waiting 3+ months: none within 6 weeks.
	 *   m6: month 3 (10, d=3), month 4 (5, d=2)          -> 5 x 0.073964            = 0.3698
	 *   m7: month 4 (5, d=3), month 5 (10, d=2)          -> 10 x 0.073964           = 0.7396
	 *   m8: month 6 (10, d=2), month 7 (5, d=1)          -> 0.7396 + 5 x 0.810651   = 4.7929
	 *   m9: month 7 (5, d=2), month 8 (10, d=1)          -> 0.3698 + 8.1065         = 8.4763
	 *   m10: month 9 (10, d=1), month 10 (5, d=0)        -> 8.1065 + 5              = 13.1065
	 *   m11: month 10 (5, d=1), month 11 (10, d=0)       -> 4.0533 + 10             = 14.0533
	 * Total 41.5385 of 180 seen = 0.230769.
	 */
	it('counts the share seen within the standard', () => {
		expect(fifo.months[8]!.seenWithinStandard).toBeCloseTo(4.7929, 4);
		expect(fifo.months[11]!.seenWithinStandard).toBeCloseTo(14.0533, 4);
		expect(fifo.withinStandardShareByYear[0]).toBeCloseTo(0.230769, 6);
	});

	it('does not call a backlog cleared when the list grows again', () => {
		// Year 1: 10 join and 15 are seen a month, so 30 waiting falls to 0 by month 6 (30 - 5m).
		// Year 2: 10 join and 6 are seen a month, so the list grows by 4 a month: 4, 8, ..., 48.
		// Month 12 has 4 waiting / (6 / 4.3333 a week) = 2.89 weeks; month 13 has 8 -> 5.78 weeks;
		// month 14 has 12 -> 8.67 weeks, beyond 6 and still growing: it has not cleared for good.
		const r = waitingListOf({ startYear: 2026, demand: [120, 120], capacity: [180, 72], startingBacklog: 30, standardWeeks: 6 });
		expect(r.months[5]!.listSize).toBeCloseTo(0, 9);
		expect(r.months[14]!.estimatedWaitWeeks).toBeCloseTo(8.6667, 4);
		expect(r.backlogClearsMonth).toBeNull();
	});

	it('never clears when capacity is below referrals', () => {
		// 100 waiting, 10 join and 8 are seen a month: +2 a month, 124 after a year (100 + 120 - 96).
		// The first month's list of 102 is 102 / (8 / 4.3333) = 55.25 weeks of work.
		const r = waitingListOf({ startYear: 2026, demand: [120, 120], capacity: [96, 96], startingBacklog: 100, standardWeeks: 6 });
		expect(r.months[0]!.estimatedWaitWeeks).toBeCloseTo(55.25, 2);
		expect(r.months[11]!.listSize).toBeCloseTo(124, 9);
		expect(r.endListSize).toBeCloseTo(148, 9);
		expect(r.backlogClearsMonth).toBeNull();
	});

	it('gives no wait estimate, and never clears, with no capacity', () => {
		const r = waitingListOf({ startYear: 2026, demand: [120], capacity: [0], startingBacklog: 10, standardWeeks: 6 });
		expect(r.endListSize).toBe(130);
		expect(r.endEstimatedWaitWeeks).toBeNull();
		expect(r.backlogClearsMonth).toBeNull();
		expect(r.withinStandardShareByYear).toEqual([1]); // nobody seen: no one waited beyond the standard
	});

	it('gives no wait estimate rather than Infinity when capacity is vanishingly small', () => {
		// 1e-320 scans a year: 10 waiting / (1e-320 / 12 / 4.33 a week) overflows to Infinity.
		const r = waitingListOf({ startYear: 2026, demand: [120], capacity: [1e-320], startingBacklog: 10, standardWeeks: 6 });
		expect(r.endEstimatedWaitWeeks).toBeNull();
		expect(r.backlogClearsMonth).toBeNull();
	});

	it('starts cleared with no backlog and ample capacity, everyone seen in their month', () => {
		const r = waitingListOf({ startYear: 2026, demand: [120], capacity: [240], startingBacklog: 0, standardWeeks: 6 });
		expect(r.backlogClearsMonth).toBe(0);
		expect(r.withinStandardShareByYear[0]).toBeCloseTo(1, 12);
		expect(r.months[0]!.seen).toBeCloseTo(10, 12);
		expect(r.months[0]!.year).toBe(2026);
	});
});
