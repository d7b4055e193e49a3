/// <reference lib="webworker" />
/**
 * The PSA worker: runs a block of PSA iterations or summarises a run's blocks, off the main thread
 * so the page stays responsive. The page resolves the uncertain inputs (ranges.ts resolveInputs)
 * and posts them with the scenario, so this code imports no input catalogue and no schema library
 * (test/uncertainty/worker-bundle.test.ts): the worker starts sooner. The page cancels a run by
 * terminating the worker (a synchronous loop cannot hear a message until it finishes).
 */
import { simulateInputs, mergePsaSamples, summariseSamples, PsaWorkspace } from '../model/uncertainty/psaRun';
import { withSampler, type CompiledInput, type ResolvedInput } from '../model/uncertainty/compiled';
import { transferables, type WorkerRequest, type WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(m, transfer);

/**
 * Least time between two progress messages from a block (ms). In Chromium each postMessage took the
 * worker over a millisecond: a CPU profile of the Uncertainty page's 10,000-iteration run found
 * 250-310 ms of each worker's 1-3 s in the 200 progress messages of a block posted every 25
 * iterations. The page redraws its bar at most every 200 ms (psaClient.ts), so a few a second do.
 */
const PROGRESS_MS = 100;

/**
 * What this worker keeps from one message to the next, so that the user's run uses the very
 * objects the warm-up ran with: the JIT's optimised code is specialised to them, and is thrown
 * away (and the engine recompiled during the run, at 2-3 times the CPU) once objects it was
 * specialised to are collected. Kept: the workspace (working copy of the scenario, generator,
 * summaries, arena: psaRun.ts PsaWorkspace), the inputs' samplers while the inputs are unchanged,
 * and one progress function.
 */
const workspace = new PsaWorkspace();
let compiledKey = '';
let compiled: CompiledInput[] = [];
/** The block being run: its job (a warm-up's are -1, which the page ignores; psaClient.ts) and when it last posted progress. */
const block = { jobId: 0, last: 0 };
const onProgress = (done: number) => {
	const now = performance.now();
	if (now - block.last < PROGRESS_MS) return;
	block.last = now;
	post({ type: 'progress', jobId: block.jobId, done });
};

/** The inputs with their samplers: the ones made for the previous message when the inputs are the same. */
function samplersFor(inputs: ResolvedInput[]): CompiledInput[] {
	const key = JSON.stringify(inputs);
	if (key !== compiledKey) {
		compiled = inputs.map(withSampler);
		compiledKey = key;
	}
	return compiled;
}

/** Run a block of iterations: a chunk of the user's run or a slice of a warm-up, which the page posts alike (psaClient.ts PsaWorkers.warm). */
function runBlock(m: Extract<WorkerRequest, { type: 'psa' }>) {
	// Progress looked at about every 1% of the block (at least every 25 iterations) and posted at
	// most every PROGRESS_MS; the block's samples end it.
	const every = Math.max(1, Math.min(25, Math.floor(m.count / 100)));
	block.jobId = m.jobId;
	block.last = performance.now();
	return simulateInputs(m.scenario, samplersFor(m.inputs), { seed: m.seed, start: m.start, count: m.count, progressEvery: every, onProgress }, workspace);
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	try {
		if (m.type === 'psa') {
			const samples = runBlock(m);
			post({ type: 'samples', jobId: m.jobId, samples }, transferables(samples));
		} else if (m.type === 'summarise') {
			post({ type: 'summary', jobId: m.jobId, result: summariseSamples(m.scenario, m.inputs.map((c) => c.range), mergePsaSamples(m.blocks), workspace) });
		}
	} catch (err) {
		post({ type: 'error', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) });
	}
};
