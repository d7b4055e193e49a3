import type { OptionResult } from '$lib/model';
import { count, gbp, gbpShort, oneDp, twoDp, monthLabel } from './format';

/** A headline figure read from an option's summary, with how to show it. */
export interface Kpi {
	id: string;
	label: string;
	unit: string;
	value: (o: OptionResult, startYear: number) => string;
	/** Lower is better (costs, waits) or higher is better (capacity, fractures averted). */
	better?: 'lower' | 'higher';
}

export const KPIS: Kpi[] = [
	{ id: 'npc', label: 'Net present cost', unit: 'GBP, discounted', value: (o) => gbpShort(o.summary.netPresentCostGbp), better: 'lower' },
	{ id: 'capacity', label: 'Average capacity', unit: 'scans a year', value: (o) => count(o.summary.averageCapacity), better: 'higher' },
	{ id: 'list', label: 'Waiting list at the end', unit: 'patients', value: (o) => count(o.summary.endListSize), better: 'lower' },
	{ id: 'wait', label: 'Estimated wait at the end', unit: 'weeks', value: (o) => oneDp(o.summary.endEstimatedWaitWeeks), better: 'lower' },
	{ id: 'clears', label: 'Wait within standard from', unit: '', value: (o, y) => monthLabel(o.summary.backlogClearsMonth, y) },
	{ id: 'wte', label: 'Staff (average funded)', unit: 'WTE', value: (o) => twoDp(o.summary.averageFundedWte) },
	{ id: 'capital', label: 'Capital', unit: 'GBP, undiscounted', value: (o) => gbpShort(o.summary.capitalTotalGbp), better: 'lower' },
	{ id: 'costPerScan', label: 'Cost per scan', unit: 'GBP, NPC / discounted scans', value: (o) => gbp(o.summary.costPerScanGbp), better: 'lower' },
	{ id: 'fractures', label: 'Fractures averted', unit: 'over the horizon', value: (o) => oneDp(o.summary.fracturesAverted), better: 'higher' },
	{ id: 'score', label: 'Non-financial score', unit: 'weighted, out of 10', value: (o) => oneDp(o.summary.weightedScore), better: 'higher' }
];
