import type { Scenario } from './schema/scenario';
import type { DiscountSeries } from './discount';
import { NC, NR, rowSum, type CostLedger } from './costLedger';
import { CAPITAL_CATEGORIES, EQUIPMENT_CAPITAL } from './schema/lists';
import { ownBuffers, type Alloc } from './slab';

/** Whether each capital category (in CAPITAL_CATEGORIES order) is equipment for optimism bias. */
const IS_EQUIPMENT = CAPITAL_CATEGORIES.map((c) => EQUIPMENT_CAPITAL.includes(c));

/**
 * The option's cash flows by year: capital and revenue totals, optimism bias on each, patient
 * travel (when the appraisal includes it), residual value, the year's total, and discounted.
 */
export interface CashFlowSeries {
	capitalTotal: Float64Array;
	revenueTotal: Float64Array;
	optimismBiasCapital: Float64Array;
	optimismBiasRevenue: Float64Array;
	patientTravel: Float64Array;
	total: Float64Array;
	discounted: Float64Array;
	/** Work space: each capital category's optimism bias rate (equipment or estates), in CAPITAL_CATEGORIES order. */
	capitalRate: Float64Array;
}

export function newCashFlowSeries(years: number, m: Alloc = ownBuffers()): CashFlowSeries {
	const y = () => m.f64(years);
	return { capitalTotal: y(), revenueTotal: y(), optimismBiasCapital: y(), optimismBiasRevenue: y(), patientTravel: y(), total: y(), discounted: y(), capitalRate: m.f64(NC) };
}

/**
 * Cash flows by year from the ledger. Optimism bias uplifts capital and revenue: equipment capital
 * (scanner, vehicle, IT) by the equipment rate, estates capital (installation, room works, other)
 * by the estates rate, each category in the ledger's order, and revenue by the revenue rate. Patient travel
 * (societal perspective) = the year's cost of the journeys to scans delivered, from the access
 * stage (patientAccess.ts). Total = capital + revenue + optimism bias + patient travel - residual value; discounted by
 * the Green Book factor.
 */
export function fillCashFlows(s: Scenario, ledger: CostLedger, travelCost: ArrayLike<number>, discount: DiscountSeries, out: CashFlowSeries): void {
	const H = s.horizonYears;
	const { optimismBiasCapital, optimismBiasEquipment, optimismBiasRevenue } = s.appraisal;
	const travel = s.costs.patientTravel.include;
	// Each category's rate picked once per option rather than once per year.
	const rate = out.capitalRate;
	for (let c = 0; c < NC; c++) rate[c] = IS_EQUIPMENT[c] ? optimismBiasEquipment : optimismBiasCapital;
	const capital = ledger.capital;
	for (let y = 0; y < H; y++) {
		const capitalTotal = rowSum(capital, y, NC);
		const revenueTotal = rowSum(ledger.revenue, y, NR);
		let obCap = 0;
		for (let c = 0; c < NC; c++) obCap += (capital[y * NC + c] as number) * (rate[c] as number);
		const obRev = revenueTotal * optimismBiasRevenue;
		const patientTravel = travel ? (travelCost[y] as number) : 0;
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
