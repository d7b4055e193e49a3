import { AGE_BANDS, type AgeBand } from '$lib/model';
import type { Bands } from './population';

/**
 * Age profiles of England and its nine regions from Census 2021, as ONS published them for its
 * population pyramids: each region's women and men in nineteen five-year bands (0-4 ... 85-89,
 * 90+), each as a percentage of the region's whole population, rounded to 0.1. England is the
 * nine regions weighted by their Census 2021 populations (the same ONS story's region totals).
 * The guided setup offers these as the shares of a total population; a service should still use
 * its own catchment's ONS mid-year estimates when it has them.
 */
export const AGE_PROFILE_SOURCE =
	'Office for National Statistics, Census 2021: population by sex and five-year age band for each English region, as published in ONS\'s "How the population changed where you live" (2022) population pyramids (shares of the region\'s population, 0.1% rounding); England weighted by the regions\' Census 2021 populations';

export interface AgeProfile {
	id: string;
	name: string;
	/** Census 2021 usual residents, rounded to the nearest 100 by ONS. */
	population: number;
	/** Percentages of the whole population: women then men, nineteen five-year bands each. */
	female: readonly number[];
	male: readonly number[];
}

// prettier-ignore
export const REGION_AGE_PROFILES: readonly AgeProfile[] = [
	{ id: 'northEast', name: 'North East', population: 2639000,
		female: [2.5,2.8,2.8,2.8,3,3.1,3.3,3.2,2.9,3.1,3.5,3.7,3.4,2.9,2.9,2,1.6,1,0.6], male: [2.6,2.9,3,2.9,3.1,3,3.1,3,2.8,2.9,3.4,3.6,3.2,2.8,2.7,1.8,1.2,0.6,0.3] },
	{ id: 'northWest', name: 'North West', population: 7417400,
		female: [2.7,2.9,3,2.8,3.1,3.3,3.5,3.4,3,3.1,3.5,3.5,3,2.6,2.7,1.9,1.4,0.9,0.6], male: [2.8,3.1,3.1,3,3,3.2,3.3,3.2,2.9,3.1,3.4,3.4,3,2.5,2.5,1.7,1.1,0.6,0.3] },
	{ id: 'yorkshire', name: 'Yorkshire and the Humber', population: 5481000,
		female: [2.7,2.9,3,2.9,3.2,3.3,3.5,3.3,3,3.1,3.5,3.5,3,2.6,2.7,2,1.5,0.9,0.6], male: [2.8,3,3.1,3,3.2,3.1,3.2,3.1,2.9,3.1,3.4,3.4,2.9,2.5,2.5,1.7,1.1,0.6,0.3] },
	{ id: 'eastMidlands', name: 'East Midlands', population: 4880300,
		female: [2.5,2.8,2.9,2.9,3.1,3.1,3.4,3.2,3,3.2,3.6,3.5,3,2.7,2.8,2.1,1.4,0.9,0.6], male: [2.7,3,3,3,3.2,3.1,3.2,3.1,3,3.1,3.5,3.4,3,2.5,2.6,1.8,1.2,0.6,0.3] },
	{ id: 'westMidlands', name: 'West Midlands', population: 5950900,
		female: [2.8,3,3.1,2.9,3,3.2,3.5,3.3,3.1,3.1,3.5,3.4,2.9,2.5,2.6,2,1.5,1,0.6], male: [2.9,3.2,3.2,3.1,3.1,3.1,3.3,3.1,3,3.1,3.4,3.3,2.8,2.4,2.4,1.8,1.2,0.6,0.3] },
	{ id: 'east', name: 'East of England', population: 6334600,
		female: [2.7,2.9,3,2.6,2.6,3.1,3.5,3.4,3.3,3.3,3.6,3.5,3,2.6,2.8,2.1,1.5,1,0.7], male: [2.8,3.1,3.1,2.8,2.8,3,3.2,3.2,3.1,3.2,3.4,3.4,2.9,2.4,2.5,1.8,1.2,0.7,0.3] },
	{ id: 'london', name: 'London', population: 8799800,
		female: [2.9,3,3,2.7,3.5,4.7,4.8,4.3,3.9,3.4,3.3,3,2.4,1.8,1.6,1.2,0.9,0.6,0.4], male: [3.1,3.1,3.1,2.8,3.2,4.3,4.4,4,3.7,3.3,3.2,2.8,2.2,1.7,1.4,1,0.7,0.4,0.2] },
	{ id: 'southEast', name: 'South East', population: 9278400,
		female: [2.6,2.9,3,2.7,2.7,3,3.4,3.4,3.3,3.4,3.6,3.5,3,2.6,2.7,2.1,1.5,1,0.7], male: [2.7,3.1,3.1,2.9,2.8,2.9,3.1,3.2,3.2,3.3,3.5,3.4,2.9,2.4,2.5,1.8,1.2,0.7,0.3] },
	{ id: 'southWest', name: 'South West', population: 5701400,
		female: [2.3,2.7,2.7,2.7,2.9,2.9,3.2,3.1,2.9,3.1,3.6,3.6,3.2,2.9,3.1,2.4,1.7,1.1,0.8], male: [2.5,2.8,2.9,2.8,3,2.9,3,3,2.8,3,3.4,3.5,3.1,2.7,2.9,2.1,1.4,0.8,0.4] }
];

/** Which of the nineteen five-year bands (0-4 is index 0, 90+ is 18) make up each planner band. */
const FIVE_YEAR_BANDS: Record<AgeBand, readonly number[]> = {
	under50: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
	age50to64: [10, 11, 12],
	age65to74: [13, 14],
	age75to84: [15, 16],
	age85plus: [17, 18]
};

/** A region's shares in the planner's five bands, in percent, scaled so they add up to 100 (the published 0.1% rounding leaves the raw sum a little off). */
export function regionShares(p: AgeProfile): Bands {
	const raw = Object.fromEntries(AGE_BANDS.map((b) => [b, FIVE_YEAR_BANDS[b].reduce((t, i) => t + (p.female[i] ?? 0) + (p.male[i] ?? 0), 0)])) as Bands;
	const sum = AGE_BANDS.reduce((t, b) => t + raw[b], 0);
	return Object.fromEntries(AGE_BANDS.map((b) => [b, sum > 0 ? (raw[b] * 100) / sum : 0])) as Bands;
}

/** England: each region's shares weighted by its population. */
export function englandShares(): Bands {
	const total = REGION_AGE_PROFILES.reduce((t, r) => t + r.population, 0);
	const out = Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Bands;
	for (const r of REGION_AGE_PROFILES) {
		const s = regionShares(r);
		for (const b of AGE_BANDS) out[b] += (s[b] * r.population) / total;
	}
	return out;
}

/** England first, then the regions: id, name and shares rounded to 0.1 percentage point for the share fields. */
export function ageProfileChoices(): { id: string; name: string; shares: Bands }[] {
	const round = (s: Bands) => Object.fromEntries(AGE_BANDS.map((b) => [b, Math.round(s[b] * 10) / 10])) as Bands;
	return [{ id: 'england', name: 'England', shares: round(englandShares()) }, ...REGION_AGE_PROFILES.map((r) => ({ id: r.id, name: r.name, shares: round(regionShares(r)) }))];
}
