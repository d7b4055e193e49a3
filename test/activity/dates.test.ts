import { describe, expect, it } from 'vitest';
import { parseMonth } from '../../src/lib/activity/dates';
import { monthIndex, monthLabel } from '../../src/lib/activity/months';

const april2024 = monthIndex(2024, 4);

describe('English date forms', () => {
	it.each([
		'2024-04', '2024-04-01', '2024/04', '2024-04-30 00:00:00', '2024-04-01T00:00:00Z',
		'01/04/2024', '1/4/2024', '30/04/2024', '01-04-2024', '1.4.24', '01/04/2024 00:00',
		'04/2024', '4-2024',
		'Apr-24', 'Apr 24', "Apr'24", 'Apr-2024', 'Apr 2024', 'April 2024', 'APRIL 2024', 'april-2024', 'Apr. 2024',
		'1 April 2024', '1st Apr 2024', '30 Apr 24',
		'2024 April', '2024-Apr',
		'DM01-APRIL-2024', 'DM01 April 2024',
		'45383' // Excel serial for 1 April 2024: 45,383 days after 30 December 1899
	])('%s is April 2024', (text) => {
		expect(parseMonth(text)).toBe(april2024);
	});

	it.each([['Sept 2023', 2023, 9], ['Sep-23', 2023, 9], ['31/12/2025', 2025, 12], ['2026-1', 2026, 1], ['Jan 2000', 2000, 1]])('%s', (text, y, m) => {
		expect(parseMonth(text)).toBe(monthIndex(y, m));
	});

	it.each(['', 'April', '2024', '13/2024', '32/01/2024', '01/13/2024', 'Foo 2024', '2024-13', 'Q1 2024', '12345', 'Apr 1850', 'total'])('%s is not a month', (text) => {
		expect(parseMonth(text)).toBeNull();
	});

	it('reads numeric dates day first, as written in England', () => {
		// 04/05/2024 is 4 May 2024, not 5 April.
		expect(monthLabel(parseMonth('04/05/2024')!)).toBe('May 2024');
	});
});
