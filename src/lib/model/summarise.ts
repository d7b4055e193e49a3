import type { Scenario, Option } from './schema/scenario';
import type { OptionSummary } from './results';
import type { Arena } from './arena';

/** Weighted non-financial score on a 0-10 scale: sum(weight x score) / sum(weight). Unscored criteria count 0. */
export function weightedScore(s: Scenario, option: Option): number {
	const criteria = s.appraisal.criteria;
	// Indexed loops: for..of makes an iterator object on every call (once per option per Monte Carlo iteration).
	let total = 0;
	for (let i = 0; i < criteria.length; i++) total += (criteria[i] as (typeof criteria)[number]).weight;
	if (total <= 0) return 0;
	let score = 0;
	for (let i = 0; i < criteria.length; i++) {
		const c = criteria[i] as (typeof criteria)[number];
		score += c.weight * (option.scores[c.id] ?? 0);
	}
	return score / total;
}

/** Sum of the first n cells, in order from 0. */
function sum(a: Float64Array, n: number): number {
	let t = 0;
	for (let i = 0; i < n; i++) t += a[i] as number;
	return t;
}

/** A summary with every field in its place (the order the results show them in), to be filled by summarise(). */
function blankSummary(): OptionSummary {
	return {
		netPresentCostGbp: 0,
		pvBenefitsGbp: 0,
		discountedQalys: 0,
		pvQalyValueGbp: 0,
		netPresentValueGbp: 0,
		netPresentSocialValueGbp: 0,
		incrementalNpcVsBauGbp: 0,
		equivalentAnnualCostGbp: 0,
		costPerScanGbp: null,
		capitalTotalGbp: 0,
		revenueTotalGbp: 0,
		scansDelivered: 0,
		averageCapacity: 0,
		maxCapacityGap: 0,
		finalYearCapacityGap: 0,
		endListSize: 0,
		endEstimatedWaitWeeks: null,
		backlogClearsMonth: null,
		averageFundedWte: 0,
		fracturesAverted: 0,
		weightedScore: 0,
		meetsDemand: false,
		rank: 0
	};
}

/**
 * One option's summary, read from the series the kernel filled (Green Book appraisal measures):
 * net present cost NPC = sum of discounted cash flows; PV of cash-releasing benefits (fracture
 * costs avoided); discounted QALYs and their value at the value of a QALY; net present value =
 * PV benefits - NPC; net present social value = PV benefits + QALY value - NPC; equivalent annual
 * cost = NPC / annuity factor; cost per scan = NPC / discounted scans delivered; and the capacity,
 * waiting-list, staffing and FLS figures the comparison shows. The comparison with business as
 * usual and the rank are written by the appraisal once every option is summarised. Given `into`
 * (a summary of an earlier call), every field of it is overwritten and it is returned: the Monte
 * Carlo analysis refills the same summaries every iteration instead of making new ones.
 */
export function summarise(s: Scenario, option: Option, a: Arena, into: OptionSummary = blankSummary()): OptionSummary {
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
	into.netPresentCostGbp = npc;
	into.pvBenefitsGbp = pvBenefits;
	into.discountedQalys = discountedQalys;
	into.pvQalyValueGbp = pvQalyValue;
	into.netPresentValueGbp = pvBenefits - npc;
	into.netPresentSocialValueGbp = pvBenefits + pvQalyValue - npc;
	into.incrementalNpcVsBauGbp = 0;
	into.equivalentAnnualCostGbp = npc / a.discount.annuity;
	into.costPerScanGbp = pvScans > 0 ? npc / pvScans : null;
	into.capitalTotalGbp = sum(a.cashFlows.capitalTotal, H);
	into.revenueTotalGbp = sum(a.cashFlows.revenueTotal, H);
	into.scansDelivered = sum(a.delivered, H);
	into.averageCapacity = sum(a.capacity.total, H) / H;
	into.maxCapacityGap = maxGap;
	into.finalYearCapacityGap = a.gap[H - 1] as number;
	into.endListSize = a.waiting.endListSize;
	into.endEstimatedWaitWeeks = finalWait;
	into.backlogClearsMonth = a.waiting.backlogClearsMonth < 0 ? null : a.waiting.backlogClearsMonth;
	into.averageFundedWte = sum(a.staffing.totalFundedWte, H) / H;
	into.fracturesAverted = (fls ? fls.totals.avertedHip + fls.totals.avertedVertebral + fls.totals.avertedOther : 0) + (vfa ? sum(vfa.byYear.avertedHip, H) + sum(vfa.byYear.avertedVertebral, H) + sum(vfa.byYear.avertedOther, H) : 0);
	into.weightedScore = weightedScore(s, option);
	into.meetsDemand = finalWait !== null && finalWait <= s.demand.waitStandardWeeks;
	into.rank = 0;
	return into;
}
