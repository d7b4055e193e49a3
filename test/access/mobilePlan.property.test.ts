/**
 * The mobile-stop plan against brute force on random small cases: every set of at most k stops,
 * every split of whole weeks, and for each the best assignment of whole patients by dynamic
 * programming over localities (with whole-number data a transportation problem has a whole-number
 * optimum, so this is the exact optimum by a method that shares nothing with the solver's flows).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMobileStops, rankSingleSites, type SiteProblem } from '../../src/lib/model/access';

interface Case {
	problem: SiteProblem;
	stops: number;
	scansPerWeek: number;
	weeksPerYear: number;
}

const caseArb: fc.Arbitrary<Case> = fc
	.record({
		L: fc.integer({ min: 1, max: 4 }),
		M: fc.integer({ min: 1, max: 3 }),
		stops: fc.integer({ min: 0, max: 3 }),
		scansPerWeek: fc.integer({ min: 1, max: 4 }),
		weeksPerYear: fc.integer({ min: 0, max: 5 }),
		seed: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 40, maxLength: 40 }),
		caps: fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }), { minLength: 3, maxLength: 3 })
	})
	.map(({ L, M, stops, scansPerWeek, weeksPerYear, seed, caps }) => {
		let k = 0;
		const next = (mod: number) => (seed[k++ % seed.length] as number) % mod;
		const localities = Array.from({ length: L }, (_, i) => ({
			id: `L${i}`,
			name: `L${i}`,
			patientsPerYear: next(8),
			current: { returnMinutes: next(31), returnMiles: next(20) }
		}));
		const candidates = Array.from({ length: M }, (_, j) => ({ id: `S${j}`, name: `S${j}`, kind: 'mobileStop' as const, maxWeeksPerYear: caps[j] }));
		const journeys = localities.map(() => candidates.map(() => ({ returnMinutes: next(31), returnMiles: next(20) })));
		return { problem: { localities, candidates, journeys, measure: 'minutes' as const, costPerMileGbp: 0.45, valueOfTimePerHourGbp: 10 }, stops, scansPerWeek, weeksPerYear };
	});

/** Least total minutes for fixed stop capacities, whole patients, by DP over localities. */
function bestAssignment(p: SiteProblem, stops: number[], capacity: number[]): number {
	const memo = new Map<string, number>();
	const go = (i: number, room: number[]): number => {
		if (i === p.localities.length) return 0;
		const key = `${i}|${room.join(',')}`;
		const hit = memo.get(key);
		if (hit !== undefined) return hit;
		const l = p.localities[i] as SiteProblem['localities'][number];
		let best = Infinity;
		const split = (s: number, left: number, used: number[], cost: number) => {
			if (s === stops.length) {
				const total = cost + left * l.current.returnMinutes + go(i + 1, room.map((r, t) => r - (used[t] as number)));
				if (total < best) best = total;
				return;
			}
			const t = (p.journeys[i] as SiteProblem['journeys'][number])[stops[s] as number]?.returnMinutes as number;
			for (let x = 0; x <= Math.min(left, room[s] as number); x++) split(s + 1, left - x, [...used, x], cost + x * t);
		};
		split(0, l.patientsPerYear, [], 0);
		memo.set(key, best);
		return best;
	};
	return go(0, capacity);
}

function bruteForce(c: Case): number {
	const { problem: p, scansPerWeek, weeksPerYear: W } = c;
	const M = p.candidates.length;
	let best = bestAssignment(p, [], []);
	for (let mask = 1; mask < 1 << M; mask++) {
		const stops = [...Array(M).keys()].filter((j) => mask & (1 << j));
		if (stops.length > c.stops) continue;
		const weeks = (s: number, left: number, w: number[]) => {
			if (s === stops.length) {
				best = Math.min(best, bestAssignment(p, stops, w.map((x) => x * scansPerWeek)));
				return;
			}
			const cap = Math.min(left, p.candidates[stops[s] as number]?.maxWeeksPerYear ?? left);
			for (let x = 0; x <= cap; x++) weeks(s + 1, left - x, [...w, x]);
		};
		weeks(0, W, []);
	}
	return best;
}

describe('mobile stops: exact against brute force', () => {
	it('the plan is feasible, its objective is what its assignment costs, and no split of whole weeks over any set of stops does better', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const plan = planMobileStops(c.problem, { stops: c.stops, scansPerWeek: c.scansPerWeek, weeksPerYear: c.weeksPerYear });
				const p = c.problem;
				// Feasible: at most k stops, weeks within each stop's limit and the unit's year, loads within weeks.
				expect(plan.stops.length).toBeLessThanOrEqual(c.stops);
				expect(plan.weeksUsed).toBeLessThanOrEqual(c.weeksPerYear);
				for (const s of plan.stops) {
					const cand = p.candidates.find((x) => x.id === s.candidateId);
					expect(s.weeks).toBeLessThanOrEqual(cand?.maxWeeksPerYear ?? c.weeksPerYear);
					expect(s.patientsPerYear).toBeLessThanOrEqual(s.weeks * c.scansPerWeek + 1e-9);
				}
				// Every patient somewhere, and the objective is what the assignment costs.
				let cost = 0;
				p.localities.forEach((l, i) => {
					const row = plan.assignment.toSite[i] as number[];
					expect(row.reduce((t, x) => t + x, 0) + (plan.assignment.toCurrent[i] as number)).toBeCloseTo(l.patientsPerYear, 9);
					cost += (plan.assignment.toCurrent[i] as number) * l.current.returnMinutes;
					row.forEach((x, j) => (cost += x * ((p.journeys[i] as SiteProblem['journeys'][number])[j]?.returnMinutes as number)));
				});
				expect(plan.objective).toBeCloseTo(cost, 9);
				// Optimal.
				expect(plan.objective).toBeCloseTo(bruteForce(c), 9);
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 150) }
		);
	});

	it('ranking single sites: each site saves exactly what the best single stop with its capacity saves', () => {
		fc.assert(
			fc.property(caseArb, (c) => {
				const weeks = Math.max(1, c.weeksPerYear);
				const ranked = rankSingleSites(c.problem, { candidateIds: c.problem.candidates.map((x) => x.id), mobile: { scansPerWeek: c.scansPerWeek, weeksPerYear: weeks } });
				for (const r of ranked) {
					const j = c.problem.candidates.findIndex((x) => x.id === r.candidateId);
					const cap = Math.min(weeks, c.problem.candidates[j]?.maxWeeksPerYear ?? weeks) * c.scansPerWeek;
					expect(r.objective).toBeCloseTo(bestAssignment(c.problem, [j], [cap]), 9);
				}
				for (let k = 1; k < ranked.length; k++) expect((ranked[k] as (typeof ranked)[number]).objective).toBeGreaterThanOrEqual((ranked[k - 1] as (typeof ranked)[number]).objective);
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 150) }
		);
	});
});
