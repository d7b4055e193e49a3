import { AGE_BANDS, type AgeBand } from './schema/catchment';
import type { Scenario } from './schema/scenario';
import type { DemandYear } from './results';

/**
 * Population of one age band in a year: start population grown at the band's rate,
 * P(t) = P0 * (1 + g)^t. Negative t projects backwards (used for monitoring scans whose first
 * scan fell before the horizon).
 */
export function bandPopulation(s: Scenario, band: AgeBand, yearIndex: number): number {
	return s.catchment.localities.reduce((t, l) => t + l.population[band] * Math.pow(1 + l.growth[band], yearIndex), 0);
}

export function population(s: Scenario, yearIndex: number, bands: readonly AgeBand[] = AGE_BANDS): number {
	return bands.reduce((t, b) => t + bandPopulation(s, b, yearIndex), 0);
}

export const BANDS_50_PLUS: readonly AgeBand[] = ['age50to64', 'age65to74', 'age75to84', 'age85plus'];

/**
 * New referrals in a year: sum over bands of population x rate per 1,000 / 1,000, with rates
 * changing by the referral-rate growth each year: rate(t) = rate0 * (1 + k)^t.
 */
export function newReferrals(s: Scenario, yearIndex: number, localityId?: string): number {
	const growth = Math.pow(1 + s.demand.referralRateGrowth, yearIndex);
	const localities = localityId ? s.catchment.localities.filter((l) => l.id === localityId) : s.catchment.localities;
	let total = 0;
	for (const l of localities) {
		for (const b of AGE_BANDS) total += ((l.population[b] * Math.pow(1 + l.growth[b], yearIndex)) * s.demand.referralRatesPer1000[b] * growth) / 1000;
	}
	return total;
}

/**
 * DXA scans an FLS generates in a year: local hip fractures (scaled with the 50+ population) x
 * cohort multiplier x identified share x share needing DXA. Zero when no FLS runs that year.
 */
export function flsReferrals(s: Scenario, yearIndex: number, hasFls: boolean): number {
	if (!hasFls || (yearIndex < 0 && !s.fls.inBaseline)) return 0;
	const f = s.fls;
	return flsCohort(s, yearIndex) * f.identifiedShare * f.dxaShareOfIdentified;
}

/** Fragility-fracture cohort: hip fractures x multiplier (RCP FLS-DB: five times hip fractures), scaled by 50+ population growth. */
export function flsCohort(s: Scenario, yearIndex: number): number {
	const base = population(s, 0, BANDS_50_PLUS);
	const scale = base > 0 ? population(s, yearIndex, BANDS_50_PLUS) / base : 1;
	return s.fls.hipFracturesPerYear * scale * s.fls.cohortPerHipFracture;
}

/**
 * Demand by year. Total = new referrals + FLS referrals + monitoring, where monitoring in year t
 * is the return share x (new + FLS referrals) of year t - interval.
 */
export function projectDemand(s: Scenario, hasFls: boolean): DemandYear[] {
	const out: DemandYear[] = [];
	// Referrals by year are needed twice (for the year and as the monitoring source of a later
	// year): kept by year index so each is worked out once, by the same functions.
	const referrals = new Map<number, number>();
	const nrAt = (y: number) => {
		let v = referrals.get(y);
		if (v === undefined) referrals.set(y, (v = newReferrals(s, y)));
		return v;
	};
	const fls = new Map<number, number>();
	const frAt = (y: number) => {
		let v = fls.get(y);
		if (v === undefined) fls.set(y, (v = flsReferrals(s, y, hasFls)));
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
			population: population(s, y),
			population50Plus: population(s, y, BANDS_50_PLUS),
			newReferrals: nr,
			flsReferrals: fr,
			monitoring,
			total,
			vfaScans: total * s.demand.vfaShare
		});
	}
	return out;
}
