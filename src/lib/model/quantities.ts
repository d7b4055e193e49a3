import { AGE_BANDS, type AgeBand } from './schema/lists';

interface Localities {
	catchment: { localities: { population: Record<AgeBand, unknown> }[] };
	horizonYears: unknown;
	startYear: unknown;
}

/** Named quantities a formula may use, with what each means (shown in the editor and docs). */
export const QUANTITY_HELP: Record<string, string> = {
	population: 'Total catchment population at the start year',
	population50Plus: 'Catchment population aged 50 and over',
	population65Plus: 'Catchment population aged 65 and over',
	population75Plus: 'Catchment population aged 75 and over',
	populationUnder50: 'Catchment population under 50',
	population50to64: 'Catchment population aged 50-64',
	population65to74: 'Catchment population aged 65-74',
	population75to84: 'Catchment population aged 75-84',
	population85Plus: 'Catchment population aged 85 and over',
	horizonYears: 'Years in the appraisal horizon',
	startYear: 'First year of the appraisal',
	localities: 'Number of localities in the catchment'
};

function n(v: unknown): number {
	return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/** Compute the named quantities from a parsed scenario (population figures are plain numbers). */
export function namedQuantities(s: Localities): Record<string, number> {
	const band = Object.fromEntries(AGE_BANDS.map((b) => [b, s.catchment.localities.reduce((t, l) => t + n(l.population[b]), 0)])) as Record<AgeBand, number>;
	return {
		population: AGE_BANDS.reduce((t, b) => t + band[b], 0),
		population50Plus: band.age50to64 + band.age65to74 + band.age75to84 + band.age85plus,
		population65Plus: band.age65to74 + band.age75to84 + band.age85plus,
		population75Plus: band.age75to84 + band.age85plus,
		populationUnder50: band.under50,
		population50to64: band.age50to64,
		population65to74: band.age65to74,
		population75to84: band.age75to84,
		population85Plus: band.age85plus,
		horizonYears: n(s.horizonYears),
		startYear: n(s.startYear),
		localities: s.catchment.localities.length
	};
}
