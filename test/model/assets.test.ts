import { describe, expect, it } from 'vitest';
import { INSTALL, REPLACEMENT, lastPurchaseYear, markPurchases, purchases, residualValue, type PurchaseEvent } from '../../src/lib/model/assets';

describe('purchases', () => {
	it.each<[number, number, number, number, PurchaseEvent[], string]>([
		// installed, lifetime, start, horizon, expected events, why
		[2020, 10, 2026, 10, [{ yearIndex: 4, kind: 'replacement' }], 'installed 2020, due 2030 = year 4; next 2040 is past 2035'],
		[2016, 10, 2026, 10, [{ yearIndex: 0, kind: 'replacement' }], 'due exactly at the start (2026): replaced in year 0'],
		[2012, 10, 2026, 10, [{ yearIndex: 0, kind: 'replacement' }], 'overdue (due 2022, before the start): replaced in year 0, next due 2036 is outside'],
		[2012, 10, 2026, 15, [{ yearIndex: 0, kind: 'replacement' }, { yearIndex: 10, kind: 'replacement' }], 'overdue, replaced in year 0 and again 10 years later'],
		[2027, 10, 2026, 10, [{ yearIndex: 1, kind: 'install' }], 'a new scanner in 2027 is bought in year 1; its replacement (2037) is outside'],
		[2027, 5, 2026, 12, [{ yearIndex: 1, kind: 'install' }, { yearIndex: 6, kind: 'replacement' }, { yearIndex: 11, kind: 'replacement' }], 'installed year 1, replaced years 6 and 11'],
		[2040, 10, 2026, 10, [], 'installed after the horizon: nothing'],
		[2027, 0, 2026, 10, [{ yearIndex: 1, kind: 'install' }], 'lifetime 0: never replaced']
	])('installed %i, life %i, start %i, horizon %i', (installed, life, start, horizon, expected) => {
		expect(purchases(installed, life, start, horizon)).toEqual(expected);
	});
});

describe('markPurchases', () => {
	it('marks the purchases in years [from, to) of one row and leaves every other cell alone', () => {
		// Installed 2027 with a 5-year life, start 2026, 12 years: install year 1, replaced years 6 and 11.
		// Row 1 of a 2 x 12 grid (cells 12-23), years [2, 11): only the replacement in year 6, at cell 12 + 6 = 18.
		const out = new Uint8Array(24).fill(9);
		markPurchases(2027, 5, 2026, 12, out, 12, 2, 11);
		const expected = new Uint8Array(24).fill(9);
		expected[18] = REPLACEMENT;
		expect(out).toEqual(expected);
		// The whole row: install at 12 + 1 = 13, replacements at 12 + 6 = 18 and 12 + 11 = 23.
		markPurchases(2027, 5, 2026, 12, out, 12);
		expected[13] = INSTALL;
		expected[23] = REPLACEMENT;
		expect(out).toEqual(expected);
	});
});

describe('lastPurchaseYear', () => {
	it('is the installation year (negative before the start) until the first purchase', () => {
		// Installed 2020, start 2026: index -6. Replaced at year 4.
		const purchasedIn = new Array<number>(10).fill(0);
		for (const e of purchases(2020, 10, 2026, 10)) purchasedIn[e.yearIndex] = 1;
		expect(purchasedIn).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
		expect(lastPurchaseYear(2020, 2026, purchasedIn, 3)).toBe(-6);
		expect(lastPurchaseYear(2020, 2026, purchasedIn, 4)).toBe(4);
		expect(lastPurchaseYear(2020, 2026, purchasedIn, 9)).toBe(4);
	});
});

describe('residualValue', () => {
	it.each([
		// cost, purchase year, life, horizon, expected, arithmetic
		[244000, 4, 10, 10, 97600, 'bought year 4, used years 4-9 (6 years): remaining 10 - 6 = 4; 244,000 x 4 / 10 = 97,600'],
		[100000, 0, 10, 10, 0, 'bought year 0, fully used over 10 years'],
		[100000, 0, 10, 5, 50000, 'remaining 10 - 5 = 5 of 10 years: 50,000'],
		[100000, 9, 10, 10, 90000, 'bought in the last year: remaining 10 - 1 = 9: 90,000'],
		[100000, 3, 0, 10, 0, 'lifetime 0: no residual']
	])('cost %i bought year %i, life %i, horizon %i', (cost, p, life, horizon, expected) => {
		expect(residualValue(cost, p, life, horizon)).toBeCloseTo(expected, 6);
	});
});
