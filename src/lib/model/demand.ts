import { AGE_BANDS, type AgeBand } from './schema/lists';
import type { Scenario } from './schema/scenario';
import { backYears, indicationMonitoring, scenarioVfaShare } from './pathwayDemand';
import { fracturesFromIncidence, type Band50 } from './fractureEpidemiology';
import { ownBuffers, type Alloc } from './slab';

/** Age bands 50 and over, in AGE_BANDS order. */
export const BANDS_50_PLUS: readonly AgeBand[] = ['age50to64', 'age65to74', 'age75to84', 'age85plus'];
const NB = AGE_BANDS.length;
const ALL = AGE_BANDS.map((_, b) => b);
const OVER_50 = BANDS_50_PLUS.map((band) => AGE_BANDS.indexOf(band));

/** The longest monitoring interval (schema bound): demand series start this many years before the horizon. */
export const MAX_BACK_YEARS = 10;

/**
 * Catchment and demand series of one scenario: the same for every option. Years run from
 * -MAX_BACK_YEARS (monitoring scans look back to referrals before the start) to the horizon; the
 * cell of year y is at y + MAX_BACK_YEARS. Only years from -monitoring interval are filled.
 */
export interface DemandSeries {
	/** Each locality's band population: [year][locality][band]. */
	terms: Float64Array;
	/** Population of every age, and aged 50 and over. */
	population: Float64Array;
	population50: Float64Array;
	/** New referrals from the whole catchment. */
	newReferrals: Float64Array;
	/** Fragility-fracture cohort the FLS works from. */
	flsCohort: Float64Array;
	/** New referrals by locality, years 0 to the horizon only: [year][locality]. */
	localityReferrals: Float64Array;
	/** Each locality's share of new referrals (0 in a year with none), years 0 to the horizon: [year][locality]. */
	localityShare: Float64Array;
	/** Without an FLS (variant 0) and with one (variant 1), years -back to the horizon: [variant][year]. */
	flsReferrals: Float64Array;
	/** Without and with an FLS, years 0 to the horizon: [variant][year]. */
	monitoring: Float64Array;
	total: Float64Array;
	vfaScans: Float64Array;
	/** Whether each variant is filled for the scenario being appraised. */
	variantReady: [boolean, boolean];
	/**
	 * The inputs the band populations were last worked out from (populationInputs): a scenario
	 * with the same ones (e.g. the next Monte Carlo iteration when no catchment figure is drawn)
	 * has the same populations, so their powers are not worked out again.
	 */
	filledFrom: Float64Array;
	inputs: Float64Array;
	/** Work space: the referral rates per 1,000 by band, in AGE_BANDS order. */
	rates: Float64Array;
}

export function newDemandSeries(years: number, localities: number, m: Alloc = ownBuffers()): DemandSeries {
	const span = years + MAX_BACK_YEARS;
	return {
		terms: m.f64(span * localities * NB),
		population: m.f64(span),
		population50: m.f64(span),
		newReferrals: m.f64(span),
		flsCohort: m.f64(span),
		localityReferrals: m.f64(years * localities),
		localityShare: m.f64(years * localities),
		flsReferrals: m.f64(2 * span),
		monitoring: m.f64(2 * years),
		total: m.f64(2 * years),
		vfaScans: m.f64(2 * years),
		variantReady: [false, false],
		filledFrom: new Float64Array(0),
		inputs: m.f64(3 + localities * 2 * NB),
		rates: m.f64(NB)
	};
}

/** Everything the band populations read, written into `out`; returns how many. */
function populationInputs(s: Scenario, out: Float64Array): number {
	let n = 0;
	out[n++] = s.horizonYears;
	out[n++] = backYears(s);
	out[n++] = s.catchment.localities.length;
	for (const l of s.catchment.localities)
		for (const band of AGE_BANDS) {
			out[n++] = l.population[band];
			out[n++] = l.growth[band];
		}
	return n;
}

