import type { Scenario } from './schema/scenario';

/**
 * The fractures that extra patients on treatment avert, and what those fractures cost and take
 * from health: the one formula the FLS (fls.ts) and the pathway's VFA treatment (pathway.ts) share.
 */

type RiskInputs = Pick<Scenario['fls'], 'refractureRisk1y' | 'refractureRisk2y' | 'refractureRisk5y'>;

/** Years after the index fracture the refracture risk data cover (ROS: cumulative risks at 1, 2 and 5 years). */
export const RISK_YEARS = 5;

/**
 * Refracture risk in each year after the index fracture, from cumulative risks at 1, 2 and 5
 * years (ROS: 10%, 18%, 31%): year 1 = r1, year 2 = r2 - r1, years 3-5 = (r5 - r2) / 3 each,
 * into out[0] to out[4] (the FLS and pathway series keep an array for it).
 */
export function fillRefractureRisk(f: RiskInputs, out: Float64Array): Float64Array {
	const late = (f.refractureRisk5y - f.refractureRisk2y) / 3;
	out[0] = f.refractureRisk1y;
	out[1] = f.refractureRisk2y - f.refractureRisk1y;
	out[2] = late;
	out[3] = late;
	out[4] = late;
	return out;
}

/** Refracture risk in each year the data cover (fillRefractureRisk), as a list. */
export function annualRefractureRisk(f: RiskInputs): number[] {
	return Array.from(fillRefractureRisk(f, new Float64Array(RISK_YEARS)));
}

/** The FLS figures the averted fractures are worked out from. */
export type AvertInputs = RiskInputs &
	Pick<Scenario['fls'], 'effectYears' | 'hipShare' | 'vertebralShare' | 'rrrHip' | 'rrrVertebral' | 'rrrOther' | 'drugCostPerTreatedPerYearGbp'>;

/**
 * Fractures averted by site in years 0 to `years` - 1, from the extra patients on treatment by
 * year: each year t's extra treated avert, in year t + k for k from 0 to min(5, effect years) - 1
 * (the index year counts as year 1) and inside the horizon,
 *   hip       = extra(t) x risk(k) x hip share x hip risk reduction
 *   vertebral = extra(t) x risk(k) x vertebral share x vertebral risk reduction
 *   other     = extra(t) x risk(k) x max(0, 1 - hip share - vertebral share) x other risk reduction
 * and their drugs cost extra(t) x drug cost a year in each of those years. `hip`, `vertebral` and
 * `other` are written (from 0); the drug cost is added to what `drugCost` holds. Cohorts are added
 * in year order, then k in order. `risk` (RISK_YEARS long) is work space for fillRefractureRisk.
 * Allocates nothing: the engine calls it once per option in every Monte Carlo iteration.
 */
export function addFracturesAverted(
	f: AvertInputs,
	extraTreated: ArrayLike<number>,
	years: number,
	risk: Float64Array,
	hip: Float64Array,
	vertebral: Float64Array,
	other: Float64Array,
	drugCost: Float64Array
): void {
	const riskYears = Math.min(RISK_YEARS, f.effectYears);
	fillRefractureRisk(f, risk);
	const otherShare = Math.max(0, 1 - f.hipShare - f.vertebralShare);
	hip.fill(0, 0, years);
	vertebral.fill(0, 0, years);
	other.fill(0, 0, years);
	for (let y = 0; y < years; y++) {
		const extra = extraTreated[y] as number;
		for (let k = 0; k < riskYears && y + k < years; k++) {
			const risky = risk[k] as number;
			const j = y + k;
			hip[j] = (hip[j] as number) + extra * risky * f.hipShare * f.rrrHip;
			vertebral[j] = (vertebral[j] as number) + extra * risky * f.vertebralShare * f.rrrVertebral;
			other[j] = (other[j] as number) + extra * risky * otherShare * f.rrrOther;
			drugCost[j] = (drugCost[j] as number) + extra * f.drugCostPerTreatedPerYearGbp;
		}
	}
}

type Valuation = Pick<Scenario['fls'], 'hipFractureCostGbp' | 'vertebralFractureCostGbp' | 'otherFractureCostGbp' | 'hipQalyLoss' | 'vertebralQalyLoss' | 'otherQalyLoss'>;

/** Costs avoided by a year's averted fractures: hip x hip cost + vertebral x vertebral cost + other x other cost. */
export function fractureCostsAvoided(f: Valuation, hip: number, vertebral: number, other: number): number {
	return hip * f.hipFractureCostGbp + vertebral * f.vertebralFractureCostGbp + other * f.otherFractureCostGbp;
}

/** QALYs gained from a year's averted fractures: hip x hip QALY loss + vertebral x vertebral loss + other x other loss. */
export function fractureQalysGained(f: Valuation, hip: number, vertebral: number, other: number): number {
	return hip * f.hipQalyLoss + vertebral * f.vertebralQalyLoss + other * f.otherQalyLoss;
}
