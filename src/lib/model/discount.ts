/**
 * Green Book discounting. Year 0 is the first year of the horizon and is not discounted.
 * Factor for year t: 1 / (1 + r)^t for t <= 30; after year 30 the long rate applies to each
 * further year: 1 / ((1 + r)^30 * (1 + rLong)^(t - 30)).
 * Source: HM Treasury Green Book (2022), Annex A6: 3.5% for years 0-30, 3.0% for 31-75.
 */
export function discountFactor(yearIndex: number, rate: number, longRate: number): number {
	const table = factorTable(cost, rate, longRate);
	const kept = table?.[yearIndex];
	if (kept !== undefined) return kept;
	const early = Math.min(yearIndex, 30);
	const late = Math.max(0, yearIndex - 30);
	const v = 1 / (Math.pow(1 + rate, early) * Math.pow(1 + longRate, late));
	if (table && Number.isInteger(yearIndex) && yearIndex >= 0 && yearIndex < MAX_KEPT_YEAR) table[yearIndex] = v;
	return v;
}

/** Health effects (QALYs) at the Green Book's 1.5%: 1 / (1 + h)^t. */
export function healthDiscountFactor(yearIndex: number, healthRate: number): number {
	const table = factorTable(health, healthRate, 0);
	const kept = table?.[yearIndex];
	if (kept !== undefined) return kept;
	const v = 1 / Math.pow(1 + healthRate, yearIndex);
	if (table && Number.isInteger(yearIndex) && yearIndex >= 0 && yearIndex < MAX_KEPT_YEAR) table[yearIndex] = v;
	return v;
}

/**
 * The factors are pure functions of (year, rates), asked for thousands of times with the same
 * rates by the Monte Carlo analysis (every option of every iteration discounts the same years),
 * so the factors of the last rates asked for are kept by year: the same numbers, worked out once.
 */
const MAX_KEPT_YEAR = 128;

interface FactorMemo {
	rate: number;
	longRate: number;
	byYear: number[];
}

const cost: FactorMemo = { rate: NaN, longRate: NaN, byYear: [] };
const health: FactorMemo = { rate: NaN, longRate: NaN, byYear: [] };

/** The memo's table for these rates, emptied when the rates change (Object.is, so -0 and 0 are told apart). */
function factorTable(m: FactorMemo, rate: number, longRate: number): number[] | undefined {
	if (Number.isNaN(rate) || Number.isNaN(longRate)) return undefined;
	if (!Object.is(m.rate, rate) || !Object.is(m.longRate, longRate)) {
		m.rate = rate;
		m.longRate = longRate;
		m.byYear = [];
	}
	return m.byYear;
}

/** Sum of factors over years 0..n-1: the annuity factor that turns a present value into an equivalent annual amount. */
export function annuityFactor(years: number, rate: number, longRate: number): number {
	let t = 0;
	for (let y = 0; y < years; y++) t += discountFactor(y, rate, longRate);
	return t;
}

/** Present value of a stream whose first element is year 0. */
export function presentValue(flows: readonly number[], rate: number, longRate: number): number {
	return flows.reduce((t, f, y) => t + f * discountFactor(y, rate, longRate), 0);
}
