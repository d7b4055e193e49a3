import { FlowNetwork, FLOW_EPS } from './minCostFlow';

export interface StopsInput {
	/** Patients a year by locality. */
	demand: Float64Array;
	/** Per-patient value of today's journey, by locality (no capacity limit). */
	fallback: Float64Array;
	/** cost[s][i]: per-patient value of the journey from locality i to stop s. */
	cost: Float64Array[];
	/** Most whole weeks at each stop. */
	maxWeeks: number[];
	scansPerWeek: number;
	weeksPerYear: number;
	/** Only solutions with an objective below this are wanted. */
	incumbent: number;
}

export interface StopsSolution {
	objective: number;
	/** Whole weeks at each stop: the fewest that cover its load. */
	weeks: number[];
	/** Patients a year at each stop. */
	load: number[];
	/** flow[s][i]: patients a year from locality i at stop s. */
	flow: Float64Array[];
}

const ceilWeeks = (x: number) => Math.max(0, Math.ceil(x - 1e-9));

/**
 * Exact assignment and whole weeks for a fixed set of stops. With weeks allowed to be fractional,
 * the problem is a minimum-cost flow: source -> locality (its patients) -> today's service (its
 * journey, no limit) or a stop (that journey) -> the unit's weeks (scans a week x weeks a year) ->
 * sink. Whole weeks come from branch and bound: a bound w_s <= u_s caps the stop's arc, a bound
 * w_s >= l_s reserves l_s weeks for it (an arc to the sink of l_s weeks' scans that uses none of
 * the shared weeks). When the flow's loads fit in whole weeks (the sum over stops of
 * max(l_s, ceil(load / scans a week)) is within the weeks a year), the relaxation's optimum is
 * feasible and so optimal for that branch; otherwise a stop with a fractional number of weeks is
 * split into w_s <= floor and w_s >= ceil. Branches no better than the incumbent are cut.
 */
export function stopWeeksFlow(input: StopsInput): StopsSolution | null {
	const { demand, fallback, cost, maxWeeks, scansPerWeek: c, weeksPerYear: W } = input;
	const L = demand.length;
	const S = cost.length;
	let best: StopsSolution | null = null;
	let bestObjective = input.incumbent;
	const tol = () => 1e-9 * Math.max(1, Math.abs(bestObjective));

	const relax = (lo: number[], hi: number[]) => {
		const reserved = lo.reduce((t, x) => t + x, 0);
		if (reserved > W) return null;
		const source = 0;
		const locality = (i: number) => 1 + i;
		const stop = (s: number) => 1 + L + s;
		const pool = 1 + L + S;
		const sink = pool + 1;
		const g = new FlowNetwork(sink + 1);
		const arcs: number[][] = cost.map(() => new Array<number>(L).fill(-1));
		for (let i = 0; i < L; i++) {
			const d = demand[i] as number;
			if (!(d > 0)) continue;
			g.addArc(source, locality(i), d, 0);
			g.addArc(locality(i), sink, d, fallback[i] as number);
			for (let s = 0; s < S; s++) {
				const t = (cost[s] as Float64Array)[i] as number;
				// A stop no nearer than today's service never carries a patient in an optimum.
				if (t < (fallback[i] as number) - 1e-12) (arcs[s] as number[])[i] = g.addArc(locality(i), stop(s), d, t);
			}
		}
		for (let s = 0; s < S; s++) {
			const l = lo[s] as number;
			const u = hi[s] as number;
			if (l > 0) g.addArc(stop(s), sink, c * l, 0);
			if (u > l) g.addArc(stop(s), pool, c * (u - l), 0);
		}
		g.addArc(pool, sink, c * (W - reserved), 0);
		const { cost: objective } = g.solve(source, sink);
		const flow = cost.map((_, s) => Float64Array.from({ length: L }, (_, i) => ((arcs[s] as number[])[i] as number) >= 0 ? g.flowOn((arcs[s] as number[])[i] as number) : 0));
		const load = flow.map((f) => f.reduce((t, x) => t + x, 0));
		return { objective, flow, load };
	};

	const visit = (lo: number[], hi: number[]) => {
		const r = relax(lo, hi);
		if (!r || r.objective >= bestObjective - tol()) return;
		const weeks = r.load.map((x, s) => Math.max(lo[s] as number, ceilWeeks(x / c)));
		if (weeks.reduce((t, x) => t + x, 0) <= W) {
			bestObjective = r.objective;
			best = { objective: r.objective, weeks, load: r.load, flow: r.flow };
			return;
		}
		// Some stop's load needs a fractional number of weeks above its reserve: split on the most fractional.
		let pick = -1;
		let frac = 0;
		r.load.forEach((x, s) => {
			const w = x / c;
			const f = w - Math.floor(w);
			const distance = Math.min(f, 1 - f);
			if (w > (lo[s] as number) + FLOW_EPS && f > 1e-9 && f < 1 - 1e-9 && distance > frac) {
				frac = distance;
				pick = s;
			}
		});
		if (pick < 0) return;
		const w = (r.load[pick] as number) / c;
		const down = [...hi];
		down[pick] = Math.floor(w);
		visit(lo, down);
		const up = [...lo];
		up[pick] = Math.ceil(w);
		if ((up[pick] as number) <= (hi[pick] as number)) visit(up, hi);
	};

	if (c > 0 && W > 0 && S > 0) visit(cost.map(() => 0), maxWeeks.map((m) => Math.max(0, Math.min(W, Math.floor(m)))));
	return best;
}
