import type { OptionResult } from '$lib/model';
import { count, gbp, oneDp, twoDp, monthLabel } from '$lib/components/format';

/** A row of the option comparison: a figure from each option's summary, formatted. */
export interface Metric {
	label: string;
	unit: string;
	value: (o: OptionResult, startYear: number) => string;
}

export const METRICS: Metric[] = [
	{ label: 'Average capacity', unit: 'scans a year', value: (o) => count(o.summary.averageCapacity) },
	{ label: 'Largest shortfall (demand − capacity)', unit: 'scans a year; negative is spare', value: (o) => count(o.summary.maxCapacityGap) },
	{ label: 'Meets demand', unit: '', value: (o) => (o.summary.meetsDemand ? 'Yes' : 'No') },
	{ label: 'Waiting list at the end', unit: 'patients', value: (o) => count(o.summary.endListSize) },
	{ label: 'Estimated wait at the end', unit: 'weeks', value: (o) => oneDp(o.summary.endEstimatedWaitWeeks) },
	{ label: 'Wait within standard from', unit: '', value: (o, y) => monthLabel(o.summary.backlogClearsMonth, y) },
	{ label: 'Staff (average funded)', unit: 'WTE', value: (o) => twoDp(o.summary.averageFundedWte) },
	{ label: 'Capital', unit: 'GBP, undiscounted', value: (o) => gbp(o.summary.capitalTotalGbp) },
	{ label: 'Revenue', unit: 'GBP, undiscounted, whole horizon', value: (o) => gbp(o.summary.revenueTotalGbp) },
	{ label: 'Net present cost', unit: 'GBP', value: (o) => gbp(o.summary.netPresentCostGbp) },
	{ label: 'Extra NPC over business as usual', unit: 'GBP', value: (o) => gbp(o.summary.incrementalNpcVsBauGbp) },
	{ label: 'Equivalent annual cost', unit: 'GBP a year', value: (o) => gbp(o.summary.equivalentAnnualCostGbp) },
	{ label: 'Cost per scan', unit: 'GBP', value: (o) => gbp(o.summary.costPerScanGbp) },
	{ label: 'Fractures averted', unit: 'over the horizon', value: (o) => oneDp(o.summary.fracturesAverted) },
	{ label: 'Fracture costs avoided', unit: 'GBP, present value', value: (o) => gbp(o.summary.pvBenefitsGbp) },
	{ label: 'QALYs gained', unit: 'discounted', value: (o) => oneDp(o.summary.discountedQalys) },
	{ label: 'Net present social value', unit: 'GBP', value: (o) => gbp(o.summary.netPresentSocialValueGbp) },
	{ label: 'Non-financial score', unit: 'weighted, out of 10', value: (o) => oneDp(o.summary.weightedScore) },
	{ label: 'Rank', unit: '', value: (o) => String(o.summary.rank) }
];
