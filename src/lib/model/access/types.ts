import type { Journey } from './geo';

/** What a site plan minimises: patients' return travel time, distance, or their money value. */
export type TravelMeasure = 'minutes' | 'miles' | 'cost';

/** A locality and the patients from it who need a scan each year. */
export interface SiteLocality {
	id: string;
	name: string;
	/** Scans a year for residents of this locality (real: an expected number). */
	patientsPerYear: number;
	/** Their return journey to where they are scanned today. */
	current: Journey;
}

/** A place a scanner could sit: a static site, or a stop for the mobile unit. */
export interface SiteCandidate {
	id: string;
	name: string;
	kind: 'static' | 'mobileStop';
	/** Weeks a year the site can host the mobile unit (power, parking, a waiting area); none means no limit. */
	maxWeeksPerYear?: number;
	/** Scans a year a static scanner at the site can do; none means no limit. */
	capacityScansPerYear?: number;
}

/** Candidate sites, localities, and the return journey from each locality to each site. */
export interface SiteProblem {
	localities: SiteLocality[];
	candidates: SiteCandidate[];
	/** journeys[i][j]: return journey from locality i to candidate j. */
	journeys: Journey[][];
	measure: TravelMeasure;
	/** Only for measure 'cost': GBP a mile and GBP an hour of patient time. */
	costPerMileGbp: number;
	valueOfTimePerHourGbp: number;
}

/**
 * Where each locality's patients are scanned: patients a year to each candidate (the same order as
 * the candidates) and to today's service; for each locality they add up to its patients.
 */
export interface SiteAssignment {
	toSite: number[][];
	toCurrent: number[];
}
