import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatFinancialYear,
	formatGbp,
	formatGbpMillions,
	formatMonthIndex,
	formatOneDecimal,
	formatTwoDecimals,
	orNotApplicable
} from '../../src/lib/cli/format';
import { renderTable, wrap } from '../../src/lib/cli/table';

describe('number formats', () => {
	it.each<[string, (v: number) => string, number, string]>([
		['count: thousands separator, rounded', formatCount, 2736.0424, '2,736'],
		['count: 9104.5 rounds half away from zero', formatCount, 9104.5, '9,105'],
		['count: float residue 6.8e-13 is 0', formatCount, 6.821210263296962e-13, '0'],
		['count: a tiny negative is 0, not -0', formatCount, -1e-9, '0'],
		['count: negative', formatCount, -3417.13, '-3,417'],
		['one decimal', formatOneDecimal, 172.88889, '172.9'],
		['one decimal: 2.85 -> 2.9 (2.8502 above the half)', formatOneDecimal, 2.850217, '2.9'],
		['two decimals', formatTwoDecimals, 6.95, '6.95'],
		['£ whole pounds', formatGbp, 244000, '£244,000'],
		['£ per scan 69.91 -> £70', formatGbp, 69.91475, '£70'],
		['£ negative', formatGbp, -1500.4, '-£1,500'],
		['£m: 1,646,591.02 / 1e6 = 1.6466 -> £1.65m', formatGbpMillions, 1646591.02, '£1.65m'],
		['£m: -1,082,557.96 / 1e6 = -1.0826 -> -£1.08m', formatGbpMillions, -1082557.96, '-£1.08m'],
		['£m: -4,000 / 1e6 = -0.004 rounds to zero, no sign', formatGbpMillions, -4000, '£0.00m'],
		['£m: 12,345,678,901 / 1e6 = 12,345.68', formatGbpMillions, 12345678901, '£12,345.68m']
	])('%s', (_label, f, v, expected) => {
		expect(f(v)).toBe(expected);
	});

	it('n/a or the given word for null', () => {
		expect(orNotApplicable(null, formatCount)).toBe('n/a');
		expect(orNotApplicable(null, formatCount, 'never')).toBe('never');
		expect(orNotApplicable(1234, formatCount)).toBe('1,234');
	});
});

describe('financial-year months', () => {
	// Month index 0 is April of startYear (NHS financial year April-March).
	it.each([
		[0, 2026, 'Apr 2026'],
		[8, 2026, 'Dec 2026'], // April + 8 months
		[9, 2026, 'Jan 2027'], // April + 9 months crosses the calendar year
		[12, 2026, 'Apr 2027'], // first month of the second financial year
		[119, 2026, 'Mar 2036'] // last month of a 10-year horizon: 2026/27 ... 2035/36
	])('month %i from %i is %s', (m, start, expected) => {
		expect(formatMonthIndex(m, start)).toBe(expected);
	});

	it.each([
		[2026, '2026/27'],
		[2035, '2035/36'],
		[2099, '2099/00']
	])('financial year %i is %s', (y, expected) => {
		expect(formatFinancialYear(y)).toBe(expected);
	});
});

describe('renderTable', () => {
	it('aligns text left and numbers right, with multi-line headers on the bottom lines', () => {
		const text = renderTable(
			[
				{ header: ['Option'], align: 'left' },
				{ header: ['Cost per', 'scan'], align: 'right' }
			],
			[
				['Business as usual', '£70'],
				['FLS', '£146']
			]
		);
		expect(text).toBe(['                   Cost per', 'Option                 scan', '-----------------  --------', 'Business as usual       £70', 'FLS                    £146'].join('\n'));
	});
});

describe('wrap', () => {
	it('breaks at spaces within the width and indents continuation lines', () => {
		expect(wrap('one two three four five', 9, '  ')).toBe('one two\n  three\n  four\n  five');
	});
});
