import type { Scenario } from './schema/scenario';
import type { EffectiveService } from './effective';
import type { DemandSeries } from './demand';
import type { DiscountSeries } from './discount';
import { NC, NR, rowSum, type CostLedger } from './costLedger';
import { CAPITAL_CATEGORIES, EQUIPMENT_CAPITAL } from './schema/costs';

/** Whether each capital category (in CAPITAL_CATEGORIES order) is equipment for optimism bias. */
const IS_EQUIPMENT = CAPITAL_CATEGORIES.map((c) => EQUIPMENT_CAPITAL.includes(c));

/** One patient's return journey: miles x cost per mile + minutes / 60 x value of an hour. */
export function journeyCost(t: Scenario['costs']['patientTravel'], miles: number, minutes: number): number {
	return miles * t.costPerMileGbp + (minutes / 60) * t.valueOfTimePerHourGbp;
}

/**
 * The option's cash flows by year: capital and revenue totals, optimism bias on each, patient
 * travel (when the appraisal includes it), residual value, the year's total, and discounted.
 * Also each locality's journey cost under the option.
 */
export interface CashFlowSeries {
	journeyCost: Float64Array;
	capitalTotal: Float64Array;
	revenueTotal: Float64Array;
	optimismBiasCapital: Float64Array;
	optimismBiasRevenue: Float64Array;
	patientTravel: Float64Array;
	total: Float64Array;
	discounted: Float64Array;
}

export function newCashFlowSeries(years: number, localities: number): CashFlowSeries {
	const y = () => new Float64Array(years);
	return { journeyCost: new Float64Array(localities), capitalTotal: y(), revenueTotal: y(), optimismBiasCapital: y(), optimismBiasRevenue: y(), patientTravel: y(), total: y(), discounted: y() };
}

/**
 * One patient's journey cost from each locality under the option: the option's journey for the
 * share of patients it moves, the locality's own for the rest.
 */
function fillJourneyCosts(s: Scenario, svc: EffectiveService, out: Float64Array): void {
	const t = s.costs.patientTravel;
	const localities = s.catchment.localities;
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		const change = svc.option.travel.find((c) => c.localityId === l.id);
		const base = journeyCost(t, l.returnTravelMiles, l.travelMinutes);
		out[i] = change ? (1 - change.shareOfPatients) * base + change.shareOfPatients * journeyCost(t, change.returnTravelMiles, change.travelMinutes) : base;
	}
}

/**
 * Cash flows by year from the ledger. Optimism bias uplifts capital and revenue: equipment capital
 * (scanner, vehicle, IT) by the equipment rate, estates capital (installation, room works, other)
 * by the estates rate, each category in the ledger's order, and revenue by the revenue rate. Patient travel
 * (societal perspective) = for each locality, demand x its share of new referrals x its journey
 * cost. Total = capital + revenue + optimism bias + patient travel - residual value; discounted by
 * the Green Book factor.
 */
export function fillCashFlows(s: Scenario, svc: EffectiveService, ledger: CostLedger, demandTotal: ArrayLike<number>, demand: DemandSeries, discount: DiscountSeries, out: CashFlowSeries): void {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const { optimismBiasCapital, optimismBiasEquipment, optimismBiasRevenue } = s.appraisal;
	const travel = s.costs.patientTravel.include;
	if (travel) fillJourneyCosts(s, svc, out.journeyCost);
	for (let y = 0; y < H; y++) {
		const capitalTotal = rowSum(ledger.capital, y, NC);
		const revenueTotal = rowSum(ledger.revenue, y, NR);
		let obCap = 0;
		for (let c = 0; c < NC; c++) obCap += (ledger.capital[y * NC + c] as number) * (IS_EQUIPMENT[c] ? optimismBiasEquipment : optimismBiasCapital);
		const obRev = revenueTotal * optimismBiasRevenue;
		let patientTravel = 0;
		if (travel) {
			for (let i = 0; i < L; i++) patientTravel += (demandTotal[y] as number) * (demand.localityShare[y * L + i] as number) * (out.journeyCost[i] as number);
		}
		const total = capitalTotal + revenueTotal + obCap + obRev + patientTravel - (ledger.residual[y] as number);
		out.capitalTotal[y] = capitalTotal;
		out.revenueTotal[y] = revenueTotal;
		out.optimismBiasCapital[y] = obCap;
		out.optimismBiasRevenue[y] = obRev;
		out.patientTravel[y] = patientTravel;
		out.total[y] = total;
		out.discounted[y] = total * (discount.factor[y] as number);
	}
}