/** Whether the first n inputs are the same numbers as those the series were filled from (Object.is: -0 is not 0). */
function sameInputs(d: DemandSeries, n: number): boolean {
	if (d.filledFrom.length !== n) return false;
	for (let i = 0; i < n; i++) if (!Object.is(d.filledFrom[i], d.inputs[i])) return false;
	return true;
}

/**
 * Population of each locality and band in year t: P(t) = P0 x (1 + g)^t, written into `out` from
 * `at`. Negative t projects backwards (monitoring scans whose first scan fell before the horizon).
 */
export function fillPopulationTerms(s: Scenario, yearIndex: number, out: Float64Array, at = 0): void {
	const localities = s.catchment.localities;
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		for (let b = 0; b < NB; b++) {
			const band = AGE_BANDS[b] as AgeBand;
			out[at + i * NB + b] = l.population[band] * Math.pow(1 + l.growth[band], yearIndex);
		}
	}
}

/** Population of the given bands (indices into AGE_BANDS) in one year: band by band, each summed over the localities. */
function sumBands(terms: Float64Array, at: number, localities: number, bands: readonly number[]): number {
	let t = 0;
	for (const b of bands) {
		let band = 0;
		for (let i = 0; i < localities; i++) band += terms[at + i * NB + b] as number;
		t += band;
	}
	return t;
}

/**
 * New referrals in a year: sum over localities and bands of population x rate per 1,000 / 1,000,
 * with rates changing by the referral-rate growth: rate(t) = rate0 x (1 + k)^t (`growth` is
 * (1 + k)^t). Localities `first` to `end` (exclusive): all of them, or one.
 */
function referralsFrom(rates: Float64Array, first: number, end: number, terms: Float64Array, at: number, growth: number): number {
	let total = 0;
	for (let i = first; i < end; i++) {
		for (let b = 0; b < NB; b++) total += ((terms[at + i * NB + b] as number) * (rates[b] as number) * growth) / 1000;
	}
	return total;
}

/** The catchment's population in each band aged 50+ in year y (from the filled series), summed over the localities. */
export function bands50(d: DemandSeries, y: number, localities: number): Record<Band50, number> {
	const at = (y + MAX_BACK_YEARS) * localities * NB;
	const band = (b: number) => sumBands(d.terms, at, localities, [b]);
	return { age50to64: band(OVER_50[0] as number), age65to74: band(OVER_50[1] as number), age75to84: band(OVER_50[2] as number), age85plus: band(OVER_50[3] as number) };
}

/**
 * The catchment series of a scenario, years -monitoring interval to the horizon: band populations,
 * population sums, new referrals (all and by locality, and each locality's share: patient travel
 * and site choice allocate patients by it), and the FLS cohort: hip fractures x
 * cohort multiplier (RCP FLS-DB: five times hip fractures), scaled by the growth of the 50+
 * population since year 0; or, when the scenario sizes it from incidence, each year's fractures
 * from the 50+ population by band and sex (fractureEpidemiology.ts), following the age mix.
 */
