/**
 * The decision in plain view: the figures a board asks for beside the ranking, worked out from the
 * appraisal's own results (no second run of the engine, no formatting):
 *
 * - who bears the net present cost: the organisation (capital, revenue, optimism bias, less
 *   residual value) and patients (their travel, when the scenario counts it), each the sum of the
 *   year's cost x the year's discount factor, so the two add up to the option's NPC;
 * - affordability against business as usual, in cash as budgets see it (before optimism bias and
 *   without patients' travel): the extra revenue a year (the difference in revenue over the horizon
 *   divided by its years) and the extra capital over the horizon;
 * - how much of the social benefit is the money value of QALYs (the rest is fracture costs
 *   avoided), and the net present social value without it (the net present value).
 *
 * Pure: results in, numbers out. Shown by the comparison, the dashboard and the business case
 * through src/lib/present/decision.ts.
 */
import type { AppraisalResult, OptionResult } from './results';

export interface OptionDecision {
	optionId: string;
	/** Net present cost borne by the organisation: sum of (total - patients' travel) x discount factor. */
	organisationNpcGbp: number;
	/** Net present cost of patients' travel: sum of travel x discount factor (0 when not counted). */
	patientTravelNpcGbp: number;
	/** Extra revenue a year against business as usual, averaged over the horizon; null for business as usual itself or when there is none. */
	extraRevenuePerYearGbp: number | null;
	/** Extra capital over the horizon against business as usual (replacements included); null as above. */
	extraCapitalGbp: number | null;
	/** Money value of QALYs gained plus fracture costs avoided, both present values. */
	socialBenefitsGbp: number;
	/** Share of those benefits that is the money value of QALYs; null when there are no benefits. */
	qalyShareOfBenefits: number | null;
	/** Net present social value without the QALYs' money value: fracture costs avoided less NPC. */
	npsvWithoutQalysGbp: number;
}

export interface Decision {
	/** The business-as-usual option the affordability is measured against, if the scenario has one. */
	baselineId: string | null;
	options: OptionDecision[];
}

function sumDiscounted(o: OptionResult, value: (y: OptionResult['cashFlows'][number]) => number): number {
	let s = 0;
	for (const y of o.cashFlows) s += value(y) * y.discountFactor;
	return s;
}

export function optionDecision(o: OptionResult, baseline: OptionResult | undefined, horizonYears: number): OptionDecision {
	const s = o.summary;
	const compared = baseline && baseline.id !== o.id && horizonYears > 0 ? baseline : undefined;
	const benefits = s.pvBenefitsGbp + s.pvQalyValueGbp;
	return {
		optionId: o.id,
		organisationNpcGbp: sumDiscounted(o, (y) => y.total - y.patientTravel),
		patientTravelNpcGbp: sumDiscounted(o, (y) => y.patientTravel),
		extraRevenuePerYearGbp: compared ? (s.revenueTotalGbp - compared.summary.revenueTotalGbp) / horizonYears : null,
		extraCapitalGbp: compared ? s.capitalTotalGbp - compared.summary.capitalTotalGbp : null,
		socialBenefitsGbp: benefits,
		qalyShareOfBenefits: benefits > 0 ? s.pvQalyValueGbp / benefits : null,
		npsvWithoutQalysGbp: s.pvBenefitsGbp - s.netPresentCostGbp
	};
}

export function decision(r: AppraisalResult): Decision {
	const baseline = r.options.find((o) => o.businessAsUsual);
	return { baselineId: baseline?.id ?? null, options: r.options.map((o) => optionDecision(o, baseline, r.horizonYears)) };
}
