/// <reference lib="webworker" />
/**
 * The PSA worker: runs a block of PSA iterations or summarises a run's blocks, off the main thread
 * so the page stays responsive. The page resolves the uncertain inputs (ranges.ts resolveInputs)
 * and posts them with the scenario, so this code imports no input catalogue and no schema library
 * (test/uncertainty/worker-bundle.test.ts): the worker starts sooner. The page cancels a run by
 * terminating the worker (a synchronous loop cannot hear a message until it finishes).
 */
import { simulateInputs, mergePsaSamples, summariseSamples } from '../model/uncertainty/psaRun';
import { withSampler } from '../model/uncertainty/compiled';
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

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	try {
		if (m.type === 'psa') {
			// Progress looked at about every 1% of the block (at least every 25 iterations) and posted
			// at most every PROGRESS_MS; the block's samples end it.
			const every = Math.max(1, Math.min(25, Math.floor(m.count / 100)));
			let last = performance.now();
			const onProgress = (done: number) => {
				const now = performance.now();
				if (now - last < PROGRESS_MS) return;
				last = now;
				post({ type: 'progress', jobId: m.jobId, done });
			};
			const samples = simulateInputs(m.scenario, m.inputs.map(withSampler), { seed: m.seed, start: m.start, count: m.count, progressEvery: every, onProgress });
			post({ type: 'samples', jobId: m.jobId, samples }, transferables(samples));
		} else if (m.type === 'warmup') {
			summariseSamples(m.scenario, m.inputs.map((c) => c.range), simulateInputs(m.scenario, m.inputs.map(withSampler), { seed: 0, start: 0, count: m.count }));
			post({ type: 'warm', jobId: m.jobId });
		} else if (m.type === 'summarise') {
			post({ type: 'summary', jobId: m.jobId, result: summariseSamples(m.scenario, m.inputs.map((c) => c.range), mergePsaSamples(m.blocks)) });
		}
	} catch (err) {
		// A warm-up is a courtesy: a scenario it cannot run will fail the user's run with the message.
		if (m.type === 'warmup') return;
		post({ type: 'error', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) });
	}
};
