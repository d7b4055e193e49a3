import { describe, expect, it } from 'vitest';
import { annuityFactor, discountFactor, fillDiscount, healthDiscountFactor, newDiscountSeries, presentValue } from '../../src/lib/model/discount';
import type { Scenario } from '../../src/lib/model/schema/scenario';

/**
 * Green Book (2022) Annex A6 discount factors at 3.5% (years 0-30) and 3.0% (31-75); the
 * published table gives the same figures to 4 dp (year 10: 0.7089, year 30: 0.3563, year 31: 0.3459).
 */
describe('discountFactor', () => {
	it.each([
		// year, factor, arithmetic
		[0, 1, '1 / 1.035^0'],
		[1, 0.966184, '1 / 1.035 = 0.966184'],
		[5, 0.841973, '1 / 1.035^5 = 1 / 1.187686 = 0.841973'],
		[10, 0.708919, '1 / 1.035^10 = 1 / 1.410599 = 0.708919'],
		[20, 0.502566, '1 / 1.035^20 = 1 / 1.989789 = 0.502566'],
		[30, 0.356278, '1 / 1.035^30 = 1 / 2.806794 = 0.356278'],
		[31, 0.345901, 'long rate from year 31: 1 / (1.035^30 x 1.03) = 0.356278 / 1.03 = 0.345901'],
		[40, 0.265105, '1 / (1.035^30 x 1.03^10) = 0.356278 / 1.343916 = 0.265105']
	])('year %i is %f (%s)', (year, expected) => {
		expect(discountFactor(year, 0.035, 0.03)).toBeCloseTo(expected, 6);
	});

	it('uses the long rate only after year 30', () => {
		// Same 3.5% before year 31 whatever the long rate is.
		expect(discountFactor(30, 0.035, 0.5)).toBeCloseTo(0.356278, 6);
		expect(discountFactor(31, 0.035, 0)).toBeCloseTo(0.356278, 6);
	});
});

describe('healthDiscountFactor', () => {
	it.each([
		[0, 1],
		[1, 0.985222], // 1 / 1.015
		[10, 0.861667] // 1 / 1.015^10 = 1 / 1.160541
	])('year %i at 1.5%% is %f', (year, expected) => {
		expect(healthDiscountFactor(year, 0.015)).toBeCloseTo(expected, 6);
	});
});

describe('annuityFactor and presentValue', () => {
	it('sums the factors of years 0..n-1', () => {
		// (1 - 1.035^-10) / (1 - 1/1.035) = (1 - 0.708919) / 0.033816 = 8.607687
		expect(annuityFactor(10, 0.035, 0.03)).toBeCloseTo(8.607687, 5);
		expect(annuityFactor(1, 0.035, 0.03)).toBe(1);
	});

	it('discounts a stream whose first element is year 0', () => {
		// 1000 + 1000 / 1.035 + 1000 / 1.035^2 = 1000 + 966.184 + 933.511 = 2899.694
		expect(presentValue([1000, 1000, 1000], 0.035, 0.03)).toBeCloseTo(2899.694, 3);
		// A single payment of 1,000,000 in year 10: 708,918.81
		const flows = [...new Array(10).fill(0), 1_000_000];
		expect(presentValue(flows, 0.035, 0.03)).toBeCloseTo(708918.81, 1);
	});
});

describe('kept factors', () => {
	it('give the formula exactly, whichever rates were asked for before', () => {
		// The factors of the last rates asked for are kept by year; switching rates must not
		// return another rate's factor. 1 / 1.035^5 and 1 / 1.05^5 differ in the 2nd decimal place.
		const direct = (y: number, r: number, rl: number) => 1 / (Math.pow(1 + r, Math.min(y, 30)) * Math.pow(1 + rl, Math.max(0, y - 30)));
		const asked: [number, number, number][] = [
			[5, 0.035, 0.03],
			[5, 0.05, 0.03],
			[5, 0.035, 0.03],
			[40, 0.035, 0.03],
			[40, 0.035, 0.01],
			[2.5, 0.035, 0.03],
			[-1, 0.035, 0.03],
			[5, 0, 0.03]
		];
		for (const [y, r, rl] of asked) expect(discountFactor(y, r, rl)).toBe(direct(y, r, rl));
		expect(discountFactor(5, 0.05, 0.03)).toBeCloseTo(0.783526, 6); // 1 / 1.05^5 = 1 / 1.276282
		for (const [y, h] of [[3, 0.015], [3, 0.035], [3, 0.015], [0, 0.015]] as const) expect(healthDiscountFactor(y, h)).toBe(1 / Math.pow(1 + h, y));
	});
});

describe('fillDiscount', () => {
	it('keeps the factors when an appraisal has the same rates and years, and refills them when one changes', () => {
		const d = newDiscountSeries(3);
		const s = (rate: number, health: number, years = 2) => ({ horizonYears: years, appraisal: { discountRate: rate, discountRateLong: 0.03, healthDiscountRate: health } }) as unknown as Scenario;
		fillDiscount(s(0.035, 0.015), d);
		// Year 1: 1 / 1.035 = 0.966184 (health 1 / 1.015 = 0.985222); annuity 1 + 0.966184.
		expect(d.factor[1]).toBeCloseTo(0.966184, 6);
		expect(d.health[1]).toBeCloseTo(0.985222, 6);
		expect(d.annuity).toBeCloseTo(1.966184, 6);
		fillDiscount(s(0.035, 0.015), d);
		expect(d.factor[1]).toBeCloseTo(0.966184, 6);
		// A new cost rate: 1 / 1.05 = 0.952381; a new health rate: 1 / 1.035 = 0.966184.
		fillDiscount(s(0.05, 0.015), d);
		expect(d.factor[1]).toBeCloseTo(0.952381, 6);
		fillDiscount(s(0.05, 0.035), d);
		expect(d.health[1]).toBeCloseTo(0.966184, 6);
		// Three years: year 2 filled too, 1 / 1.05^2 = 0.907029.
		expect(d.factor[2]).toBe(0);
		fillDiscount(s(0.05, 0.035, 3), d);
		expect(d.factor[2]).toBeCloseTo(0.907029, 6);
	});
});
