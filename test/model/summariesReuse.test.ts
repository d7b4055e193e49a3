/**
 * appraiseSummaries refilling an earlier result (the Monte Carlo analysis's case: one result per
 * run, refilled every iteration): the refilled result is the same object, with the same option and
 * summary objects, and holds exactly what a fresh call gives, whatever scenario it held before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseScenario, parseScenarioJson } from '../../src/lib/model/parse';
import { appraise, appraiseSummaries } from '../../src/lib/model/appraise';
import { formatIssues } from '../../src/lib/model/issues';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import { compileInputs, assignmentsFor } from '../../src/lib/model/uncertainty/ranges';
import { withValues } from '../../src/lib/model/uncertainty/paths';
import { xoshiro128ss } from '../../src/lib/model/uncertainty/prng';
import { scenarioArb } from './arbitraries';

function parsed(raw: unknown): Scenario {
	const r = parseScenario(raw);
	if (!r.ok) throw new Error(`generated scenario did not parse:\n${formatIssues(r.errors)}`);
	return r.scenario;
}

function example(file: string): Scenario {
	const r = parseScenarioJson(readFileSync(new URL(`../../models/${file}`, import.meta.url), 'utf8'));
	if (!r.ok) throw new Error(`${file} did not parse`);
	return r.scenario;
}

/** Everything a result says, read through its getters. */
const content = (r: ReturnType<typeof appraiseSummaries>) => ({ options: r.options, ranking: r.ranking, order: [...r.order], preferredOptionId: r.preferredOptionId, preferredReason: r.preferredReason });

describe('appraiseSummaries refilling an earlier result', () => {
	it('urban backlog refilled with the rural mobile example: the same objects, the rural figures, appraise()\'s', () => {
		const urban = example('urban-backlog.json');
		const rural = example('rural-mobile.json');
		expect(rural.options.length).toBe(urban.options.length);
		const r = appraiseSummaries(urban);
		const urbanReason = r.preferredReason;
		const urbanNpc = r.options[0]!.summary.netPresentCostGbp;
		const summary0 = r.options[0]!.summary;
		const line0 = r.ranking[0];
		expect(appraiseSummaries(rural, r.arena, r)).toBe(r);
		// The same summary and ranking-line objects, now holding the rural figures: the urban ones are gone.
		expect(r.options[0]!.summary).toBe(summary0);
		expect(r.ranking[0]).toBe(line0);
		const full = appraise(rural);
		expect(r.options[0]!.summary.netPresentCostGbp).toBe(full.options[0]!.summary.netPresentCostGbp);
		expect(r.options[0]!.summary.netPresentCostGbp).not.toBe(urbanNpc);
		expect(r.options.map((o) => o.summary)).toEqual(full.options.map((o) => o.summary));
		expect(r.ranking).toEqual(full.ranking);
		expect(r.preferredOptionId).toBe(full.preferredOptionId);
		expect(r.preferredReason).toBe(full.preferredReason);
		expect(r.preferredReason).not.toBe(urbanReason);
		// order[k] is the index of the option at rank k + 1.
		expect(r.order.map((k) => rural.options[k]!.id)).toEqual(full.ranking.map((x) => x.optionId));
	});

	it('a result for a different number of options is not refilled: a new one is made', () => {
		const s = example('urban-backlog.json');
		const fewer = { ...s, options: s.options.slice(0, 2) };
		const r = appraiseSummaries(s);
		const r2 = appraiseSummaries(fewer, undefined, r);
		expect(r2).not.toBe(r);
		expect(r2.options.length).toBe(2);
		expect(r.options.length).toBe(s.options.length);
	});

	it('refilled from any generated scenario, it equals a fresh result for the next one', () => {
		let refilled = 0;
		const rng = xoshiro128ss(7);
		fc.assert(
			fc.property(scenarioArb, scenarioArb, (rawA, rawB) => {
				const a = parsed(rawA);
				const b = parsed(rawB);
				const r = appraiseSummaries(a);
				void r.preferredReason;
				const again = appraiseSummaries(b, r.arena, r);
				// A refilled result's reason is written again from the new figures, not kept from the old.
				expect(content(again)).toEqual(content(appraiseSummaries(b)));
				expect(again.preferredReason).toBe(appraise(b).preferredReason);
				if (again === r) refilled++;
				// And refilled again with b's uncertain inputs drawn at random (same options, other figures).
				const drawn = withValues(b, compileInputs(b).flatMap((c) => assignmentsFor(c, c.sample(rng))));
				expect(appraiseSummaries(drawn, again.arena, again)).toBe(again);
				expect(content(again)).toEqual(content(appraiseSummaries(drawn)));
			}),
			{ numRuns: Number(process.env.PROPERTY_RUNS ?? 40) }
		);
		// Pairs with as many options refill the first result; the drawn scenarios always do.
		expect(refilled).toBeGreaterThan(0);
	});
});
