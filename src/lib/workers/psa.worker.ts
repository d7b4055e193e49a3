/// <reference lib="webworker" />
/**
 * The PSA worker: runs a block of PSA iterations or summarises a run's blocks, off the main thread
 * so the page stays responsive. The page resolves the uncertain inputs (ranges.ts resolveInputs)
 * and posts them with the scenario, so this code imports no input catalogue and no schema library
 * (test/uncertainty/worker-bundle.test.ts): the worker starts sooner. The page cancels a run by
 * terminating the worker (a synchronous loop cannot hear a message until it finishes).
 */
import { simulateInputs, mergePsaSamples, summariseSamples, PsaWorkspace } from '../model/uncertainty/psaRun';
import type { PsaSamples } from '../model/uncertainty/types';
import { withSampler, type CompiledInput, type ResolvedInput } from '../model/uncertainty/compiled';
import { ChunkQueue } from './chunks';
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
/**
 * The block being run: its job (-1 for a warm-up) and when it last posted. A warm-up posts its
 * progress too, which the page ignores (no run has job -1), so the loop it compiles has been
 * through the posting a run does. Timed message by message in Chromium, each worker's first chunk
 * of the first run took 0.27-0.30 s this way and 0.41-0.47 s with a warm-up that posted nothing;
 * npm run bench's first-run times (0.65-0.85 s) did not move beyond their run-to-run spread.
 */
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

/** A block of iterations to run: a run's chunk or a warm-up's. */
type BlockRequest = { jobId: number; scenario: WorkerRequest['scenario']; inputs: ResolvedInput[]; seed: number; start: number; count: number };

/** Run a block of iterations, the same way for a warm-up as for the user's run (so the JIT learns the run's own path). */
function runBlock(m: BlockRequest) {
	// Progress looked at about every 1% of the block (at least every 25 iterations) and posted at
	// most every PROGRESS_MS; the block's samples end it.
	const every = Math.max(1, Math.min(25, Math.floor(m.count / 100)));
	block.jobId = m.jobId;
	block.last = performance.now();
	return simulateInputs(m.scenario, samplersFor(m.inputs), { seed: m.seed, start: m.start, count: m.count, progressEvery: every, onProgress }, workspace);
}

/**
 * Most iterations in one slice of a warm-up: a run asked for meanwhile waits for at most one slice.
 * In Chromium, on the rural example's page, a worker's first two slices took 0.3-0.4 s each (the
 * engine not yet compiled) and the later ones 5-70 ms (trace of one page load, at 250).
 */
const WARMUP_SLICE = 250;

/**
 * The warm-up under way, if any. It runs in slices, each its own task, and a run's first message
 * ends it (handled between two slices), so a run never waits for a warm-up to finish and the
 * warm-up can be as long as the JIT needs. Each slice runs the way a run's chunk does: guided chunk
 * sizes (chunks.ts, from WARMUP_SLICE down to MIN_CHUNK), its samples handed over by transfer,
 * which detaches their buffers as posting them to the page does, and fresh copies of the scenario
 * and inputs, as each of a run's messages brings.
 * In Chromium a warm-up run as one block left the first run about four times slower than the
 * next, its first chunks 4-10 times slower per iteration (timed per message; apparently the
 * compiled code was thrown away and recompiled during them): the district-hospital example's
 * first run took 1.1-1.4 s and the next 0.3 s; warmed in chunks it took 0.7 s
 * (scripts/psa-browser.ts). Fresh copies took the three examples' first runs from 0.61-0.91 s
 * (median 0.85) to 0.51-0.81 s (median 0.68), four rounds alternating the two builds.
 */
let warming: { m: BlockRequest; queue: ChunkQueue; blocks: PsaSamples[]; done: number } | null = null;
/** Runs the next slice of the warm-up as a task of its own, after any message already queued. */
const nextSlice = new MessageChannel();

function warmupSlice() {
	const w = warming;
	if (!w) return;
	const c = w.queue.take();
	if (c) {
		// Each slice reads its own copy of the scenario and inputs, as each of a run's messages brings one.
		const samples = runBlock({ ...w.m, scenario: structuredClone(w.m.scenario), inputs: structuredClone(w.m.inputs), jobId: -1, start: w.m.start + c.start, count: c.count });
		w.blocks.push(structuredClone(samples, { transfer: transferables(samples) }));
		w.done += c.count;
		// The summary too, once a quarter of the way (a run that ends the warm-up early still finds it compiled) and at the end.
		if (w.done - c.count < w.m.count / 4 && w.done >= w.m.count / 4) summariseSamples(w.m.scenario, w.m.inputs.map((i) => i.range), mergePsaSamples(w.blocks), workspace);
		nextSlice.port2.postMessage(null);
		return;
	}
	warming = null;
	summariseSamples(w.m.scenario, w.m.inputs.map((i) => i.range), mergePsaSamples(w.blocks), workspace);
	post({ type: 'warm', jobId: w.m.jobId });
}

nextSlice.port1.onmessage = () => {
	try {
		warmupSlice();
	} catch {
		// A warm-up is a courtesy: a scenario it cannot run will fail the user's run with the message.
		warming = null;
	}
};

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	try {
		// A run's message ends any warm-up: the run goes first, and is itself the rest of the warm-up.
		if (m.type !== 'warmup') warming = null;
		if (m.type === 'psa') {
			const samples = runBlock(m);
			post({ type: 'samples', jobId: m.jobId, samples }, transferables(samples));
		} else if (m.type === 'warmup') {
			// Slices of at most WARMUP_SLICE: chunk sizes as for a run on count / (2 x WARMUP_SLICE) workers.
			warming = { m, queue: new ChunkQueue(m.count, Math.ceil(m.count / (2 * WARMUP_SLICE))), blocks: [], done: 0 };
			nextSlice.port2.postMessage(null);
		} else if (m.type === 'summarise') {
			post({ type: 'summary', jobId: m.jobId, result: summariseSamples(m.scenario, m.inputs.map((c) => c.range), mergePsaSamples(m.blocks), workspace) });
		}
	} catch (err) {
		post({ type: 'error', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) });
	}
};
