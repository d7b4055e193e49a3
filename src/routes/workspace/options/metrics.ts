import type { AppraisalResult, OptionResult } from '$lib/model';
import { decision, type OptionDecision } from '$lib/model/decision';
import { SUMMARY_LABELS as L, DECISION_LABELS as D, DASH, clearsMonth, count, decimal, gbp, pct, weeksValue, yesNo } from '$lib/present';

/** A row of the option comparison: a figure from each option's summary, formatted, with its label and unit from the presentation layer. */
export interface Metric {
	label: string;
	unit: string;
	value: (o: OptionResult, r: AppraisalResult) => string;
}

/** The decision's figures for one option (worked out once per result: the table asks for each cell). */
const decisions = new WeakMap<AppraisalResult, Map<string, OptionDecision>>();
function decided(o: OptionResult, r: AppraisalResult): OptionDecision | undefined {
	let m = decisions.get(r);
	if (!m) decisions.set(r, (m = new Map(decision(r).options.map((d) => [d.optionId, d]))));
	return m.get(o.id);
}

const row = (m: { label: string; unit: string }, value: Metric['value']): Metric => ({ label: m.label, unit: m.unit, value });

export const METRICS: Metric[] = [
	row(L.averageCapacity, (o) => count(o.summary.averageCapacity)),
	row(L.maxCapacityGap, (o) => count(o.summary.maxCapacityGap)),
	row(L.meetsDemand, (o) => yesNo(o.summary.meetsDemand)),
	row(L.endListSize, (o) => count(o.summary.endListSize)),
	row(L.endEstimatedWaitWeeks, (o) => weeksValue(o.summary.endEstimatedWaitWeeks)),
	row({ label: L.backlogClearsMonth.label, unit: '' }, (o, r) => clearsMonth(r.startYear, o.summary.backlogClearsMonth)),
	row(L.averageFundedWte, (o) => decimal(o.summary.averageFundedWte, 2)),
	row(L.capitalTotalGbp, (o) => gbp(o.summary.capitalTotalGbp)),
	row(L.revenueTotalGbp, (o) => gbp(o.summary.revenueTotalGbp)),
	row({ label: L.netPresentCostGbp.label, unit: 'GBP' }, (o) => gbp(o.summary.netPresentCostGbp)),
	row(D.organisationNpcGbp, (o, r) => gbp(decided(o, r)?.organisationNpcGbp)),
	row(D.patientTravelNpcGbp, (o, r) => gbp(decided(o, r)?.patientTravelNpcGbp)),
	row(D.extraCapitalGbp, (o, r) => gbp(decided(o, r)?.extraCapitalGbp)),
	row(D.extraRevenuePerYearGbp, (o, r) => gbp(decided(o, r)?.extraRevenuePerYearGbp)),
	row(L.incrementalNpcVsBauGbp, (o) => gbp(o.summary.incrementalNpcVsBauGbp)),
	row(L.equivalentAnnualCostGbp, (o) => gbp(o.summary.equivalentAnnualCostGbp)),
	row({ label: L.costPerScanGbp.label, unit: 'GBP' }, (o) => gbp(o.summary.costPerScanGbp)),
	row({ label: 'Patient journeys to scans delivered', unit: 'return journeys' }, (o) => count(o.access.totals.journeys)),
	row({ label: 'Patient travel time', unit: 'hours' }, (o) => count(o.access.totals.returnHours)),
	row({ label: 'Patient travel cost', unit: 'GBP, undiscounted' }, (o) => gbp(o.access.totals.costGbp)),
	row({ label: 'Journeys within 30 minutes', unit: 'one way' }, (o) => pct(o.access.totals.within30Share, 0)),
	row({ label: 'Journeys within 60 minutes', unit: 'one way' }, (o) => pct(o.access.totals.within60Share, 0)),
	row(L.fracturesAverted, (o) => decimal(o.summary.fracturesAverted, 1)),
	// The option's own FLS outcomes (#11): its DXA service scans FLS patients only as far as its capacity and waits allow.
	row({ label: 'FLS patients scanned', unit: 'patients' }, (o) => (o.fls ? `${count(o.fls.totals.dxaScanned)} of ${count(o.fls.totals.dxaScans)}` : DASH)),
	row({ label: 'FLS patients lost to follow-up', unit: 'patients' }, (o) => count(o.fls?.totals.lostToFollowUp)),
	row({ label: 'Hip fractures averted', unit: 'fractures' }, (o) => decimal(o.fls?.totals.avertedHip, 1)),
	row({ label: 'Bed-days avoided', unit: 'bed-days' }, (o) => count(o.fls?.totals.bedDaysAvoided)),
	row(L.pvBenefitsGbp, (o) => gbp(o.summary.pvBenefitsGbp)),
	row(L.discountedQalys, (o) => decimal(o.summary.discountedQalys, 1)),
	row(L.pvQalyValueGbp, (o) => gbp(o.summary.pvQalyValueGbp)),
	row({ label: D.qalyShareOfBenefits.label, unit: '' }, (o, r) => pct(decided(o, r)?.qalyShareOfBenefits, 1)),
	row({ label: L.netPresentSocialValueGbp.label, unit: 'GBP' }, (o) => gbp(o.summary.netPresentSocialValueGbp)),
	row(L.weightedScore, (o) => decimal(o.summary.weightedScore, 1)),
	row(L.rank, (o) => String(o.summary.rank))
];
