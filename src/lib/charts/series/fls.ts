import type { AppraisalResult } from '../../model/results';
import { selectOptions, type OptionRef } from './select';
import { FRACTURE_SITE_LABELS } from '../../present/labels';

export type FractureSite = keyof typeof FRACTURE_SITE_LABELS;
export const FRACTURE_SITES: readonly FractureSite[] = ['hip', 'vertebral', 'other'];

export interface FlsOption extends OptionRef {
	/** Fractures averted over the horizon by site (`fls.totals.averted*`). */
	averted: Record<FractureSite, number>;
	/** All sites (`summary.fracturesAverted`). */
	totalAverted: number;
	/** Fracture costs avoided over the horizon, undiscounted GBP (`fls.totals.costsAvoidedGbp`). */
	costsAvoidedGbp: number;
	/** Present value of the costs avoided (`fls.pvCostsAvoidedGbp`). */
	pvCostsAvoidedGbp: number;
	/** FLS cost over the horizon, undiscounted GBP (`fls.totals.flsCostGbp`). */
	flsCostGbp: number;
}

export interface FlsSeries {
	sites: { key: FractureSite; label: string }[];
	/** Only the selected options that run a fracture liaison service. */
	options: FlsOption[];
	horizonYears: number;
}

/** Fractures averted by site and fracture costs avoided, for each selected option with an FLS. */
export function flsSeries(result: AppraisalResult, optionIds?: readonly string[]): FlsSeries {
	const options: FlsOption[] = [];
	for (const { option, ref } of selectOptions(result, optionIds)) {
		const fls = option.fls;
		if (!option.hasFls || !fls) continue;
		options.push({
			...ref,
			averted: { hip: fls.totals.avertedHip, vertebral: fls.totals.avertedVertebral, other: fls.totals.avertedOther },
			totalAverted: option.summary.fracturesAverted,
			costsAvoidedGbp: fls.totals.costsAvoidedGbp,
			pvCostsAvoidedGbp: fls.pvCostsAvoidedGbp,
			flsCostGbp: fls.totals.flsCostGbp
		});
	}
	return { sites: FRACTURE_SITES.map((key) => ({ key, label: FRACTURE_SITE_LABELS[key] })), options, horizonYears: result.horizonYears };
}
