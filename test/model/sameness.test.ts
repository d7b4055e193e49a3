/**
 * The two readers of the kernel's series agree: over generated scenarios (capital items,
 * outsourcing, an FLS, mobile units, replacements, scanner removals, formulas), every figure of
 * every option's summary equals the same figure read from that option's full tables, exactly (no
 * tolerance), and the summaries the analyses use (appraiseSummaries) are appraise()'s. An arena
 * reused from another scenario gives the same results as a fresh one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/model/parse';
import { appraise, appraiseSummaries } from '../../src/lib/model/appraise';
import { Arena, sizeOf } from '../../src/lib/model/arena';
import { formatIssues } from '../../src/lib/model/issues';
import type { OptionResult, OptionSummary } from '../../src/lib/model/results';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import { scenarioArb } from './arbitraries';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) };

function parsed(raw: unknown): Scenario {
	const r = parseScenario(raw);
	if (!r.ok) throw new Error(`generated scenario did not parse:\n${formatIssues(r.errors)}`);
	return r.scenario;
}

/** Sum in order from 0, as a reader adding up a table column would. */
const total = (xs: readonly number[]) => xs.reduce((t, x) => t + x, 0);

/**
 * An option's summary worked out from its tables alone (the Green Book measures in
 * docs/methods.md), except what the appraisal writes after comparing options (incremental NPC and
 * rank) and the weighted score (from the scenario's criteria, not a table).
 */
function summaryFromTables(s: Scenario, o: OptionResult): Omit<OptionSummary, 'incrementalNpcVsBauGbp' | 'rank' | 'weightedScore'> {
	const H = s.horizonYears;
	const npc = total(o.cashFlows.map((f) => f.discounted));
	const pvScans = total(o.capacity.map((c, y) => c.delivered * o.cashFlows[y]!.discountFactor));
	const pvBenefits = o.fls ? o.fls.pvCostsAvoidedGbp : 0;
	const qalys = o.fls ? o.fls.discountedQalys : 0;
	const wait = o.waitingList.endEstimatedWaitWeeks;
	return {
		netPresentCostGbp: npc,
		pvBenefitsGbp: pvBenefits,
		discountedQalys: qalys,
		pvQalyValueGbp: qalys * s.appraisal.valuePerQalyGbp,
		netPresentValueGbp: pvBenefits - npc,
		netPresentSocialValueGbp: pvBenefits + qalys * s.appraisal.valuePerQalyGbp - npc,
		equivalentAnnualCostGbp: npc / total(o.cashFlows.map((f) => f.discountFactor)),
		costPerScanGbp: pvScans > 0 ? npc / pvScans : null,
		capitalTotalGbp: total(o.cashFlows.map((f) => f.capitalTotal)),
		revenueTotalGbp: total(o.cashFlows.map((f) => f.revenueTotal)),
		scansDelivered: total(o.capacity.map((c) => c.delivered)),
		averageCapacity: total(o.capacity.map((c) => c.capacity)) / H,
		maxCapacityGap: Math.max(...o.capacity.map((c) => c.gap)),
		finalYearCapacityGap: o.capacity[H - 1]!.gap,
		endListSize: o.waitingList.endListSize,
		endEstimatedWaitWeeks: wait,
		backlogClearsMonth: o.waitingList.backlogClearsMonth,
		averageFundedWte: total(o.staffing.byYear.map((y) => y.totalFundedWte)) / H,
		fracturesAverted: o.fls ? o.fls.totals.avertedHip + o.fls.totals.avertedVertebral + o.fls.totals.avertedOther : 0,
		meetsDemand: wait !== null && wait <= s.demand.waitStandardWeeks
	};
}

describe('summaries and tables are two readers of the same series', { timeout: 180_000 }, () => {
	it('every summary figure equals the figure read from the full tables, exactly', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				const s = parsed(raw);
				for (const o of appraise(s).options) {
					const { incrementalNpcVsBauGbp: _i, rank: _r, weightedScore: _w, ...summary } = o.summary;
					expect(summary).toEqual(summaryFromTables(s, o));
					// Each table total agrees with its rows too (the kernel's totals are not a second formula).
					o.capacity.forEach((c) => expect(c.capacity).toBe(total(c.scanners.map((sc) => sc.capacity)) + c.outsourced));
					o.cashFlows.forEach((f) => expect(f.capitalTotal).toBe(total(Object.values(f.capital))));
					o.staffing.byYear.forEach((y) => expect(y.totalFundedWte).toBe(total(y.roles.map((r) => r.fundedWte))));
				}
			}),
			RUNS
		);
	});

	it('the analyses\' summaries and ranking are appraise()\'s', () => {
		fc.assert(
			fc.property(scenarioArb, (raw) => {
				const s = parsed(raw);
				const full = appraise(s);
				const lean = appraiseSummaries(s);
				expect(lean.options.map((o) => o.summary)).toEqual(full.options.map((o) => o.summary));
				expect(lean.ranking).toEqual(full.ranking);
				expect(lean.preferredReason).toBe(full.preferredReason);
			}),
			RUNS
		);
	});

	it('an arena reused from another scenario gives exactly a fresh appraisal', () => {
		fc.assert(
			fc.property(scenarioArb, scenarioArb, (rawA, rawB) => {
				const a = parsed(rawA);
				const b = parsed(rawB);
				const arena = new Arena({ years: 30, localities: 4, roles: 10, scanners: 5 + Math.max(sizeOf(a).scanners, sizeOf(b).scanners) });
				appraise(a, arena);
				expect(appraise(b, arena)).toEqual(appraise(b));
				// And the same scenario twice in a row (the Monte Carlo analysis's case: unchanged series are kept).
				expect(appraiseSummaries(b, arena).options).toEqual(appraiseSummaries(b).options);
			}),
			{ numRuns: 30 }
		);
	});
});
