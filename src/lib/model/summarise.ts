import type { Scenario, Option } from './schema/scenario';
import type { OptionSummary } from './results';
import type { Arena } from './arena';

/** Weighted non-financial score on a 0-10 scale: sum(weight x score) / sum(weight). Unscored criteria count 0. */
export function weightedScore(s: Scenario, option: Option): number {
	const criteria = s.appraisal.criteria;
	let total = 0;
	for (const c of criteria) total += c.weight;
	if (total <= 0) return 0;
	let score = 0;
	for (const c of criteria) score += c.weight * (option.scores[c.id] ?? 0);
	return score / total;
}

/** Sum of the first n cells, in order from 0. */
function sum(a: Float64Array, n: number): number {
	let t = 0;
	for (let i = 0; i < n; i++) t += a[i] as number;
	return t;
}

/**
 * One option's summary, read from the series the kernel filled (Green Book appraisal measures):
 * net present cost NPC = sum of discounted cash flows; PV of cash-releasing benefits (fracture
 * costs avoided); discounted QALYs and their value at the value of a QALY; net present value =
 * PV benefits - NPC; net present social value = PV benefits + QALY value - NPC; equivalent annual
 * cost = NPC / annuity factor; cost per scan = NPC / discounted scans delivered; and the capacity,
 * waiting-list, staffing and FLS figures the comparison shows. The comparison with business as
 * usual and the rank are written by the appraisal once every option is summarised.
 */
export function summarise(s: Scenario, option: Option, a: Arena): OptionSummary {
	const H = s.horizonYears;
	const fls = a.fls.active ? a.fls : null;
	const npc = sum(a.cashFlows.discounted, H);
	let pvScans = 0;
	let maxGap = -Infinity;
	for (let y = 0; y < H; y++) {
		pvScans += (a.delivered[y] as number) * (a.discount.factor[y] as number);
		maxGap = Math.max(maxGap, a.gap[y] as number);
	}
	// The VFA's benefits (pathway.ts) count only when the scenario says so.
	const vfa = a.pathway.counted ? a.pathway : null;
	const pvBenefits = (fls ? fls.pvCostsAvoidedGbp : 0) + (vfa ? vfa.pvCostsAvoidedGbp : 0);
	const discountedQalys = (fls ? fls.discountedQalys : 0) + (vfa ? vfa.discountedQalys : 0);
	const pvQalyValue = discountedQalys * s.appraisal.valuePerQalyGbp;
	const finalWait = Number.isNaN(a.waiting.endWaitWeeks) ? null : a.waiting.endWaitWeeks;
	return {
		netPresentCostGbp: npc,
		pvBenefitsGbp: pvBenefits,
		discountedQalys,
		pvQalyValueGbp: pvQalyValue,
		netPresentValueGbp: pvBenefits - npc,
		netPresentSocialValueGbp: pvBenefits + pvQalyValue - npc,
		incrementalNpcVsBauGbp: 0,
		equivalentAnnualCostGbp: npc / a.discount.annuity,
		costPerScanGbp: pvScans > 0 ? npc / pvScans : null,
		capitalTotalGbp: sum(a.cashFlows.capitalTotal, H),
		revenueTotalGbp: sum(a.cashFlows.revenueTotal, H),
		scansDelivered: sum(a.delivered, H),
		averageCapacity: sum(a.capacity.total, H) / H,
		maxCapacityGap: maxGap,
		finalYearCapacityGap: a.gap[H - 1] as number,
		endListSize: a.waiting.endListSize,
		endEstimatedWaitWeeks: finalWait,
		backlogClearsMonth: a.waiting.backlogClearsMonth < 0 ? null : a.waiting.backlogClearsMonth,
		averageFundedWte: sum(a.staffing.totalFundedWte, H) / H,
		fracturesAverted: (fls ? fls.totals.avertedHip + fls.totals.avertedVertebral + fls.totals.avertedOther : 0) + (vfa ? sum(vfa.byYear.avertedHip, H) + sum(vfa.byYear.avertedVertebral, H) + sum(vfa.byYear.avertedOther, H) : 0),
		weightedScore: weightedScore(s, option),
		meetsDemand: finalWait !== null && finalWait <= s.demand.waitStandardWeeks,
		rank: 0
	};
}
