import type { Journey } from './geo';
import type { SiteAssignment, SiteProblem } from './types';

/** An option's travel change for one locality, in the shape of the scenario's TravelChange input. */
export interface SiteTravelChange {
	localityId: string;
	returnTravelMiles: number;
	travelMinutes: number;
	shareOfPatients: number;
}

/**
 * The travel changes that make an assignment an option: for each locality with patients at the
 * new sites, the share of its patients seen there and their average return journey (weighted by
 * patients at each site). Localities whose patients all stay with today's service are left out.
 * Example: 300 of 400 patients at a stop 20 miles / 40 minutes away and 100 at one 30 miles /
 * 50 minutes away give share 400 / 400 = 1, miles (300 x 20 + 100 x 30) / 400 = 22.5, minutes 42.5.
 */
export function travelChangesFor(p: SiteProblem, a: SiteAssignment): SiteTravelChange[] {
	const out: SiteTravelChange[] = [];
	p.localities.forEach((l, i) => {
		const row = a.toSite[i] ?? [];
		let n = 0;
		let miles = 0;
		let minutes = 0;
		row.forEach((x, j) => {
			if (!(x > 0)) return;
			const jn = (p.journeys[i] as Journey[])[j] as Journey;
			n += x;
			miles += x * jn.returnMiles;
			minutes += x * jn.returnMinutes;
		});
		const total = Math.max(0, l.patientsPerYear);
		if (!(n > 1e-9) || !(total > 0)) return;
		out.push({ localityId: l.id, returnTravelMiles: miles / n, travelMinutes: minutes / n, shareOfPatients: Math.min(1, n / total) });
	});
	return out;
}
