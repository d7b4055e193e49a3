import { describe, expect, test } from 'vitest';
import { fileNameFromTitle, formatTick, formatCount, formatCountShort, formatGbp, formatGbpShort, formatSmallCount, formatWeeks, formatWte } from '../../src/lib/charts/format';

describe('formatGbpShort', () => {
	test.each([
		[0, '£0'],
		[950, '£950'],
		[1234, '£1.2k'],
		[12_000, '£12k'],
		[850_000, '£850k'],
		[1_646_591, '£1.6m'],
		[2_000_000, '£2m'],
		[-1_082_558, '\u2212£1.1m'],
		[3_400_000_000, '£3.4bn'],
		[-0.2, '£0']
	])('%d -> %s', (value, text) => {
		expect(formatGbpShort(value)).toBe(text);
	});
});

describe('table formats', () => {
	test.each([
		[formatGbp, 1_646_591.02, '£1,646,591'],
		[formatGbp, -1_082_557.96, '\u2212£1,082,558'],
		[formatCount, 2959.14, '2,959'],
		[formatSmallCount, 51.8466, '51.8'],
		[formatSmallCount, 160.11, '160'],
		[formatWte, 0.73196, '0.73'],
		[formatWeeks, 34.53, '34.5'],
		[formatCountShort, 8000, '8k'],
		[formatCountShort, 1500, '1.5k'],
		[formatCountShort, 150, '150']
	] as const)('%o(%d) -> %s', (fn, value, text) => {
		expect((fn as (v: number) => string)(value)).toBe(text);
	});

	test('a null wait (no capacity) and non-finite numbers show a dash, never NaN', () => {
		expect(formatWeeks(null)).toBe('–');
		expect(formatGbp(NaN)).toBe('–');
		expect(formatGbpShort(Infinity)).toBe('–');
	});
});

describe('fileNameFromTitle', () => {
	test.each([
		['Demand against capacity', 'demand-against-capacity'],
		['Capital and revenue costs: Second scanner & FLS', 'capital-and-revenue-costs-second-scanner-fls'],
		['Café “wait” (2026)', 'cafe-wait-2026'],
		['***', 'chart']
	])('%s -> %s', (title, name) => {
		expect(fileNameFromTitle(title)).toBe(name);
	});
});

describe('formatTick', () => {
	test.each([
		[0, '0'],
		[0.5, '0.5'],
		[1.25, '1.25'],
		[6, '6'],
		[1500, '1,500']
	])('%d -> %s', (value, text) => {
		expect(formatTick(value)).toBe(text);
	});
});
