import type { AgeBand } from '$lib/model';

/**
 * Growth of the older population by English region from ONS subnational population projections,
 * as tabulated (thousands of people aged 65+ and 85+ in 2010, 2020 and 2030) in the House of
 * Lords Select Committee on Public Service and Demographic Change's "Ready for Ageing?" (2013)
 * data tables, "What does ageing mean where you live?" (source given there: ONS). These are
 * projections made before the 2021 Census: dated, but published and sourced. The annual rate
 * used is the 2020-2030 compound rate, (P2030 / P2020)^(1/10) - 1. They give the 65-74 and 75-84
 * bands the 65+ rate and the 85+ band its own; the under-50 and 50-64 bands keep the schema's
 * placeholders.
 */
export const REGION_GROWTH_SOURCE =
	'ONS subnational population projections as tabulated in House of Lords Select Committee on Public Service and Demographic Change, "Ready for Ageing?" (2013), data tables: people aged 65+ and 85+ by English region in 2020 and 2030 (compound annual rate 2020-2030); dated projections, replace with the latest ONS subnational projections for the catchment';

export interface RegionProjection {
	id: string;
	name: string;
	/** Thousands of people aged 65+ in 2020 and 2030, and aged 85+ in 2020 and 2030. */
	over65: [number, number];
	over85: [number, number];
}

export const REGION_PROJECTIONS: readonly RegionProjection[] = [
	{ id: 'northEast', name: 'North East', over65: [542.8, 654.5], over85: [77.8, 108.6] },
	{ id: 'northWest', name: 'North West', over65: [1394.4, 1675.4], over85: [196.4, 282.2] },
	{ id: 'yorkshire', name: 'Yorkshire and the Humber', over65: [1052.0, 1270.6], over85: [153.1, 220.4] },
	{ id: 'eastMidlands', name: 'East Midlands', over65: [978.1, 1214.6], over85: [139.8, 213.5] },
	{ id: 'westMidlands', name: 'West Midlands', over65: [1137.8, 1362.5], over85: [169.4, 251.4] },
	{ id: 'east', name: 'East of England', over65: [1290.8, 1600.1], over85: [198.7, 295.7] },
	{ id: 'london', name: 'London', over65: [1047.6, 1319.2], over85: [166.3, 218.4] },
	{ id: 'southEast', name: 'South East', over65: [1850.1, 2299.7], over85: [299.6, 440.6] },
	{ id: 'southWest', name: 'South West', over65: [1288.3, 1565.6], over85: [203.8, 301.5] }
];

/** England: the nine regions added together. */
export const ENGLAND: RegionProjection = {
	id: 'england',
	name: 'England',
	over65: [REGION_PROJECTIONS.reduce((t, r) => t + r.over65[0], 0), REGION_PROJECTIONS.reduce((t, r) => t + r.over65[1], 0)],
	over85: [REGION_PROJECTIONS.reduce((t, r) => t + r.over85[0], 0), REGION_PROJECTIONS.reduce((t, r) => t + r.over85[1], 0)]
};

export function annualRate([from, to]: readonly [number, number], years = 10): number {
	return from > 0 && to > 0 ? Math.pow(to / from, 1 / years) - 1 : 0;
}

/** Growth rates for the older bands from a region's projection, rounded to 0.1 percentage point. */
export function regionGrowth(r: RegionProjection): Partial<Record<AgeBand, number>> {
	const r65 = Math.round(annualRate(r.over65) * 1000) / 1000;
	const r85 = Math.round(annualRate(r.over85) * 1000) / 1000;
	return { age65to74: r65, age75to84: r65, age85plus: r85 };
}
