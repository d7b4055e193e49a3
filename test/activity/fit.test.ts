import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readActivityCsv } from '../../src/lib/activity/read';
import { fitActivity, MIN_FIT_MONTHS } from '../../src/lib/activity/fit';
import { monthIndex, monthLabel } from '../../src/lib/activity/months';

function read(text: string) {
	const r = readActivityCsv(text);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.data;
}

describe('fitting the illustrative radiology extract (24 months, April 2023 to March 2025)', () => {
	const f = fitActivity(read(readFileSync(new URL('./fixtures/radiology-extract.csv', import.meta.url), 'utf8')));

	it('centres the scans chart on the mean of the file (Total row 9,407 / 24 = 391.96)', () => {
		expect(f.scans!.spc.limits.mean).toBeCloseTo(9407 / 24, 10);
		expect(f.referrals!.spc.limits.mean).toBeCloseTo(10237 / 24, 10);
	});

	it('marks September 2024 (271 scans, a breakdown) below the lower limit', () => {
		const i = f.scans!.months.indexOf(monthIndex(2024, 9));
		expect(f.scans!.values[i]).toBe(271);
		expect(f.scans!.spc.points[i]).toEqual({ value: 271, rules: ['outside'], direction: 'low' });
		expect(271).toBeLessThan(f.scans!.spc.limits.lower);
	});

	it('estimates seasonal indices from the two years, averaging 1', () => {
		const idx = f.referrals!.seasonal!;
		expect(idx).toHaveLength(12);
		expect(idx.reduce((a, b) => a + b, 0) / 12).toBeCloseTo(1, 12);
	});

	it('takes the backlog from the last month: 1,980 waiting, 1,008 of them 6 weeks or more', () => {
		expect(f.backlog).toEqual({ month: monthIndex(2025, 3), waitingList: 1980, waiting6: 1008 });
	});
});

describe('too little data', () => {
	it(`needs ${MIN_FIT_MONTHS} months for a trend and says so`, () => {
		const text = 'Month,Referrals\n' + Array.from({ length: 11 }, (_, i) => `${monthLabel(monthIndex(2024, 1) + i)},${100 + i}`).join('\n');
		const f = fitActivity(read(text));
		expect(f.referrals).toBeNull();
		expect(f.messages).toEqual(['Referrals: 11 months of figures; a trend needs at least 12.']);
	});

	it('fits a year without a seasonal pattern, and reports a missing month', () => {
		// 13 months present out of 14 (March 2024 missing): referrals 100 + 2t exactly.
		const months = Array.from({ length: 14 }, (_, i) => monthIndex(2024, 1) + i).filter((m) => m !== monthIndex(2024, 3));
		const f = fitActivity(read('Month,Referrals\n' + months.map((m) => `${monthLabel(m)},${100 + 2 * (m - monthIndex(2024, 1))}`).join('\n')));
		expect(f.referrals!.trend.kind).toBe('linear');
		expect(f.referrals!.trend.linear.slope).toBeCloseTo(2, 10);
		expect(f.referrals!.seasonal).toBeNull();
		// Next 12 months from March 2025 (t = 14): sum of 100 + 2t for t = 14..25 = 1,200 + 2 x 234 = 1,668
		expect(f.referrals!.nextYearTotal).toBeCloseTo(1668, 8);
		expect(f.messages).toEqual(['Missing month: March 2024. It is left out of the fit, not filled in.', 'Referrals: 13 months, so no seasonal pattern is estimated (it needs 24).']);
	});
});
