import type { Scenario } from './schema/scenario';
import { ownBuffers, type Alloc } from './slab';

/**
 * Green Book discounting. Year 0 is the first year of the horizon and is not discounted.
 * Factor for year t: 1 / (1 + r)^t for t <= 30; after year 30 the long rate applies to each
 * further year: 1 / ((1 + r)^30 * (1 + rLong)^(t - 30)).
 * Source: HM Treasury Green Book (2022), Annex A6: 3.5% for years 0-30, 3.0% for 31-75.
 */
export function discountFactor(yearIndex: number, rate: number, longRate: number): number {
	const early = Math.min(yearIndex, 30);
	const late = Math.max(0, yearIndex - 30);
	return 1 / (Math.pow(1 + rate, early) * Math.pow(1 + longRate, late));
}

/** Health effects (QALYs) at the Green Book's 1.5%: 1 / (1 + h)^t. */
export function healthDiscountFactor(yearIndex: number, healthRate: number): number {
	return 1 / Math.pow(1 + healthRate, yearIndex);
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

/** The discount factors of a scenario's horizon, worked out once per appraisal. */
export interface DiscountSeries {
	/** Costs and cash benefits, by year. */
	factor: Float64Array;
	/** Health effects (QALYs), by year. */
	health: Float64Array;
	/** Sum of the cost factors over the horizon (annuityFactor). */
	annuity: number;
	/**
	 * The cost rate, long rate, health rate and years the factors were filled for (years -1: not
	 * yet): an appraisal with the same four, as most Monte Carlo iterations are, keeps them.
	 */
	filledFor: Float64Array;
}

export function newDiscountSeries(years: number, m: Alloc = ownBuffers()): DiscountSeries {
	const filledFor = m.f64(4);
	filledFor[3] = -1;
	return { factor: m.f64(years), health: m.f64(years), annuity: 0, filledFor };
}

export function fillDiscount(s: Scenario, d: DiscountSeries): void {
	const { discountRate, discountRateLong, healthDiscountRate } = s.appraisal;
	const k = d.filledFor;
	// The same numbers (Object.is: -0 is not 0) give the same factors.
	if (k[3] === s.horizonYears && Object.is(k[0], discountRate) && Object.is(k[1], discountRateLong) && Object.is(k[2], healthDiscountRate)) return;
	let annuity = 0;
	for (let y = 0; y < s.horizonYears; y++) {
		const f = discountFactor(y, discountRate, discountRateLong);
		d.factor[y] = f;
		d.health[y] = healthDiscountFactor(y, healthDiscountRate);
		annuity += f;
	}
	d.annuity = annuity;
	k[0] = discountRate;
	k[1] = discountRateLong;
	k[2] = healthDiscountRate;
	k[3] = s.horizonYears;
}
