import { describe, expect, it } from 'vitest';
import { attendanceRate, averageSlotMinutes } from '../../src/lib/model/capacity';
import { effectiveService } from '../../src/lib/model/effective';
import { appraiseOption } from '../../src/lib/model/appraise';
import { scenarioWith, type Raw } from './helpers';

/**
 * The reference scanner (schema defaults): 10 sessions a week of 4 hours on 5 days, 8 bank
 * holidays, 4 maintenance days, 15 minutes of QA a day, slots 20 / 25 / 40 minutes, DNA 8%.
 * Slot mix (demand defaults): 65% hip and spine, 30% with VFA, 5% one-stop:
 *   average slot = 0.65 x 20 + 0.30 x 25 + 0.05 x 40 = 13 + 7.5 + 2 = 22.5 minutes.
 * Operating days = 52 x 5 - 8 - 4 = 248.
 * Minutes a day = (10 / 5) sessions x 4 h x 60 - 15 QA = 465.
 * Slots = 465 / 22.5 x 248 = 20.6667 x 248 = 5,125.33; scans = 5,125.33 x (1 - 0.08) = 4,715.31.
 */
function year(edit: (raw: Raw) => void, yearIndex: number) {
	const s = scenarioWith(edit);
	return appraiseOption(s, s.options[0]!).capacity[yearIndex]!.scanners[0]!;
}

describe('averageSlotMinutes and attendanceRate', () => {
	it('weights slot lengths by the scan mix', () => {
		const s = scenarioWith(() => {});
		expect(averageSlotMinutes(s, effectiveService(s, s.options[0]!).scanners[0]!)).toBeCloseTo(22.5, 10);
		// All one-stop: 40 minutes.
		const t = scenarioWith((r) => (r.demand = { vfaShare: 0, oneStopShare: 1 }));
		expect(averageSlotMinutes(t, effectiveService(t, t.options[0]!).scanners[0]!)).toBe(40);
	});

	it.each([
		[0.08, 0, 0.92, '(1 + 0) x (1 - 0.08)'],
		[0.08, 0.05, 0.966, '1.05 x 0.92 = 0.966'],
		[0.08, 0.1, 1, '1.10 x 0.92 = 1.012, capped at 1: attendances never exceed slots'],
		[1, 0.5, 0, 'nobody attends']
	])('DNA %f with overbooking %f gives %f (%s)', (dnaRate, overbookingRate, expected) => {
		expect(attendanceRate({ dnaRate, overbookingRate })).toBeCloseTo(expected, 10);
	});
});

describe('the capacity stage: one scanner in one year', () => {
	it('works out the reference scanner by hand', () => {
		const y = year(() => {}, 0);
		expect(y.operatingDays).toBe(248);
		expect(y.sessions).toBe(496); // 2 sessions a day x 248 days
		expect(y.slots).toBeCloseTo(5125.333, 3);
		expect(y.capacity).toBeCloseTo(4715.307, 3);
		expect(y.replaced).toBe(false);
	});

	it.each([
		['replacement year (installed 2020, 10-year life: 2030 = year 4) loses 2 cross-calibration days', () => {}, 4, 246, 4677.28, '465 / 22.5 x 246 x 0.92'],
		['installation year loses 2 commissioning weeks x 5 days', (r: Raw) => (r.scanners[0].installedYear = 2026), 0, 238, 4525.173, '465 / 22.5 x 238 x 0.92'],
		['a mobile unit loses 12 moves x 1 day and runs at 85% throughput', (r: Raw) => Object.assign(r.scanners[0], { kind: 'mobile', mobile: {} }), 0, 236, 3814.075, '465 / 22.5 x 236 x 0.85 x 0.92'],
		['four days a week: bank holidays pro rata (8 x 4/5 = 6.4)', (r: Raw) => Object.assign(r.scanners[0], { operatingDaysPerWeek: 4, sessionsPerWeek: 8 }), 0, 197.6, 3757.035, '208 - 6.4 - 4 = 197.6 days; 465 / 22.5 x 197.6 x 0.92'],
		['six sessions a week: QA is a fixed daily cost', (r: Raw) => (r.scanners[0].sessionsPerWeek = 6), 0, 248, 2768.341, '(1.2 x 240 - 15) = 273 min; 273 / 22.5 x 248 x 0.92'],
		['5% overbooking', (r: Raw) => (r.scanners[0].overbookingRate = 0.05), 0, 248, 4951.072, '5,125.33 x 1.05 x 0.92']
	])('%s', (_name, edit, yearIndex, days, capacity) => {
		const y = year(edit, yearIndex);
		expect(y.operatingDays).toBeCloseTo(days, 10);
		expect(y.capacity).toBeCloseTo(capacity, 3);
	});

	it('marks the replacement year', () => {
		expect(year(() => {}, 4).replaced).toBe(true);
	});

	it('gives nothing before installation or with no sessions', () => {
		const before = year((r) => (r.scanners[0].installedYear = 2028), 1);
		expect(before).toMatchObject({ operatingDays: 0, sessions: 0, slots: 0, capacity: 0 });
		const none = year((r) => (r.scanners[0].sessionsPerWeek = 0), 0);
		expect(none.capacity).toBe(0);
	});

	it('runs every scanner over the horizon, the option\'s capacity their sum', () => {
		const s = scenarioWith((r) => r.scanners.push({ id: 'second', name: 'Second', installedYear: 2027 }));
		const capacity = appraiseOption(s, s.options[0]!).capacity;
		expect(capacity.map((y) => y.scanners.map((sc) => sc.scannerId))).toEqual(new Array(10).fill(['main', 'second']));
		// Installed 2027 (year 1): nothing in year 0, the commissioning weeks lost in year 1.
		expect(capacity.map((y) => Math.round(y.scanners[1]!.capacity))).toEqual([0, 4525, ...new Array(8).fill(4715)]);
		// Main (installed 2020) is replaced in 2030 (year 4); the second scanner is not replaced within the horizon.
		expect(capacity.map((y) => y.scanners.map((sc) => sc.replaced))).toEqual(capacity.map((_, i) => [i === 4, false]));
		capacity.forEach((y) => expect(y.capacity).toBe(y.scanners[0]!.capacity + y.scanners[1]!.capacity + 0));
	});
});
