/**
 * Invariants over generated valid scenarios (fast-check). Each property states a rule the engine
 * must keep for every valid input, not only for the examples.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/model/parse';
import { appraise } from '../../src/lib/model/appraise';
import { AppraisalResultSchema } from '../../src/lib/model/results';
import { formatIssues } from '../../src/lib/model/issues';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import { scenarioArb } from './arbitraries';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) };

function parsed(raw: unknown): Scenario {
	const r = parseScenario(raw);
	if (!r.ok) throw new Error(`generated scenario did not parse:\n${formatIssues(r.errors)}`);
	return r.scenario;
}

/** Paths of every number in a value that is NaN or infinite. */
function nonFinite(v: unknown, path = '', out: string[] = []): string[] {
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) out.push(`${path} = ${v}`);
	} else if (Array.isArray(v)) v.forEach((x, i) => nonFinite(x, `${path}[${i}]`, out));
	else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) nonFinite(x, `${path}.${k}`, out);
	return out;
}

/** Green Book factor written out independently of discount.ts. */
function greenBook(y: number, r: number, rl: number): number {
	return y <= 30 ? Math.pow(1 + r, -y) : Math.pow(1 + r, -30) * Math.pow(1 + rl, -(y - 30));
}

const close = (a: number, b: number, rel = 1e-9) => Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

// Generous: the machine is shared, and a failing property shrinks for a while. Not a speed assertion.
const TIMEOUT = 120_000;

describe('generated scenarios', { timeout: TIMEOUT }, () => {
	it('parse, and appraise to results that match the output schema with every number finite', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				const a = appraise(parsed(raw));
				const check = AppraisalResultSchema.safeParse(a);
				expect(check.success, check.success ? '' : JSON.stringify(check.error.issues.slice(0, 3))).toBe(true);
				expect(nonFinite(a)).toEqual([]);
				expect(a.ranking.map((r) => r.rank).sort((x, y) => x - y)).toEqual(a.options.map((_, i) => i + 1));
			}),
			RUNS
		);
	});

	it('more sessions a week never lower any year capacity', () => {
		fc.assert(
			fc.property(scenarioArb.filter((r) => (r.scanners as unknown[]).length > 0), fc.nat(), fc.integer({ min: 1, max: 10 }), (raw, pick, extra) => {
				const s = parsed(raw);
				const i = pick % s.scanners.length;
				const more = structuredClone(s);
				more.scanners[i]!.sessionsPerWeek = Math.min(21, s.scanners[i]!.sessionsPerWeek + extra);
				const before = appraise(s);
				const after = appraise(more);
				before.options.forEach((o, k) => {
					o.capacity.forEach((c, y) => expect(after.options[k]!.capacity[y]!.capacity).toBeGreaterThanOrEqual(c.capacity - 1e-9));
				});
			}),
			RUNS
		);
	});

	it('funded WTE is base WTE x (1 + leave allowance): exactly 1.2 x at the guideline 20%', () => {
		fc.assert(
			fc.property(scenarioArb, fc.boolean(), (raw, guideline) => {
				const s = parsed(raw);
				if (guideline) s.staffing.leaveAllowance = 0.2;
				const a = appraise(s);
				for (const o of a.options)
					for (const y of o.staffing.byYear)
						for (const r of y.roles) {
							expect(close(r.fundedWte, r.baseWte * (1 + s.staffing.leaveAllowance))).toBe(true);
							if (guideline) expect(close(r.fundedWte, 1.2 * r.baseWte, 1e-12)).toBe(true);
						}
			}),
			RUNS
		);
	});

	it('net present cost is the sum of flows discounted by the Green Book factors', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				const s = parsed(raw);
				const { discountRate: r, discountRateLong: rl } = s.appraisal;
				for (const o of appraise(s).options) {
					o.cashFlows.forEach((f, y) => {
						expect(close(f.discountFactor, greenBook(y, r, rl), 1e-12)).toBe(true);
						expect(close(f.discounted, f.total * greenBook(y, r, rl))).toBe(true);
					});
					const npc = o.cashFlows.reduce((t, f, y) => t + f.total * greenBook(y, r, rl), 0);
					expect(close(o.summary.netPresentCostGbp, npc)).toBe(true);
				}
			}),
			RUNS
		);
	});

	it('the waiting list conserves patients every month and never sees more than capacity or than are waiting', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				const s = parsed(raw);
				const problems: string[] = [];
				const fail = (cond: boolean, what: string) => {
					if (!cond) problems.push(what);
				};
				for (const o of appraise(s).options) {
					const wl = o.waitingList;
					let list = wl.startListSize;
					let joined = wl.startListSize;
					let seenSoFar = 0;
					for (const m of wl.months) {
						const at = `${o.id} month ${m.monthIndex}`;
						// start + referrals - seen = end, to rounding (lists run to ~1e6)
						fail(Math.abs(list + m.referrals - m.seen - m.listSize) < 1e-6 * Math.max(1, list + m.referrals), `${at}: ${list} + ${m.referrals} - ${m.seen} != ${m.listSize}`);
						fail(m.seen <= m.capacity + 1e-9 && m.seen >= 0 && m.listSize >= 0, `${at}: seen ${m.seen}, capacity ${m.capacity}, list ${m.listSize}`);
						joined += m.referrals;
						seenSoFar += m.seen;
						fail(seenSoFar <= joined * (1 + 1e-9) + 1e-6, `${at}: seen ${seenSoFar} of ${joined} who joined`);
						list = m.listSize;
					}
					let waiting = wl.startListSize;
					o.capacity.forEach((c, y) => {
						waiting += o.demand[y]!.total;
						fail(c.delivered <= c.capacity * (1 + 1e-9) + 1e-6, `${o.id} year ${y}: delivered ${c.delivered} > capacity ${c.capacity}`);
						fail(c.delivered <= waiting * (1 + 1e-9) + 1e-6, `${o.id} year ${y}: delivered ${c.delivered} > backlog + demand ${waiting}`);
						waiting -= c.delivered;
					});
					for (const share of wl.withinStandardShareByYear) fail(share >= -1e-12 && share <= 1 + 1e-12, `${o.id}: share within standard ${share}`);
				}
				expect(problems).toEqual([]);
			}),
			RUNS
		);
	});

	it('FLS averted fractures, bed-days, deaths and QALYs are never negative', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				for (const o of appraise(parsed(raw)).options) {
					expect(o.summary.fracturesAverted).toBeGreaterThanOrEqual(0);
					for (const y of o.fls?.byYear ?? []) {
						for (const k of ['avertedHip', 'avertedVertebral', 'avertedOther', 'bedDaysAvoided', 'deathsAvoided', 'qalysGained', 'costsAvoidedGbp', 'extraTreated'] as const) expect(y[k]).toBeGreaterThanOrEqual(0);
					}
				}
			}),
			RUNS
		);
	});

	it('appraisal is pure: the same scenario gives the same result and is not modified', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				const s = parsed(raw);
				const copy = structuredClone(s);
				expect(appraise(s)).toEqual(appraise(copy));
				expect(s).toEqual(copy);
			}),
			{ numRuns: 20 }
		);
	});
});
