/**
 * A PSA worker keeps one workspace (psaRun.ts PsaWorkspace: working copy of the scenario, generator,
 * summaries, arena) from message to message, and refills its working copy from each message's
 * scenario (paths.ts refillCopy). The samples must be exactly those of a run in a fresh workspace,
 * whatever ran in the workspace before.
 */
import { describe, expect, it } from 'vitest';
import { simulateInputs, summariseSamples, PsaWorkspace } from '../../src/lib/model/uncertainty/psaRun';
import { appraise } from '../../src/lib/model/appraise';
import { compileInputs } from '../../src/lib/model/uncertainty/ranges';
import { refillCopy, workingCopy } from '../../src/lib/model/uncertainty/paths';
import { urbanRaw, exampleRaw, parsed, URBAN_RANGES } from './helpers';

describe('refilling a working copy', () => {
	it('puts the source\'s values into the same objects, and says so', () => {
		const copy = { a: { b: [{ c: 1, d: 'x' }, { c: 3, d: null }] }, e: 5 };
		const inner = copy.a.b[0];
		expect(refillCopy(copy, { a: { b: [{ c: 10, d: 'y' }, { c: 3, d: 2.5 }] }, e: 6 })).toBe(true);
		expect(copy).toEqual({ a: { b: [{ c: 10, d: 'y' }, { c: 3, d: 2.5 }] }, e: 6 });
		expect(copy.a.b[0]).toBe(inner);
	});

	it('refuses a source of another shape: other keys, keys in another order, another array length, an object for a number', () => {
		expect(refillCopy({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
		expect(refillCopy({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
		expect(refillCopy({ a: 1 }, { a: 1, b: 2 })).toBe(false);
		expect(refillCopy({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
		expect(refillCopy({ a: 1 }, { a: { b: 1 } })).toBe(false);
		expect(refillCopy({ a: [1] }, { a: { 0: 1 } })).toBe(false);
	});

	it('writes only the values that differ (a value V8 has seen unchanged stays a constant to its compiled code)', () => {
		const writes: string[] = [];
		let b = 2;
		const copy = { a: 1 } as { a: number; b: number };
		Object.defineProperty(copy, 'b', { enumerable: true, get: () => b, set: (v: number) => (writes.push(`b=${v}`), (b = v)) });
		expect(refillCopy(copy, { a: 1, b: 2 })).toBe(true);
		expect(writes).toEqual([]);
		expect(refillCopy(copy, { a: 1, b: 3 })).toBe(true);
		expect(writes).toEqual(['b=3']);
	});

	it('a working copy of a parsed scenario refilled from another parse of it equals that parse', () => {
		const s = parsed(urbanRaw());
		const copy = workingCopy(s);
		copy.scanners[0]!.dnaRate = 0.123;
		expect(refillCopy(copy, parsed(urbanRaw()))).toBe(true);
		expect(copy).toEqual(s);
	});
});

describe('a PSA workspace kept between runs', () => {
	const urban = parsed(urbanRaw());
	const rural = parsed({ ...exampleRaw('rural-mobile.json'), uncertainty: { inputs: [{ path: 'demand.vfaShare', low: 0.1, high: 0.3 }, { path: 'fls.rrrHip', low: 0.2, high: 0.5 }] } });
	// The urban example with one input edited between runs (same shape: the copy is refilled).
	const edited = parsed({ ...urbanRaw(), horizonYears: 12, uncertainty: { inputs: [...URBAN_RANGES, { path: 'horizonYears', low: 8, high: 14 }] } });
	const run = (s: typeof urban, seed: number, start: number, count: number, ws?: PsaWorkspace) => simulateInputs(s, compileInputs(s), { seed, start, count }, ws);

	it('gives exactly the samples of fresh runs, for the same scenario, an edited one and another one', () => {
		const ws = new PsaWorkspace();
		const seq: [typeof urban, number, number, number][] = [
			[urban, 0, 0, 20],
			[urban, 7, 40, 25],
			[edited, 7, 0, 25],
			[rural, 3, 5, 20],
			[urban, 7, 40, 25]
		];
		for (const [s, seed, start, count] of seq) {
			const kept = run(s, seed, start, count, ws);
			const fresh = run(s, seed, start, count);
			expect(kept).toEqual(fresh);
			// The run's values are real figures: every NPC positive (a service costs money).
			expect(Math.min(...kept.npc)).toBeGreaterThan(0);
		}
		// The scenarios given are never changed by the runs.
		expect(urban).toEqual(parsed(urbanRaw()));
	});

	it('summarises a run exactly as without it, though its summaries hold the last iteration\'s figures', () => {
		const ws = new PsaWorkspace();
		const ranges = compileInputs(urban).map((c) => c.range);
		const samples = run(urban, 7, 0, 30, ws);
		const w = urban.options.length;
		// Before: the workspace's summaries are the 30th iteration's (row 29 of the samples), not the base case's.
		const base = appraise(urban).options[0]!.summary.netPresentCostGbp;
		expect(ws.summaries!.options[0]!.summary.netPresentCostGbp).toBe(samples.npc[29 * w]);
		expect(samples.npc[29 * w]).not.toBe(base);
		const fromWorkspace = summariseSamples(urban, ranges, samples, ws);
		expect(fromWorkspace).toEqual(summariseSamples(urban, ranges, samples));
		// The base case is the scenario's own (appraise()'s NPC of the first option).
		expect(fromWorkspace.options[0]!.base.netPresentCostGbp).toBe(base);
		// And the workspace still runs the next block exactly.
		expect(run(urban, 7, 30, 10, ws)).toEqual(run(urban, 7, 30, 10));
	});
});
