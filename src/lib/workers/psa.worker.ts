/// <reference lib="webworker" />
/**
 * The uncertainty worker: runs a block of PSA iterations, summarises a run's blocks, or works out
 * the one-way sensitivity and switching values, off the main thread so the page stays responsive.
 * The page cancels a run by terminating the worker (a synchronous loop cannot hear a message until
 * it finishes).
 */
import { simulatePsa, mergePsaSamples, summarisePsa } from '../model/uncertainty/psa';
import { oneWaySensitivity } from '../model/uncertainty/sensitivity';
import { switchingValues } from '../model/uncertainty/switching';
import { transferables, type WorkerRequest, type WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: WorkerResponse, transfer: Transferable[] = []) => self.postMessage(m, transfer);

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
	const m = e.data;
	try {
		if (m.type === 'psa') {
			// Progress about every 1% of the block, at least every 25 iterations.
			const every = Math.max(1, Math.min(25, Math.floor(m.count / 100)));
			const samples = simulatePsa(m.scenario, { seed: m.seed, start: m.start, count: m.count, progressEvery: every, onProgress: (done) => post({ type: 'progress', jobId: m.jobId, done }) });
			post({ type: 'samples', jobId: m.jobId, samples }, transferables(samples));
		} else if (m.type === 'warmup') {
			summarisePsa(m.scenario, simulatePsa(m.scenario, { seed: 0, start: 0, count: m.count }));
			post({ type: 'warm', jobId: m.jobId });
		} else if (m.type === 'summarise') {
			post({ type: 'summary', jobId: m.jobId, result: summarisePsa(m.scenario, mergePsaSamples(m.blocks)) });
		} else if (m.type === 'sensitivity') {
			post({ type: 'sensitivity', jobId: m.jobId, sensitivity: oneWaySensitivity(m.scenario), switching: switchingValues(m.scenario) });
		}
	} catch (err) {
		// A warm-up is a courtesy: a scenario it cannot run will fail the user's run with the message.
		if (m.type === 'warmup') return;
		post({ type: 'error', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) });
	}
};
