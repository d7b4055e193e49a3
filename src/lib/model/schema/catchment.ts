import { z } from 'zod';
import { IdSchema, num, frac, plainNum } from './meta';
import type { AgeBand } from './lists';

/** Age bands used throughout (lists.ts). */
export { AGE_BANDS, type AgeBand } from './lists';
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
	under50: 'Under 50',
	age50to64: '50-64',
	age65to74: '65-74',
	age75to84: '75-84',
	age85plus: '85 and over'
};

const ONS = 'Local figure: ONS mid-year population estimates for the catchment';
const ONS_PROJ =
	'Placeholder: replace with ONS subnational population projections for the catchment';

function bandPopulation(band: AgeBand) {
	return plainNum(
		{ label: `Population ${AGE_BAND_LABELS[band]}`, unit: 'people', help: `Residents aged ${AGE_BAND_LABELS[band]} in the locality at the start year.`, source: ONS },
		{ min: 0, max: 20_000_000 }
	);
}

function bandGrowth(band: AgeBand, def: number) {
	return num(
		{ label: `Growth ${AGE_BAND_LABELS[band]}`, unit: 'fraction per year', help: `Annual population growth for ages ${AGE_BAND_LABELS[band]} (0.02 = 2% a year; may be negative).`, source: ONS_PROJ, placeholder: true },
		{ min: -0.2, max: 0.2, default: def }
	);
}

export const PopulationSchema = z
	.object({
		under50: bandPopulation('under50'),
		age50to64: bandPopulation('age50to64'),
		age65to74: bandPopulation('age65to74'),
		age75to84: bandPopulation('age75to84'),
		age85plus: bandPopulation('age85plus')
	})
	.strict();

/** Default growth rates: placeholders shaped like an ageing population (older bands grow faster). */
export const GrowthSchema = z
	.object({
		under50: bandGrowth('under50', 0),
		age50to64: bandGrowth('age50to64', 0.005),
		age65to74: bandGrowth('age65to74', 0.012),
		age75to84: bandGrowth('age75to84', 0.025),
		age85plus: bandGrowth('age85plus', 0.03)
	})
	.strict();

export const LocalitySchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		population: PopulationSchema,
		growth: GrowthSchema.prefault({}),
		femaleShare50Plus: frac({
			label: 'Female share aged 50+',
			help: 'Optional: share of residents aged 50+ who are women; reported in the business case background only.',
			source: 'Local figure: ONS mid-year estimates by sex'
		}).optional(),
		returnTravelMiles: num(
			{ label: 'Return travel to the current service', unit: 'miles', help: 'Average return journey for a patient from this locality to where they are scanned today.', placeholder: true },
			{ min: 0, max: 1000, default: 10 }
		),
		travelMinutes: num(
			{ label: 'Return travel time to the current service', unit: 'minutes', help: 'Average return travel time for a patient from this locality.', placeholder: true },
			{ min: 0, max: 1440, default: 40 }
		)
	})
	.strict();

export const CatchmentSchema = z
	.object({
		description: z.string().max(2000).default(''),
		localities: z.array(LocalitySchema).min(1).max(50)
	})
	.strict();
