import { AGE_BANDS, type AgeBand } from './schema/catchment';
import type { Scenario } from './schema/scenario';
import type { DemandYear } from './results';

/**
 * Each locality's band population in one year, P0 x (1 + g)^t, indexed [locality x AGE_BANDS.length
 * + band], and the year's population sums. The same products feed populations, referrals and the
 * FLS cohort, so one appraisal keeps them by year and works out each Math.pow once; they depend on
 * the catchment alone, so the Monte Carlo analysis keeps one cache for a whole run when no drawn
 * input is in the catchment. The values are exactly those of the expressions written out in place.
 */
export class PopulationTerms {
	readonly terms = new Map<number, Float64Array>();
	/** population(s, y) over every band, and over the bands 50 and over, by year. */
	readonly all = new Map<number, number>();
	readonly over50 = new Map<number, number>();
}

export function populationTerms(s: Scenario, yearIndex: number, cache?: PopulationTerms): Float64Array {
	let terms = cache?.terms.get(yearIndex);
	if (terms) return terms;
	const localities = s.catchment.localities;
	const nb = AGE_BANDS.length;
	terms = new Float64Array(localities.length * nb);
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		for (let b = 0; b < nb; b++) {
			const band = AGE_BANDS[b] as AgeBand;
			terms[i * nb + b] = l.population[band] * Math.pow(1 + l.growth[band], yearIndex);
		}
	}
	cache?.terms.set(yearIndex, terms);
	return terms;
}

/**
 * Population of one age band in a year: start population grown at the band's rate,
 * P(t) = P0 * (1 + g)^t. Negative t projects backwards (used for monitoring scans whose first
 * scan fell before the horizon).
 */
export function bandPopulation(s: Scenario, band: AgeBand, yearIndex: number, cache?: PopulationTerms): number {
	const terms = populationTerms(s, yearIndex, cache);
	const nb = AGE_BANDS.length;
	const b = AGE_BANDS.indexOf(band);
	let t = 0;
	for (let i = 0; i < s.catchment.localities.length; i++) t += terms[i * nb + b] as number;
	return t;
}

export function population(s: Scenario, yearIndex: number, bands: readonly AgeBand[] = AGE_BANDS, cache?: PopulationTerms): number {
	// The two sums the engine uses are kept by year (same additions in the same order).
	const sums = !cache ? undefined : bands === AGE_BANDS ? cache.all : bands === BANDS_50_PLUS ? cache.over50 : undefined;
	const kept = sums?.get(yearIndex);
	if (kept !== undefined) return kept;
	let t = 0;
	for (const b of bands) t += bandPopulation(s, b, yearIndex, cache);
	sums?.set(yearIndex, t);
	return t;
}

export const BANDS_50_PLUS: readonly AgeBand[] = ['age50to64', 'age65to74', 'age75to84', 'age85plus'];

/**
 * New referrals in a year: sum over bands of population x rate per 1,000 / 1,000, with rates
 * changing by the referral-rate growth each year: rate(t) = rate0 * (1 + k)^t.
 */
export function newReferrals(s: Scenario, yearIndex: number, localityId?: string, cache?: PopulationTerms): number {
	const growth = Math.pow(1 + s.demand.referralRateGrowth, yearIndex);
	const terms = populationTerms(s, yearIndex, cache);
	const localities = s.catchment.localities;
	const rates = s.demand.referralRatesPer1000;
	const nb = AGE_BANDS.length;
	let total = 0;
	for (let i = 0; i < localities.length; i++) {
		if (localityId !== undefined && (localities[i] as (typeof localities)[number]).id !== localityId) continue;
		for (let b = 0; b < nb; b++) total += ((terms[i * nb + b] as number) * rates[AGE_BANDS[b] as AgeBand] * growth) / 1000;
	}
	return total;
}

/**
 * DXA scans an FLS generates in a year: local hip fractures (scaled with the 50+ population) x
 * cohort multiplier x identified share x share needing DXA. Zero when no FLS runs that year.
 */
export function flsReferrals(s: Scenario, yearIndex: number, hasFls: boolean, cache?: PopulationTerms): number {
	if (!hasFls || (yearIndex < 0 && !s.fls.inBaseline)) return 0;
	const f = s.fls;
	return flsCohort(s, yearIndex, cache) * f.identifiedShare * f.dxaShareOfIdentified;
}

/** Fragility-fracture cohort: hip fractures x multiplier (RCP FLS-DB: five times hip fractures), scaled by 50+ population growth. */
export function flsCohort(s: Scenario, yearIndex: number, cache?: PopulationTerms): number {
	const base = population(s, 0, BANDS_50_PLUS, cache);
	const scale = base > 0 ? population(s, yearIndex, BANDS_50_PLUS, cache) / base : 1;
	return s.fls.hipFracturesPerYear * scale * s.fls.cohortPerHipFracture;
}

/**
 * Demand by year. Total = new referrals + FLS referrals + monitoring, where monitoring in year t
 * is the return share x (new + FLS referrals) of year t - interval.
 */
export function projectDemand(s: Scenario, hasFls: boolean, cache: PopulationTerms = new PopulationTerms(), referrals = new Map<number, number>()): DemandYear[] {
	const out: DemandYear[] = [];
	// New referrals by year are needed twice (for the year and as the monitoring source of a later
	// year), and by the projections with and without an FLS: kept by year index (in `referrals`,
	// which an appraisal shares between them) so each is worked out once, by the same function.
	const nrAt = (y: number) => {
		let v = referrals.get(y);
		if (v === undefined) referrals.set(y, (v = newReferrals(s, y, undefined, cache)));
		return v;
	};
	const fls = new Map<number, number>();
	const frAt = (y: number) => {
		let v = fls.get(y);
		if (v === undefined) fls.set(y, (v = flsReferrals(s, y, hasFls, cache)));
		return v;
	};
	for (let y = 0; y < s.horizonYears; y++) {
		const nr = nrAt(y);
		const fr = frAt(y);
		const back = y - s.demand.monitoringIntervalYears;
		const monitoring = s.demand.monitoringReturnShare * (nrAt(back) + frAt(back));
		const total = nr + fr + monitoring;
		out.push({
			yearIndex: y,
			year: s.startYear + y,
			population: population(s, y, AGE_BANDS, cache),
			population50Plus: population(s, y, BANDS_50_PLUS, cache),
			newReferrals: nr,
			flsReferrals: fr,
			monitoring,
			total,
			vfaScans: total * s.demand.vfaShare
		});
	}
	return out;
}
