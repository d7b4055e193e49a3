import { describe, expect, it } from 'vitest';
import { MINUS, changePct, count, countTick, decimal, factor, gbp, gbpMillions, gbpPence, gbpShort, gbpTick, inputValue, pct, plainNumber, smallCount, tick, weeks, weeksValue, wte } from '../../src/lib/present';

/** One set of number formats for the app, charts, CLI, workbook and business case (en-GB, minus sign U+2212). */
describe('money', () => {
	it.each<[string, (v: number) => string, number, string]>([
		['whole pounds, 1234.5 rounds half away from zero', gbp, 1234.5, '£1,235'],
		['whole pounds, negative', gbp, -1_082_557.96, `${MINUS}£1,082,558`],
		['a tiny negative rounds to £0 with no sign', gbp, -0.4, '£0'],
		['pence: 146.404 -> £146.40', gbpPence, 146.404, '£146.40'],
		['millions: 1,646,591.02 / 1e6 = 1.6466 -> £1.65m', gbpMillions, 1_646_591.02, '£1.65m'],
		['millions: -1,082,557.96 -> −£1.08m', gbpMillions, -1_082_557.96, `${MINUS}£1.08m`],
		['millions: -4,000 / 1e6 = -0.004 rounds to £0.00m, no sign', gbpMillions, -4000, '£0.00m'],
		['short: millions from a million', gbpShort, 6_891_512.7, '£6.89m'],
		['short: thousands from ten thousand, 244,000 -> £244k', gbpShort, 244_000, '£244k'],
		['short: under ten thousand in pounds', gbpShort, 9_500, '£9,500'],
		['tick: 1,234 -> £1.2k', gbpTick, 1234, '£1.2k'],
		['tick: 12,000 -> £12k', gbpTick, 12_000, '£12k'],
		['tick: 2,000,000 -> £2m (trailing .0 trimmed)', gbpTick, 2_000_000, '£2m'],
		['tick: -1,082,558 -> −£1.1m', gbpTick, -1_082_558, `${MINUS}£1.1m`],
		['tick: 3.4e9 -> £3.4bn', gbpTick, 3_400_000_000, '£3.4bn']
	])('%s', (_what, f, v, text) => expect(f(v)).toBe(text));
});

describe('counts, decimals, percentages, weeks', () => {
	it.each<[string, (v: number) => string, number, string]>([
		['count: 2736.04 -> 2,736', count, 2736.0424, '2,736'],
		['count: 9104.5 -> 9,105', count, 9104.5, '9,105'],
		['count: float residue 6.8e-13 is 0', count, 6.821210263296962e-13, '0'],
		['count: -1e-9 is 0, not −0', count, -1e-9, '0'],
		['count: negative', count, -3417.13, `${MINUS}3,417`],
		['small count below 100: one decimal', smallCount, 51.8466, '51.8'],
		['small count from 100: whole', smallCount, 160.11, '160'],
		['WTE: 0.73196 -> 0.73', wte, 0.73196, '0.73'],
		['one decimal: 2.850217 -> 2.9', (v) => decimal(v, 1), 2.850217, '2.9'],
		['percent: 0.035 -> 3.5%', (v) => pct(v), 0.035, '3.5%'],
		['percent: 0.2 with no decimals -> 20%', (v) => pct(v, 0), 0.2, '20%'],
		['factor: 1/1.035 = 0.966184 -> 0.9662', factor, 1 / 1.035, '0.9662'],
		['weeks in a table: 34.53 -> 34.5', weeksValue, 34.53, '34.5'],
		['weeks in prose: 172.94 -> 172.9 weeks', weeks, 172.94, '172.9 weeks'],
		['count tick 8000 -> 8k', countTick, 8000, '8k'],
		['count tick 1500 -> 1.5k', countTick, 1500, '1.5k'],
		['tick 1.25', tick, 1.25, '1.25'],
		['tick 1500 -> 1,500', tick, 1500, '1,500'],
		['a change of +0.125 -> +12.5%', (v) => changePct(v), 0.125, '+12.5%']
	])('%s', (_what, f, v, text) => expect(f(v)).toBe(text));

	it('never shows NaN or Infinity: a missing or non-finite figure is a dash', () => {
		for (const f of [gbp, gbpPence, gbpMillions, gbpShort, gbpTick, count, smallCount, wte, weeksValue, factor, countTick, tick])
			for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(f(v as number)).toBe('–');
		expect(weeks(null)).toBe('no estimate (no scanning capacity)');
	});

	it('shows an input in its unit', () => {
		expect(inputValue(0.08, 'fraction 0-1')).toBe('8%');
		expect(inputValue(214000, 'GBP')).toBe('£214,000');
		expect(inputValue(0.45, 'GBP per mile')).toBe('£0.45');
		expect(inputValue(10, 'sessions')).toBe('10 sessions');
		expect(plainNumber(0.1 + 0.2)).toBe('0.3');
	});
});
