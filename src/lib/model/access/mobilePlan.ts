import type { SiteAssignment, SiteProblem } from './types';
import { valueTable } from './value';
import { summariseAccess, type AccessSummary } from './summary';
import { stopWeeksFlow, type StopsSolution } from './stopWeeks';

export interface MobilePlanOptions {
	/** Most stops the unit makes (k). */
	stops: number;
	/** Scans the unit does in a week at a stop. */
	scansPerWeek: number;
	/** Weeks a year the unit is out at its stops (whole weeks). */
	weeksPerYear: number;
	/** Candidates that may be stops (default: the mobile stops). */
	candidateIds?: string[];
}

export interface PlannedStop {
	candidateId: string;
	/** Whole weeks a year at the stop: the fewest that cover its patients. */
	weeks: number;
	/** Patients a year scanned there. */
	patientsPerYear: number;
}

export interface MobilePlan {
	stops: PlannedStop[];
	weeksUsed: number;
	spareWeeks: number;
	assignment: SiteAssignment;
	access: AccessSummary;
	/** Objective with the plan and today's (everyone at today's service). */
	objective: number;
	currentObjective: number;
	/** Sets of stops solved exactly, and those ruled out by their bound alone (the search's work). */
	setsSolved: number;
	setsPruned: number;
}

const EPS = 1e-9;

/**
 * The best set of at most k mobile stops and whole weeks at each, by total patient travel in the
 * problem's measure, subject to each stop's weeks (its capacity is weeks x scans a week) and the
 * unit's weeks a year; patients not seen on the unit travel to today's service. Exact, by branch and
 * bound over the sets of stops (docs/methods.md, "Site choice"):
 *
 * - Bound: for stops T, no plan using stops from T saves more travel than a fractional knapsack in
 *   which every patient of locality i saves its best saving over T and the unit's scans a year are
 *   the knapsack's size (each stop's own weeks dropped). This is a lower bound on the objective.
 * - Sets are searched depth first over candidates ordered by what each saves alone; a branch is
 *   cut when the bound over its chosen stops and every candidate still to come is no better than the
 *   best plan found.
 * - Each set that survives is solved exactly by stopWeeksFlow: a minimum-cost flow for the
 *   assignment, with branch and bound on the whole weeks.
 */
