import { describe, expect, it } from 'vitest';
import { clearsMonth, financialYear, isoDate, longDate, monthName, monthShort, yearSpan } from '../../src/lib/present';

/**
 * The scenario's start year is its first NHS financial year (April to March), so month index 0 is
 * April of the start year. The case: month index 8 from 2026 is December 2026 everywhere.
 */
describe('financial-year calendar', () => {
	it.each([
		[0, 2026, 'April 2026'],
		[8, 2026, 'December 2026'], // April + 8 months
		[9, 2026, 'January 2027'], // April + 9 crosses the calendar year
		[12, 2026, 'April 2027'], // first month of the second financial year, 2027/28
		[13, 2026, 'May 2027'],
		[119, 2026, 'March 2036'] // last month of a 10-year horizon, 2026/27 ... 2035/36
	])('month %i from %i is %s', (m, start, text) => {
		expect(monthName(start, m)).toBe(text);
	});

	it('abbreviates for axes and says when the wait never comes within the standard', () => {
		expect(monthShort(2026, 8)).toBe('Dec 2026');
		expect(clearsMonth(2026, 8)).toBe('December 2026');
		expect(clearsMonth(2026, null)).toBe('not within the horizon');
		expect(clearsMonth(2026, null, 'never')).toBe('never');
	});

	it.each([
		[2026, '2026/27'],
		[2035, '2035/36'],
		[2099, '2099/00']
	])('financial year %i is %s', (y, text) => expect(financialYear(y)).toBe(text));

	it('writes a horizon as a span of financial years', () => {
		expect(yearSpan(2026, 2035)).toBe('2026/27 to 2035/36');
		expect(yearSpan(2026, 2026)).toBe('2026/27');
	});

	it('takes a fixed document date or rejects a malformed one', () => {
		expect(isoDate('2026-03-01')).toBe('2026-03-01');
		expect(longDate('2026-03-01')).toBe('1 March 2026');
		expect(() => isoDate('1/3/2026')).toThrow(/YYYY-MM-DD/);
		expect(isoDate(new Date(2026, 0, 9))).toBe('2026-01-09');
	});
});
