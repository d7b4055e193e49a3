import type { Journey } from './geo';
import type { SiteAssignment, SiteProblem } from './types';
import { journeyValue } from './value';

/** Patient access under an assignment, for one locality or in total. */
export interface AccessFigures {
	/** Return journeys a year (one per scan). */
	journeys: number;
	returnMiles: number;
	returnHours: number;
	/** Value in the problem's measure (minutes, miles or GBP). */
	objective: number;
	/** Share of journeys whose one-way time (half the return) is at most 30 and 60 minutes. */
	within30Share: number;
	within60Share: number;
}

export interface LocalityAccess extends AccessFigures {
	localityId: string;
	/** Patients a year seen at the candidate sites rather than today's service. */
	atSites: number;
}

export interface AccessSummary {
	total: AccessFigures & { atSites: number };
	byLocality: LocalityAccess[];
}

/** Thresholds on the one-way journey: the return minutes the planner holds are halved. */
const within = (j: Journey, oneWayMinutes: number) => j.returnMinutes / 2 <= oneWayMinutes + 1e-9;

function figures(p: SiteProblem, parts: { n: number; j: Journey }[]): AccessFigures {
	let journeys = 0;
	let miles = 0;
	let minutes = 0;
	let objective = 0;
	let w30 = 0;
	let w60 = 0;
	for (const { n, j } of parts) {
		if (!(n > 0)) continue;
		journeys += n;
		miles += n * j.returnMiles;
		minutes += n * j.returnMinutes;
		objective += n * journeyValue(p, j);
		if (within(j, 30)) w30 += n;
		if (within(j, 60)) w60 += n;
	}
	return {
		journeys,
		returnMiles: miles,
		returnHours: minutes / 60,
		objective,
		within30Share: journeys > 0 ? w30 / journeys : 0,
		within60Share: journeys > 0 ? w60 / journeys : 0
	};
}

/** Journeys, miles, hours, the objective and the shares within 30 and 60 minutes, by locality and in total. */
export function summariseAccess(p: SiteProblem, a: SiteAssignment): AccessSummary {
	const all: { n: number; j: Journey }[] = [];
	const byLocality = p.localities.map((l, i) => {
		const row = a.toSite[i] ?? [];
		const parts = [{ n: a.toCurrent[i] ?? 0, j: l.current }, ...p.candidates.map((_, k) => ({ n: row[k] ?? 0, j: (p.journeys[i] as Journey[])[k] as Journey }))];
		all.push(...parts);
		let atSites = 0;
		for (const x of row) atSites += x;
		return { localityId: l.id, atSites, ...figures(p, parts) };
	});
	return { total: { ...figures(p, all), atSites: byLocality.reduce((t, l) => t + l.atSites, 0) }, byLocality };
}

/** Everyone scanned where they are today. */
export function currentAssignment(p: SiteProblem): SiteAssignment {
	return { toSite: p.localities.map(() => p.candidates.map(() => 0)), toCurrent: p.localities.map((l) => Math.max(0, l.patientsPerYear)) };
}
