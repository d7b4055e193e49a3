/// <reference lib="webworker" />
/**
 * The sensitivity worker: the one-way sensitivity and the switching values of a scenario, off the
 * main thread. Unlike the PSA worker it resolves the uncertain inputs itself (it runs once per
 * analysis, so its start-up is not worth saving). The page cancels it by terminating it.
 */
import { oneWaySensitivity } from '../model/uncertainty/sensitivity';
import { switchingValues } from '../model/uncertainty/switching';
import type { SensitivityRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<SensitivityRequest>) => {
	const m = e.data;
	try {
		self.postMessage({ type: 'sensitivity', jobId: m.jobId, sensitivity: oneWaySensitivity(m.scenario), switching: switchingValues(m.scenario) } satisfies WorkerResponse);
	} catch (err) {
		self.postMessage({ type: 'error', jobId: m.jobId, message: err instanceof Error ? err.message : String(err) } satisfies WorkerResponse);
	}
};
