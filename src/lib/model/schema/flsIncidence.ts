import { z } from 'zod';
import { frac, num } from './meta';

/**
 * The second way to size the FLS cohort (issue #11): fragility fractures a year from the
 * catchment's population aged 50+ by age band and sex, times incidence per 1,000 by band and sex,
 * times the share of those fractures the FLS's remit covers. It follows the catchment's age mix
 * and its population projection, where "five times the hip fractures" stays a fixed figure scaled
 * by the 50+ population. docs/methods.md, "FLS cohort from fracture incidence".
 */

export const FLS_COHORT_METHODS = ['hipFractures', 'incidence'] as const;
export type FlsCohortMethod = (typeof FLS_COHORT_METHODS)[number];
export const FLS_COHORT_METHOD_LABELS: Record<FlsCohortMethod, string> = {
	hipFractures: 'From local hip fractures (fragility fractures per hip fracture)',
	incidence: 'From fracture incidence by age band and sex'
};

type Band50 = 'age50to64' | 'age65to74' | 'age75to84' | 'age85plus';
const BAND_LABEL: Record<Band50, string> = { age50to64: '50-64', age65to74: '65-74', age75to84: '75-84', age85plus: '85 and over' };

const CURTIS = 'Curtis et al., Epidemiology of fractures in the United Kingdom 1988-2012, Bone 2016; 87: 19-26 (CPRD): all fractures aged 50+, women 155.4 and men 71.8 per 10,000 person-years';
const RATE_SOURCE =
	`Placeholder shape scaled to a sourced total: the band tables of the CPRD papers were not available, so rates rise with age in an assumed shape (women 1 : 1.45 : 2.6 : 4.6, men 1 : 1.05 : 1.6 : 3.2 across the four bands) scaled so that England's Census 2021 population aged 50+ by band and sex gives the 50+ totals of ${CURTIS}. Replace with published band rates or local Hospital Episode Statistics`;
const CENSUS =
	'Office for National Statistics, Census 2021, England: women as a share of usual residents in the band (the regional population pyramids of "How the population changed where you live", 2022, weighted by region; src/lib/setup/ageProfiles.ts)';

/**
 * Default incidence per 1,000 a year (placeholders scaled to Curtis 2016's sourced totals; the
 * scaling is checked in test/model/flsIncidence.test.ts) and women's share of each band (Census
 * 2021, England).
 */
export const DEFAULT_INCIDENCE: Record<Band50, { women: number; men: number; femaleShare: number }> = {
	age50to64: { women: 9.34, men: 5.9, femaleShare: 0.509 },
	age65to74: { women: 13.55, men: 6.19, femaleShare: 0.518 },
	age75to84: { women: 24.29, men: 9.43, femaleShare: 0.544 },
	age85plus: { women: 42.98, men: 18.87, femaleShare: 0.627 }
};

function rate(band: Band50, sex: 'women' | 'men') {
	return num(
		{
			label: `Fractures a year per 1,000 ${sex} aged ${BAND_LABEL[band]}`,
			unit: 'per 1,000 a year',
			help: `Fragility fractures a year per 1,000 ${sex} aged ${BAND_LABEL[band]} (used when the FLS cohort is sized from fracture incidence).`,
			source: RATE_SOURCE,
			placeholder: true
		},
		{ min: 0, max: 1000, default: DEFAULT_INCIDENCE[band][sex] }
	);
}

function sexRates(sex: 'women' | 'men') {
	return z
		.object({ age50to64: rate('age50to64', sex), age65to74: rate('age65to74', sex), age75to84: rate('age75to84', sex), age85plus: rate('age85plus', sex) })
		.strict();
}

function femaleShare(band: Band50) {
	return frac(
		{ label: `Women among the catchment aged ${BAND_LABEL[band]}`, help: `Share of the catchment's residents aged ${BAND_LABEL[band]} who are women (replace with the catchment's own ONS mid-year estimates by sex).`, source: CENSUS },
		DEFAULT_INCIDENCE[band].femaleShare
	);
}

export const FlsIncidenceSchema = z
	.object({
		women: sexRates('women').prefault({}),
		men: sexRates('men').prefault({}),
		femaleShare: z
			.object({ age50to64: femaleShare('age50to64'), age65to74: femaleShare('age65to74'), age75to84: femaleShare('age75to84'), age85plus: femaleShare('age85plus') })
			.strict()
			.prefault({}),
		inRemitShare: frac(
			{
				label: 'Share of these fractures in the FLS remit',
				help: 'Share of the catchment\'s incident fractures the FLS is set up to find (e.g. only the fracture sites or hospitals it covers). 1 counts every fracture the rates count.',
				source: 'Placeholder: 1 counts every fracture in the rates; an FLS that sees only some sites or some hospitals sets its own share',
				placeholder: true
			},
			1
		)
	})
	.strict();

export type FlsIncidence = z.infer<typeof FlsIncidenceSchema>;
