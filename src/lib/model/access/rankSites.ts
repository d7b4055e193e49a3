import type { SiteAssignment, SiteProblem } from './types';
import { valueTable } from './value';
import { summariseAccess, type AccessSummary } from './summary';

export interface RankedSite {
	candidateId: string;
	/** Patients a year the site would see (at most its capacity). */
	patientsAtSite: number;
	assignment: SiteAssignment;
	access: AccessSummary;
	/** Objective with the site, and its fall from today's (positive = less travel). */
	objective: number;
	saving: number;
}

export interface RankOptions {
	/** Candidates to rank (default: the static ones). */
	candidateIds?: string[];
	/** A mobile stop's capacity when it is ranked alone: scans a week x weeks a year (capped by the stop's own weeks). */
	mobile?: { scansPerWeek: number; weeksPerYear: number };
}

/** Scans a year a candidate can take when it is the only new site. */
function capacityOf(c: SiteProblem['candidates'][number], o: RankOptions): number {
	if (c.kind === 'static') return c.capacityScansPerYear ?? Infinity;
	if (!o.mobile) return Infinity;
	const weeks = Math.min(o.mobile.weeksPerYear, c.maxWeeksPerYear ?? Infinity);
	return Math.max(0, o.mobile.scansPerWeek * weeks);
}

/**
 * Ranks each candidate as the one new site beside today's service. Each locality's patients go to
 * the new site when it saves them travel, up to the site's capacity; with one capacitated site and
 * today's service uncapacitated, filling the site with the localities that save most per patient
 * first is optimal (a fractional knapsack: Dantzig 1957). Ranked by objective, least first; ties
 * keep the candidates' order.
 */
export function rankSingleSites(p: SiteProblem, o: RankOptions = {}): RankedSite[] {
	const { site, current } = valueTable(p);
	const ids = o.candidateIds ?? p.candidates.filter((c) => c.kind === 'static').map((c) => c.id);
	const base = p.localities.reduce((t, l, i) => t + Math.max(0, l.patientsPerYear) * (current[i] as number), 0);
	const ranked = ids.flatMap((id) => {
		const j = p.candidates.findIndex((c) => c.id === id);
		if (j < 0) return [];
		let room = capacityOf(p.candidates[j] as SiteProblem['candidates'][number], o);
		const order = p.localities
			.map((l, i) => ({ i, saving: (current[i] as number) - ((site[i] as Float64Array)[j] as number), n: Math.max(0, l.patientsPerYear) }))
			.filter((x) => x.saving > 1e-12 && x.n > 0)
			.sort((a, b) => b.saving - a.saving || a.i - b.i);
		const toSite = p.localities.map(() => p.candidates.map(() => 0));
		const toCurrent = p.localities.map((l) => Math.max(0, l.patientsPerYear));
		let saving = 0;
		let patientsAtSite = 0;
		for (const x of order) {
			if (!(room > 0)) break;
			const moved = Math.min(room, x.n);
			(toSite[x.i] as number[])[j] = moved;
			toCurrent[x.i] = (toCurrent[x.i] as number) - moved;
			room -= moved;
			saving += moved * x.saving;
			patientsAtSite += moved;
		}
		const assignment = { toSite, toCurrent };
		return [{ candidateId: id, patientsAtSite, assignment, access: summariseAccess(p, assignment), objective: base - saving, saving }];
	});
	return ranked.sort((a, b) => a.objective - b.objective);
}
