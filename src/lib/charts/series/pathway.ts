import type { AppraisalResult } from '../../model/results';
import { selectOptions, type OptionRef } from './select';

/** The steps of the pathway the flow chart shows, in the patient's order. */
export const PATHWAY_STEPS = [
	{ key: 'referred', label: 'Referred in the period' },
	{ key: 'scanned', label: 'Scanned' },
	{ key: 'vfaScans', label: 'Scans with VFA' },
	{ key: 'fracturesFound', label: 'Vertebral fractures found' },
	{ key: 'treatmentRecommended', label: 'Treatment recommended' },
	{ key: 'onwardReferrals', label: 'Onward referrals' }
] as const;

export type PathwayStep = (typeof PATHWAY_STEPS)[number]['key'];

export interface PathwayOption extends OptionRef {
	/** Totals over the horizon for each step (the engine's `pathway.byYear`, summed in year order). */
	steps: Record<PathwayStep, number>;
	vfaShare: number;
	oneStopVisits: number;
	recallVisits: number;
	reports: number;
	reportingHours: number;
	fracturesAverted: number;
	countedInAppraisal: boolean;
}

export interface PathwaySeriesData {
	steps: { key: PathwayStep; label: string }[];
	options: PathwayOption[];
	/** The largest value of each step across the options (each step's bars are scaled to it). */
	stepMax: Record<PathwayStep, number>;
	horizonYears: number;
}

/** Each selected option's pathway over the horizon, step by step. */
export function pathwaySeries(result: AppraisalResult, optionIds?: readonly string[]): PathwaySeriesData {
	const options: PathwayOption[] = selectOptions(result, optionIds).map(({ option, ref }) => {
		const p = option.pathway;
		const referred = p.byYear.reduce((t, y) => t + y.referred, 0);
		return {
			...ref,
			steps: { referred, scanned: p.totals.scanned, vfaScans: p.totals.vfaScans, fracturesFound: p.totals.fracturesFound, treatmentRecommended: p.totals.treatmentRecommended, onwardReferrals: p.totals.onwardReferrals },
			vfaShare: p.vfaShare,
			oneStopVisits: p.totals.oneStopVisits,
			recallVisits: p.totals.recallVisits,
			reports: p.totals.reports,
			reportingHours: p.totals.reportingHours,
			fracturesAverted: p.totals.fracturesAverted,
			countedInAppraisal: p.countedInAppraisal
		};
	});
	const stepMax = Object.fromEntries(PATHWAY_STEPS.map((s) => [s.key, Math.max(0, ...options.map((o) => o.steps[s.key]))])) as Record<PathwayStep, number>;
	return { steps: PATHWAY_STEPS.map((s) => ({ key: s.key, label: s.label })), options, stepMax, horizonYears: result.horizonYears };
}
