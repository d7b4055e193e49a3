import type { Scenario } from '../schema/scenario';
import type { PsaOptions, PsaResult, PsaSamples } from './types';
import { compileInputs, inputRanges } from './ranges';
import { simulateInputs, summariseSamples, type PsaRunOptions } from './psaRun';

export { mergePsaSamples, PsaAbortedError, simulateInputs, summariseSamples, type PsaRunOptions } from './psaRun';

/**
 * Run iterations [start, start + count) of a probabilistic analysis and keep the raw results
 * (psaRun.ts simulateInputs, with the scenario's inputs compiled here). Iteration i draws every
 * uncertain input from its own generator seeded by (seed, i), so blocks run on different workers
 * merge into exactly the run a single worker would make.
 */
export function simulatePsa(s: Scenario, opts: PsaRunOptions): PsaSamples {
	return simulateInputs(s, compileInputs(s), opts);
}

/**
 * Summarise a run: per option the mean, sd and 90% interval (5th-95th percentile) of net present
 * cost, cost per scan, waiting list at the end of the horizon, fractures averted and NPSV; the
 * share of iterations each option is preferred (the base case's ranking rules); a histogram of
 * each option's NPC; and the FLS acceptability curve (psaRun.ts summariseSamples).
 */
export function summarisePsa(s: Scenario, samples: PsaSamples): PsaResult {
	return summariseSamples(s, inputRanges(s), samples);
}

/** A whole probabilistic analysis in one call (CLI, API, tests); the app splits it across workers with simulateInputs. */
export function runPsa(s: Scenario, opts: PsaOptions): PsaResult {
	return summarisePsa(s, simulatePsa(s, { seed: opts.seed, count: opts.iterations, onProgress: opts.onProgress, progressEvery: opts.progressEvery, signal: opts.signal }));
}