export function fillCatchment(s: Scenario, d: DemandSeries): void {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const from = -backYears(s);
	d.variantReady[0] = false;
	d.variantReady[1] = false;
	const n = populationInputs(s, d.inputs);
	if (!sameInputs(d, n)) {
		d.filledFrom = d.inputs.slice(0, n);
		for (let y = from; y < H; y++) {
			const k = y + MAX_BACK_YEARS;
			const at = k * L * NB;
			fillPopulationTerms(s, y, d.terms, at);
			d.population[k] = sumBands(d.terms, at, L, ALL);
			d.population50[k] = sumBands(d.terms, at, L, OVER_50);
		}
	}
	const rates = d.rates;
	for (let b = 0; b < NB; b++) rates[b] = s.demand.referralRatesPer1000[AGE_BANDS[b] as AgeBand];
	for (let y = from; y < H; y++) {
		const k = y + MAX_BACK_YEARS;
		const at = k * L * NB;
		const growth = Math.pow(1 + s.demand.referralRateGrowth, y);
		const all = referralsFrom(rates, 0, L, d.terms, at, growth);
		d.newReferrals[k] = all;
		if (y < 0) continue;
		for (let i = 0; i < L; i++) {
			const own = referralsFrom(rates, i, i + 1, d.terms, at, growth);
			d.localityReferrals[y * L + i] = own;
			d.localityShare[y * L + i] = all <= 0 ? 0 : own / all;
		}
	}
	// The FLS cohort reads FLS inputs too, so it is worked out every time.
	if (s.fls.cohortMethod === 'incidence') {
		for (let y = from; y < H; y++) d.flsCohort[y + MAX_BACK_YEARS] = fracturesFromIncidence(bands50(d, y, L), s.fls.incidence);
		return;
	}
	const base = d.population50[MAX_BACK_YEARS] as number;
	for (let y = from; y < H; y++) {
		const k = y + MAX_BACK_YEARS;
		const scale = base > 0 ? (d.population50[k] as number) / base : 1;
		d.flsCohort[k] = s.fls.hipFracturesPerYear * scale * s.fls.cohortPerHipFracture;
	}
}

/**
 * Demand by year without (hasFls false) or with an FLS. FLS referrals = cohort x identified share
 * x share needing DXA, zero when no FLS runs that year (a new FLS sent nobody before the start).
 * Monitoring in year t = return share x (new + FLS referrals) of year t - interval.
 * Total = new referrals + FLS referrals + monitoring; VFA scans = total x VFA share.
 */
export function fillDemand(s: Scenario, d: DemandSeries, hasFls: boolean): void {
	const v = hasFls ? 1 : 0;
	if (d.variantReady[v]) return;
	const H = s.horizonYears;
	const span = d.population.length;
	const back = s.demand.monitoringIntervalYears;
	const f = s.fls;
	// Year y's FLS referrals of this variant are at fr + y.
	const fr = v * span + MAX_BACK_YEARS;
	const listed = s.pathway.indications.length > 0;
	const vfaShare = scenarioVfaShare(s);
	for (let y = -back; y < H; y++) d.flsReferrals[fr + y] = !hasFls || (y < 0 && !f.inBaseline) ? 0 : (d.flsCohort[y + MAX_BACK_YEARS] as number) * f.identifiedShare * f.dxaShareOfIdentified;
	for (let y = 0; y < H; y++) {
		const nr = d.newReferrals[y + MAX_BACK_YEARS] as number;
		// With referral indications listed (pathway.ts), each returns on its own share and interval.
		const monitoring = listed
			? indicationMonitoring(s, d.newReferrals, y + MAX_BACK_YEARS) + s.demand.monitoringReturnShare * (d.flsReferrals[fr + y - back] as number)
			: s.demand.monitoringReturnShare * ((d.newReferrals[y - back + MAX_BACK_YEARS] as number) + (d.flsReferrals[fr + y - back] as number));
		const total = nr + (d.flsReferrals[fr + y] as number) + monitoring;
		d.monitoring[v * H + y] = monitoring;
		d.total[v * H + y] = total;
		d.vfaScans[v * H + y] = total * vfaShare;
	}
	d.variantReady[v] = true;
}

/** Total demand by year for one variant, as a view (no copy) for the option's stages. */
export function demandTotals(s: Scenario, d: DemandSeries, hasFls: boolean): Float64Array {
	const H = s.horizonYears;
	const v = hasFls ? 1 : 0;
	return d.total.subarray(v * H, v * H + H);
}

/** Each locality's share of new referrals by year ([year][locality], localities in the scenario's order). */
export function travelShares(s: Scenario): number[][] {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const d = newDemandSeries(H, L);
	fillCatchment(s, d);
	return Array.from({ length: H }, (_, y) => Array.from(d.localityShare.subarray(y * L, y * L + L)));
}
