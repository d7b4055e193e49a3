import type { AppraisalResult, OptionResult } from '$lib/model';
import { SUMMARY_LABELS, clearsMonth, count, decimal, financialYear, gbp, gbpShort, plural, smallCount, weeks } from '$lib/present';

/**
 * A headline figure read from an option's summary. The value carries its unit ("0.0 weeks",
 * "12.6 WTE", "£6.89m"), so a tile read on its own on a slide is never a bare number; `basis`
 * says how it is measured.
 */
export interface Kpi {
	id: string;
	label: string;
	value: (o: OptionResult, r: AppraisalResult) => string;
	basis: (r: AppraisalResult) => string;
	/** Lower is better (costs, waits) or higher is better (capacity, fractures averted). */
	better?: 'lower' | 'higher';
}

const L = SUMMARY_LABELS;
const over = (r: AppraisalResult) => `over ${plural(r.horizonYears, 'year')}`;

export const KPIS: Kpi[] = [
	{ id: 'npc', label: L.netPresentCostGbp.label, value: (o) => gbpShort(o.summary.netPresentCostGbp), basis: (r) => `present value ${over(r)}, ${r.priceBaseYear} prices`, better: 'lower' },
	{ id: 'capacity', label: L.averageCapacity.label, value: (o) => `${count(o.summary.averageCapacity)} scans a year`, basis: (r) => `average ${over(r)}`, better: 'higher' },
	{ id: 'list', label: L.endListSize.label, value: (o) => plural(Math.round(o.summary.endListSize), 'patient'), basis: (r) => `waiting at the end of ${financialYear(r.startYear + r.horizonYears - 1)}`, better: 'lower' },
	{ id: 'wait', label: L.endEstimatedWaitWeeks.label, value: (o) => weeks(o.summary.endEstimatedWaitWeeks), basis: (r) => `against the ${r.options[0]?.waitingList.standardWeeks ?? 6}-week standard`, better: 'lower' },
	{ id: 'clears', label: L.backlogClearsMonth.label, value: (o, r) => clearsMonth(r.startYear, o.summary.backlogClearsMonth), basis: () => 'and stays within it to the end' },
	{ id: 'wte', label: L.averageFundedWte.label, value: (o) => `${decimal(o.summary.averageFundedWte, 1)} WTE`, basis: () => 'whole-time equivalents, with the leave allowance' },
	{ id: 'capital', label: L.capitalTotalGbp.label, value: (o) => gbpShort(o.summary.capitalTotalGbp), basis: (r) => `undiscounted ${over(r)}, replacements included`, better: 'lower' },
	{ id: 'costPerScan', label: L.costPerScanGbp.label, value: (o) => gbp(o.summary.costPerScanGbp), basis: () => 'net present cost / discounted scans', better: 'lower' },
	{ id: 'fractures', label: L.fracturesAverted.label, value: (o) => `${smallCount(o.summary.fracturesAverted)} fractures`, basis: (r) => over(r), better: 'higher' },
	{ id: 'score', label: L.weightedScore.label, value: (o) => `${decimal(o.summary.weightedScore, 1)} out of 10`, basis: () => 'weighted against the criteria', better: 'higher' }
];
