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

/** Run a block of iterations, the same way for a warm-up as for the user's run (so the JIT learns the run's own path). */
/** A block of iterations to run: a run's chunk or a warm-up's. */
type BlockRequest = { jobId: number; scenario: WorkerRequest['scenario']; inputs: ResolvedInput[]; seed: number; start: number; count: number };

function runBlock(m: BlockRequest) {
	// Progress looked at about every 1% of the block (at least every 25 iterations) and posted at
	// most every PROGRESS_MS; the block's samples end it.
	const every = Math.max(1, Math.min(25, Math.floor(m.count / 100)));
	block.jobId = m.jobId;
	block.last = performance.now();
	return simulateInputs(m.scenario, samplersFor(m.inputs), { seed: m.seed, start: m.start, count: m.count, progressEvery: every, onProgress }, workspace);
}

/**
 * The warm-up's iterations, run the way a run's are: in guided chunks (chunks.ts), each chunk's
 * samples handed over by transfer, which detaches their buffers as posting them to the page does.
 * In Chromium a warm-up run as one block left the first run about four times slower than the
 * next, its first chunks 4-10 times slower per iteration (timed per message; apparently the
 * compiled code was thrown away and recompiled during them): the district-hospital example's
 * first run took 1.1-1.4 s and the next 0.3 s; warmed this way the first took 0.7 s
 * (scripts/psa-browser.ts).
 * Giving each chunk fresh copies of the scenario and inputs, as a run's messages do, took the
 * three examples' first runs from 0.61-0.91 s (median 0.85) to 0.51-0.81 s (median 0.68), four
 * rounds of scripts/psa-browser.ts alternating the two builds.
 */
function warmupBlocks(m: BlockRequest) {
	const queue = new ChunkQueue(m.count, 2);
	const blocks = [];
	for (let c = queue.take(); c; c = queue.take()) {
		// Each chunk reads its own copy of the scenario and inputs, as each of a run's messages brings one.
		const samples = runBlock({ ...m, scenario: structuredClone(m.scenario), inputs: structuredClone(m.inputs), jobId: -1, start: m.start + c.start, count: c.count });
		blocks.push(structuredClone(samples, { transfer: transferables(samples) }));
	}
	return blocks;
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	try {
		if (m.type === 'psa') {
			const samples = runBlock(m);
			post({ type: 'samples', jobId: m.jobId, samples }, transferables(samples));
		} else if (m.type === 'warmup') {
			summariseSamples(m.scenario, m.inputs.map((c) => c.range), mergePsaSamples(warmupBlocks(m)), workspace);
			post({ type: 'warm', jobId: m.jobId });
		} else if (m.type === 'summarise') {
			post({ type: 'summary', jobId: m.jobId, result: summariseSamples(m.scenario, m.inputs.map((c) => c.range), mergePsaSamples(m.blocks), workspace) });
		}
	} catch (err) {
		// A warm-up is a courtesy: a scenario it cannot run will fail the user's run with the message.
		if (m.type === 'warmup') return;
		post({ type: 'error', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) });
	}
};
