import type { AppraisalResult, Scenario } from '$lib/model';
import { count, decimal, pct } from '$lib/present';

/**
 * What a reviewer would query in a scenario, from the scenario and the engine's results (never
 * recomputed here: every figure compared is read from the results). Each warning names the input
 * to look at and the published figure it is compared with.
 */
export interface ReviewWarning {
	id: 'zeroPopulation' | 'flsNoHipFractures' | 'lowUse' | 'overUse' | 'scannerPrice' | 'referralRate' | 'scannersPerMillion';
	message: string;
	/** Input path to look at (the editor's path format). */
	path: string;
	/** The published figure behind the check. */
	source: string;
}

/** Grampian mobile DXA service, 2011-2018: referrals of 2.8 rising to 5.4 per 1,000 total population a year. */
export const REFERRAL_RATE_RANGE = [2.8, 5.4] as const;
/** Kanis JA et al., Osteoporos Int 2005: about 10.6 DXA scanners per million population. */
export const SCANNERS_PER_MILLION = 10.6;
/** "Far from" the planning figure: under half or over twice it. */
export const SCANNERS_PER_MILLION_BAND = [SCANNERS_PER_MILLION / 2, SCANNERS_PER_MILLION * 2] as const;
export const USE_BAND = [0.5, 1] as const;
export const SCANNER_PRICE_LIMIT_GBP = 1_000_000;

const GRAMPIAN = 'Grampian mobile DXA service 2011-2018: 2.8 rising to 5.4 referrals per 1,000 population a year';
const KANIS = 'Kanis JA et al., Osteoporos Int 2005: about 10.6 DXA units per million population';


export function reviewWarnings(s: Scenario, r: AppraisalResult): ReviewWarning[] {
	const out: ReviewWarning[] = [];
	const bau = r.options.find((o) => o.businessAsUsual) ?? r.options[0];
	const first = bau?.demand[0];
	const cap = bau?.capacity[0];
	const population = first?.population ?? 0;

	if (!(population > 0)) out.push({ id: 'zeroPopulation', message: 'The catchment population is 0, so there is no demand to plan for: enter the population and its age profile.', path: 'catchment.localities[0].population', source: 'Local figure: ONS mid-year population estimates' });
	else
		s.catchment.localities.forEach((l, i) => {
			const total = l.population.under50 + l.population.age50to64 + l.population.age65to74 + l.population.age75to84 + l.population.age85plus;
			if (total <= 0) out.push({ id: 'zeroPopulation', message: `Locality "${l.name}" has no population.`, path: `catchment.localities[${i}].population`, source: 'Local figure: ONS mid-year population estimates' });
		});

	const withFls = r.options.filter((o) => o.hasFls);
	// Only when the cohort is sized from hip fractures: sized from incidence, it needs none (docs/methods.md).
	if (withFls.length && s.fls.cohortMethod === 'hipFractures' && s.fls.hipFracturesPerYear <= 0)
		out.push({ id: 'flsNoHipFractures', message: `${withFls.map((o) => o.name).join(', ')} ${withFls.length > 1 ? 'include' : 'includes'} an FLS, but the local hip fractures are 0, so it has no caseload and no benefits.`, path: 'fls.hipFracturesPerYear', source: 'National Hip Fracture Database (local hip fractures); about one hip fracture per 1,000 population a year' });

	if (first && cap && population > 0) {
		if (cap.capacity > 0) {
			const use = first.total / cap.capacity;
			if (use < USE_BAND[0]) out.push({ id: 'lowUse', message: `Demand in ${first.year} is ${pct(use, 0)} of today's scanning capacity (${count(first.total)} of ${count(cap.capacity)} scans): the scanners would stand idle for half their sessions or more. Check the referral rates and sessions.`, path: 'scanners[0].sessionsPerWeek', source: 'Planning check: scanner use under 50% of capacity' });
			else if (use > USE_BAND[1]) out.push({ id: 'overUse', message: `Demand in ${first.year} is ${pct(use, 0)} of today's scanning capacity (${count(first.total)} against ${count(cap.capacity)} scans): the waiting list grows under business as usual.`, path: 'scanners[0].sessionsPerWeek', source: 'Planning check: scanner use over 100% of capacity' });
		}
		const rate = (first.newReferrals / population) * 1000;
		if (rate < REFERRAL_RATE_RANGE[0] || rate > REFERRAL_RATE_RANGE[1])
			out.push({ id: 'referralRate', message: `New referrals are ${decimal(rate, 1)} per 1,000 population a year, outside the ${REFERRAL_RATE_RANGE[0]}-${REFERRAL_RATE_RANGE[1]} per 1,000 published for Grampian: check the referral rates against local data.`, path: 'demand.referralRatesPer1000', source: GRAMPIAN });
		const scanners = s.scanners.length;
		const perMillion = (scanners / population) * 1e6;
		if (perMillion < SCANNERS_PER_MILLION_BAND[0] || perMillion > SCANNERS_PER_MILLION_BAND[1])
			out.push({ id: 'scannersPerMillion', message: `${scanners} scanner${scanners === 1 ? '' : 's'} for ${count(population)} people is ${decimal(perMillion, 1)} per million, ${perMillion < SCANNERS_PER_MILLION ? 'under half' : 'over twice'} the planning figure of ${SCANNERS_PER_MILLION} per million.`, path: 'scanners', source: KANIS });
	}

	const priced = [
		...s.scanners.map((sc, i) => ({ name: sc.name, price: sc.purchaseCostGbp, path: `scanners[${i}].purchaseCostGbp` })),
		...s.options.flatMap((o, oi) => o.addScanners.map((sc, i) => ({ name: `${sc.name} (${o.name})`, price: sc.purchaseCostGbp, path: `options[${oi}].addScanners[${i}].purchaseCostGbp` })))
	];
	for (const p of priced)
		if (p.price > SCANNER_PRICE_LIMIT_GBP) out.push({ id: 'scannerPrice', message: `${p.name} is priced at GBP ${count(p.price)}, over GBP 1m: DXA scanners are usually a fraction of that (the guideline era allocation was GBP 214,000). Check the quote.`, path: p.path, source: 'Hansard 2006: GBP 214,000 allocated per health authority for a DXA scanner; check against a local quote' });
	return out;
}
