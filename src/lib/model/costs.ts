import type { Scenario } from './schema/scenario';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from './schema/costs';
import type { EffectiveService } from './effective';
import type { CashFlowYear } from './results';
import { discountFactor } from './discount';
import { costLedger, rowRecord, rowSum, NC, NR, type CostInputs, type CostLedger } from './costLedger';
import { newReferrals, PopulationTerms } from './demand';

export type { CostInputs } from './costLedger';

/**
 * Each locality's share of new referrals in each year: newReferrals(locality) / newReferrals(all);
 * all zeroes in a year with no referrals. It does not depend on the option.
 */
export function travelShares(s: Scenario, cache: PopulationTerms = new PopulationTerms()): number[][] {
	return Array.from({ length: s.horizonYears }, (_, y) => {
		const all = newReferrals(s, y, undefined, cache);
		return s.catchment.localities.map((l) => (all <= 0 ? 0 : newReferrals(s, y, l.id, cache) / all));
	});
}

/**
 * One patient's journey cost from each locality under the option (same order as the localities):
 * the option's journey for the share of patients it moves, the locality's own for the rest. It
 * does not depend on the year, so it is worked out once per option.
 */
export function journeyCosts(s: Scenario, svc: EffectiveService): Float64Array {
	const t = s.costs.patientTravel;
	const localities = s.catchment.localities;
	const out = new Float64Array(localities.length);
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		const change = svc.option.travel.find((c) => c.localityId === l.id);
		const base = journeyCost(t, l.returnTravelMiles, l.travelMinutes);
		out[i] = change ? (1 - change.shareOfPatients) * base + change.shareOfPatients * journeyCost(t, change.returnTravelMiles, change.travelMinutes) : base;
	}
	return out;
}

/**
 * Patient travel cost a year (societal perspective): for each locality, its share of demand x
 * (return miles x cost per mile + minutes / 60 x value of time), using the option's journey for
 * the share of patients it moves.
 */
export function patientTravelCost(s: Scenario, svc: EffectiveService, yearIndex: number, demand: number, shares?: readonly number[], costs: Float64Array = journeyCosts(s, svc)): number {
	const all = shares ? 1 : newReferrals(s, yearIndex);
	if (all <= 0) return 0;
	let total = 0;
	const localities = s.catchment.localities;
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		const share = shares ? (shares[i] as number) : newReferrals(s, yearIndex, l.id) / all;
		total += demand * share * (costs[i] as number);
	}
	return total;
}

/** One patient's return journey: miles x cost per mile + minutes / 60 x value of an hour. */
function journeyCost(t: Scenario['costs']['patientTravel'], miles: number, minutes: number): number {
	return miles * t.costPerMileGbp + (minutes / 60) * t.valueOfTimePerHourGbp;
}

/** Discount factor of each year of the horizon (discountFactor), worked out once per appraisal. */
export function discountFactors(s: Scenario): Float64Array {
	const { discountRate, discountRateLong } = s.appraisal;
	const out = new Float64Array(s.horizonYears);
	for (let y = 0; y < out.length; y++) out[y] = discountFactor(y, discountRate, discountRateLong);
	return out;
}

/** The figures of one year that follow from its category amounts (shared by cashFlows and cashFlowTotals). */
function yearTotals(s: Scenario, svc: EffectiveService, input: CostInputs, ledger: ReturnType<typeof costLedger>, travelCosts: Float64Array | null, y: number) {
	const { discountRate, discountRateLong, optimismBiasCapital, optimismBiasRevenue } = s.appraisal;
	const capitalTotal = rowSum(ledger.capital, y, NC);
	const revenueTotal = rowSum(ledger.revenue, y, NR);
	const obCap = capitalTotal * optimismBiasCapital;
	const obRev = revenueTotal * optimismBiasRevenue;
	const travel = travelCosts ? patientTravelCost(s, svc, y, input.demand[y] ?? 0, input.travelShares?.[y], travelCosts) : 0;
	const res = ledger.residual[y] as number;
	const total = capitalTotal + revenueTotal + obCap + obRev + travel - res;
	const df = input.discountFactors?.[y] ?? discountFactor(y, discountRate, discountRateLong);
	return { capitalTotal, revenueTotal, obCap, obRev, travel, res, total, df };
}

/**
 * Cash flows by year and category, in real prices at the price base year (costLedger lists what
 * goes in each category). Optimism bias uplifts capital and revenue. Total = capital + revenue +
 * optimism bias + patient travel (if included) - residual value; discounted by the Green Book factor.
 */
export function cashFlows(s: Scenario, svc: EffectiveService, input: CostInputs): CashFlowYear[] {
	const ledger = costLedger(s, svc, input);
	const travelCosts = s.costs.patientTravel.include ? journeyCosts(s, svc) : null;
	return Array.from({ length: s.horizonYears }, (_, y) => {
		const t = yearTotals(s, svc, input, ledger, travelCosts, y);
		return {
			yearIndex: y,
			year: s.startYear + y,
			capital: rowRecord(ledger.capital, y, CAPITAL_CATEGORIES),
			revenue: rowRecord(ledger.revenue, y, REVENUE_CATEGORIES),
			capitalTotal: t.capitalTotal,
			revenueTotal: t.revenueTotal,
			optimismBiasCapital: t.obCap,
			optimismBiasRevenue: t.obRev,
			residualValue: t.res,
			patientTravel: t.travel,
			total: t.total,
			discountFactor: t.df,
			discounted: t.total * t.df
		};
	});
}

/**
 * What the summary needs from the cash flows, without the year records: the discounted total and
 * the capital and revenue totals, each summed in year order from 0, exactly as over cashFlows().
 */
const scratchLedger: CostLedger = { capital: new Float64Array(0), revenue: new Float64Array(0), residual: new Float64Array(0) };

export function cashFlowTotals(s: Scenario, svc: EffectiveService, input: CostInputs): { discounted: number; capital: number; revenue: number } {
	// The ledger is read here and dropped, so one set of arrays serves every call (calls never overlap).
	const ledger = costLedger(s, svc, input, scratchLedger);
	const travelCosts = s.costs.patientTravel.include ? journeyCosts(s, svc) : null;
	let discounted = 0;
	let capital = 0;
	let revenue = 0;
	for (let y = 0; y < s.horizonYears; y++) {
		const t = yearTotals(s, svc, input, ledger, travelCosts, y);
		discounted += t.total * t.df;
		capital += t.capitalTotal;
		revenue += t.revenueTotal;
	}
	return { discounted, capital, revenue };
}
