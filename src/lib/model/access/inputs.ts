import { z } from 'zod';
import { IdSchema, plainNum } from '../schema/meta';
import { DEFAULT_ROAD_FACTOR, DEFAULT_SPEED_MPH, ROAD_FACTOR_SOURCE, SPEED_SOURCE } from './geo';

const lat = plainNum({ label: 'Latitude', unit: 'degrees north', help: 'Latitude of the place, e.g. 54.45 (from a map).', source: 'Local figure: read from a map' }, { min: -90, max: 90 });
const lon = plainNum({ label: 'Longitude', unit: 'degrees east', help: 'Longitude of the place, e.g. -2.95 (west of Greenwich is negative).', source: 'Local figure: read from a map' }, { min: -180, max: 180 });

export const SiteCandidateInputSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		kind: z.enum(['static', 'mobileStop']).default('mobileStop'),
		lat: lat.optional(),
		lon: lon.optional(),
		maxWeeksPerYear: plainNum(
			{ label: 'Most weeks a year here', unit: 'weeks', help: 'Weeks a year the site can host the mobile unit (power, parking, toilets and a waiting area); leave empty for no limit.', placeholder: true },
			{ min: 0, max: 52, int: true }
		).optional(),
		capacityScansPerYear: plainNum(
			{ label: 'Scans a year here', unit: 'scans a year', help: 'Scans a year a static scanner at this site can do; leave empty for no limit.', placeholder: true },
			{ min: 0, max: 1_000_000 }
		).optional()
	})
	.strict();

/** A journey typed in for one locality and site (it overrides the estimate from coordinates). */
export const TypedJourneySchema = z
	.object({
		localityId: IdSchema,
		candidateId: IdSchema,
		returnMiles: plainNum({ label: 'Return miles', unit: 'miles', help: 'Return journey from the locality to the site.', source: 'Local figure: a route planner or local knowledge' }, { min: 0, max: 1000 }),
		returnMinutes: plainNum({ label: 'Return minutes', unit: 'minutes', help: 'Return travel time from the locality to the site.', source: 'Local figure: a route planner or local knowledge' }, { min: 0, max: 1440 })
	})
	.strict();

/**
 * What the user gives the site-choice page: candidate sites, where the localities are, journeys
 * typed in, how journeys are estimated, what is minimised and the mobile unit's figures.
 */
export const SiteInputsSchema = z
	.object({
		candidates: z.array(SiteCandidateInputSchema).max(60).default([]),
		localityPoints: z.record(IdSchema, z.object({ lat: lat.optional(), lon: lon.optional() }).strict()).default({}),
		journeys: z.array(TypedJourneySchema).max(3000).default([]),
		roadFactor: plainNum({ label: 'Road factor', unit: 'ratio', help: 'Road distance over straight-line distance, for journeys estimated from coordinates.', source: ROAD_FACTOR_SOURCE, placeholder: true }, { min: 1, max: 3, default: DEFAULT_ROAD_FACTOR }),
		speedMph: plainNum({ label: 'Average speed', unit: 'mph', help: 'Door-to-door driving speed, for journeys estimated from coordinates.', source: SPEED_SOURCE, placeholder: true }, { min: 5, max: 70, default: DEFAULT_SPEED_MPH }),
		measure: z.enum(['minutes', 'miles', 'cost']).default('minutes'),
		stops: plainNum({ label: 'Stops for the mobile unit', unit: 'stops', help: 'Most sites the mobile unit visits in a year (k).', source: 'Convention: a starting point to vary; the planner finds the best set of this many stops or fewer' }, { min: 1, max: 8, int: true, default: 3 }),
		scansPerWeek: plainNum(
			{ label: 'Mobile scans a week', unit: 'scans a week', help: "Scans the mobile unit does in a week at a stop. The default is a placeholder: 10 sessions of 4 hours with 22.5-minute slots is 107 slots; at the 0.85 mobile throughput factor and 8% DNA, about 80; 60 leaves room for set-up.", placeholder: true },
			{ min: 1, max: 500, default: 60 }
		),
		weeksPerYear: plainNum(
			{ label: 'Mobile weeks a year', unit: 'weeks', help: 'Whole weeks a year the unit is out at its stops, after moves, maintenance and bank holidays.', placeholder: true },
			{ min: 1, max: 52, int: true, default: 46 }
		),
		yearIndex: plainNum({ label: 'Year of demand', unit: 'year of horizon (0 = first)', help: "The year whose scans by locality are placed (today's service as the baseline option projects them).", source: 'Convention: the first year of the horizon unless a later year is chosen' }, { min: 0, max: 29, int: true, default: 0 })
	})
	.strict();

export type SiteInputs = z.output<typeof SiteInputsSchema>;
export type SiteInputsInput = z.input<typeof SiteInputsSchema>;