export function planMobileStops(p: SiteProblem, o: MobilePlanOptions): MobilePlan {
	const { site, current } = valueTable(p);
	const L = p.localities.length;
	const demand = Float64Array.from(p.localities, (l) => Math.max(0, l.patientsPerYear));
	let currentObjective = 0;
	for (let i = 0; i < L; i++) currentObjective += (demand[i] as number) * (current[i] as number);
	const W = Math.max(0, Math.floor(o.weeksPerYear));
	const c = Math.max(0, o.scansPerWeek);
	const allowed = new Set(o.candidateIds ?? p.candidates.filter((x) => x.kind === 'mobileStop').map((x) => x.id));
	const maxWeeksOf = (j: number) => Math.max(0, Math.min(W, Math.floor(p.candidates[j]?.maxWeeksPerYear ?? W)));
	// saving[j][i]: travel saved per patient of locality i seen at candidate j instead of today's service.
	const eligible = p.candidates
		.map((_, j) => j)
		.filter((j) => allowed.has((p.candidates[j] as SiteProblem['candidates'][number]).id) && maxWeeksOf(j) > 0);
	const saving = new Map<number, Float64Array>();
	for (const j of eligible) saving.set(j, Float64Array.from(p.localities, (_, i) => Math.max(0, (current[i] as number) - ((site[i] as Float64Array)[j] as number))));

	/** Fractional knapsack: the most travel saved with per-patient savings `best` and `pool` scans. */
	const order = new Int32Array(L);
	const knapsack = (best: Float64Array, pool: number): number => {
		for (let i = 0; i < L; i++) order[i] = i;
		order.sort((a, b) => (best[b] as number) - (best[a] as number) || a - b);
		let room = pool;
		let saved = 0;
		for (let k = 0; k < L && room > EPS; k++) {
			const i = order[k] as number;
			const s = best[i] as number;
			if (!(s > EPS)) break;
			const n = Math.min(room, demand[i] as number);
			saved += n * s;
			room -= n;
		}
		return saved;
	};
	const bestOver = (stops: number[]): Float64Array => {
		const best = new Float64Array(L);
		for (const j of stops) {
			const s = saving.get(j) as Float64Array;
			for (let i = 0; i < L; i++) if ((s[i] as number) > (best[i] as number)) best[i] = s[i] as number;
		}
		return best;
	};
	const poolOf = (stops: number[]) => c * Math.min(W, stops.reduce((t, j) => t + maxWeeksOf(j), 0));

	// Candidates best alone first, so that good sets are found early and cut the rest.
	const ranked = [...eligible].sort((a, b) => knapsack(bestOver([b]), poolOf([b])) - knapsack(bestOver([a]), poolOf([a])) || a - b);
	const k = Math.min(Math.max(0, Math.floor(o.stops)), ranked.length);
	// suffixBest[s][i]: best saving for locality i over ranked[s..].
	const suffixBest: Float64Array[] = new Array(ranked.length + 1);
	suffixBest[ranked.length] = new Float64Array(L);
	for (let s = ranked.length - 1; s >= 0; s--) {
		const here = saving.get(ranked[s] as number) as Float64Array;
		const next = suffixBest[s + 1] as Float64Array;
		suffixBest[s] = Float64Array.from(next, (v, i) => Math.max(v, here[i] as number));
	}
	const suffixWeeks = new Float64Array(ranked.length + 1);
	for (let s = ranked.length - 1; s >= 0; s--) suffixWeeks[s] = (suffixWeeks[s + 1] as number) + maxWeeksOf(ranked[s] as number);

	let best: { stops: number[]; solution: StopsSolution } | null = null;
	let bestObjective = currentObjective;
	let setsSolved = 0;
	let setsPruned = 0;
	const solveSet = (stops: number[]) => {
		setsSolved++;
		const sol = stopWeeksFlow({
			demand,
			fallback: current,
			cost: stops.map((j) => Float64Array.from(p.localities, (_, i) => (site[i] as Float64Array)[j] as number)),
			maxWeeks: stops.map(maxWeeksOf),
			scansPerWeek: c,
			weeksPerYear: W,
			incumbent: bestObjective
		});
		if (sol && sol.objective < bestObjective - EPS * Math.max(1, Math.abs(bestObjective))) {
			bestObjective = sol.objective;
			best = { stops, solution: sol };
		}
	};

	if (k > 0 && c > 0 && W > 0) {
		const chosen: number[] = [];
		const chosenBest: Float64Array[] = [new Float64Array(L)];
		const chosenWeeks: number[] = [0];
		const visit = (start: number) => {
			const depth = chosen.length;
			const have = chosenBest[depth] as Float64Array;
			if (depth === k) {
				const bound = currentObjective - knapsack(have, c * Math.min(W, chosenWeeks[depth] as number));
				if (bound >= bestObjective - EPS * Math.max(1, Math.abs(bestObjective))) setsPruned++;
				else solveSet([...chosen]);
				return;
			}
			for (let s = start; s <= ranked.length - (k - depth); s++) {
				// Bound for every set that extends `chosen` with candidates from ranked[s..].
				const rest = suffixBest[s] as Float64Array;
				const reach = Float64Array.from(have, (v, i) => Math.max(v, rest[i] as number));
				const bound = currentObjective - knapsack(reach, c * Math.min(W, (chosenWeeks[depth] as number) + (suffixWeeks[s] as number)));
				if (bound >= bestObjective - EPS * Math.max(1, Math.abs(bestObjective))) {
					setsPruned++;
					break;
				}
				const j = ranked[s] as number;
				chosen.push(j);
				const own = saving.get(j) as Float64Array;
				chosenBest[depth + 1] = Float64Array.from(have, (v, i) => Math.max(v, own[i] as number));
				chosenWeeks[depth + 1] = (chosenWeeks[depth] as number) + maxWeeksOf(j);
				visit(s + 1);
				chosen.pop();
			}
		};
		visit(0);
	}

	const toSite = p.localities.map(() => p.candidates.map(() => 0));
	const toCurrent = Array.from(demand);
	const stops: PlannedStop[] = [];
	const found = best as { stops: number[]; solution: StopsSolution } | null;
	if (found) {
		found.stops.forEach((j, s) => {
			const weeks = found.solution.weeks[s] as number;
			const load = found.solution.load[s] as number;
			if (!(load > EPS)) return;
			stops.push({ candidateId: (p.candidates[j] as SiteProblem['candidates'][number]).id, weeks, patientsPerYear: load });
			for (let i = 0; i < L; i++) {
				const n = (found.solution.flow[s] as Float64Array)[i] as number;
				(toSite[i] as number[])[j] = n;
				toCurrent[i] = Math.max(0, (toCurrent[i] as number) - n);
			}
		});
	}
	const weeksUsed = stops.reduce((t, s) => t + s.weeks, 0);
	const assignment = { toSite, toCurrent };
	return {
		stops,
		weeksUsed,
		spareWeeks: W - weeksUsed,
		assignment,
		access: summariseAccess(p, assignment),
		objective: found ? bestObjective : currentObjective,
		currentObjective,
		setsSolved,
		setsPruned
	};
}
