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

describe('axis ticks that would read alike', () => {
	it('a narrow money axis gets the decimals that tell its ticks apart, and a wide one keeps its short labels', () => {
		// d3 ticks 4.20m to 4.30m in steps of 0.02m: at one decimal 4.22m and 4.24m both read £4.2m;
		// at two they read £4.20m, £4.22m, ... £4.30m, every one different.
		const narrow = [4_200_000, 4_220_000, 4_240_000, 4_260_000, 4_280_000, 4_300_000];
		expect(narrow.map((v) => gbpTick(v, narrow))).toEqual(['£4.20m', '£4.22m', '£4.24m', '£4.26m', '£4.28m', '£4.30m']);
		// Steps of 0.5m need no more than the one decimal (and whole millions lose the ".0").
		const wide = [3_000_000, 3_500_000, 4_000_000, 4_500_000];
		expect(wide.map((v) => gbpTick(v, wide))).toEqual(['£3m', '£3.5m', '£4m', '£4.5m']);
		// Steps of £500 around £20k: 20,500 / 1,000 = 20.5 reads £21k at no decimals, so one more: £20.5k.
		const thousands = [20_000, 20_500, 21_000, 21_500];
		expect(thousands.map((v) => gbpTick(v, thousands))).toEqual(['£20.0k', '£20.5k', '£21.0k', '£21.5k']);
		// Negative ticks keep the minus sign; zero has none.
		const around = [-20_000, -10_000, 0, 10_000];
		expect(around.map((v) => gbpTick(v, around))).toEqual([`${MINUS}£20k`, `${MINUS}£10k`, '£0', '£10k']);
	});

	it('a narrow count axis does the same: 10,100 to 10,400 in hundreds read 10.1k to 10.4k, not 10k four times', () => {
		const ticks = [10_100, 10_200, 10_300, 10_400];
		expect(ticks.map((v) => countTick(v, ticks))).toEqual(['10.1k', '10.2k', '10.3k', '10.4k']);
		// Without the ticks, the plain label.
		expect(countTick(10_100)).toBe('10k');
	});

	it('stops at three extra decimals, and ignores repeated or non-finite ticks', () => {
		// 1,000,000 and 1,000,001 differ by £1: even £1.0000m cannot tell them apart; the labels stop at four decimals.
		expect(gbpTick(1_000_001, [1_000_000, 1_000_001])).toBe('£1.0000m');
		expect(gbpTick(2_000_000, [2_000_000, 2_000_000, NaN, 3_000_000])).toBe('£2m');
	});
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
