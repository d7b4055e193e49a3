import { describe, it, expect } from 'vitest';
import { gbp, gbp2, gbpM, count, pct, weeks, simulationMonth } from '../../src/lib/export/format';
import { isoDate, longDate } from '../../src/lib/export/date';

describe('document formatting', () => {
	it.each([
		[1234.5, '£1,235'], // Math.round(1234.5) = 1235
		[-1082557.6, '-£1,082,558'],
		[0.4, '£0'],
		[-0.4, '£0'], // rounds to zero: no "-£0"
		[6891512.7, '£6,891,513']
	])('gbp(%s) = %s', (v, s) => expect(gbp(v)).toBe(s));

	it('formats pence, millions, counts, percentages and waits', () => {
		expect(gbp2(146.404)).toBe('£146.40');
		expect(gbpM(-1082557.6)).toBe('-£1.08m');
		expect(count(2737.6)).toBe('2,738');
		expect(pct(0.035)).toBe('3.5%'); // 0.035 x 100 = 3.5
		expect(pct(0.2, 0)).toBe('20%');
		expect(weeks(172.94)).toBe('172.9 weeks');
		expect(weeks(null)).toBe('no capacity');
	});

	it('names simulation months from the start year', () => {
		// month index 13 = the 14th month = February of the second year
		expect(simulationMonth(13, 2026)).toBe('month 14 (February 2027)');
		expect(simulationMonth(0, 2026)).toBe('month 1 (January 2026)');
	});

	it('takes a fixed date or rejects a malformed one', () => {
		expect(isoDate('2026-03-01')).toBe('2026-03-01');
		expect(longDate('2026-03-01')).toBe('1 March 2026');
		expect(() => isoDate('1/3/2026')).toThrow(/YYYY-MM-DD/);
		expect(isoDate(new Date(2026, 0, 9))).toBe('2026-01-09');
	});
});
