import type { Scenario } from '../model/schema/scenario';
import type { PsaSamples, SensitivityResult, SwitchingValue } from '../model/uncertainty/types';
import type { WorkerRequest, WorkerResponse } from './protocol';

function spawn(): Worker {
	return new Worker(new URL('./psa.worker.ts', import.meta.url), { type: 'module' });
}

/** How many workers to use: one per core, at most `max` (the target machine has two cores). */
export function workerCount(max = 2): number {
	const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
	return Math.max(1, Math.min(max, cores));
}

/** A running job: its result, and a way to stop it (terminates its workers). */
export interface Job<T> {
	promise: Promise<T>;
	cancel(): void;
}

export class CancelledError extends Error {
	constructor() {
		super('Cancelled');
		this.name = 'CancelledError';
	}
}

/**
 * Run PSA iterations [0, iterations) split into contiguous blocks across workers. Each iteration
 * is seeded from (seed, iteration), so the blocks merge into exactly the single-thread run.
 * `onProgress` gets the total iterations done across workers.
 */
export function runPsaBlocks(scenario: Scenario, opts: { iterations: number; seed: number; workers?: number; onProgress?: (done: number) => void }): Job<PsaSamples[]> {
	const n = Math.max(1, Math.min(opts.workers ?? workerCount(), opts.iterations));
	const workers: Worker[] = [];
	let settled = false;
	let rejectAll: (e: Error) => void = () => {};
	const promise = new Promise<PsaSamples[]>((resolve, reject) => {
		rejectAll = reject;
		const done = new Array<number>(n).fill(0);
		const blocks: PsaSamples[] = [];
		const per = Math.ceil(opts.iterations / n);
		for (let k = 0; k < n; k++) {
			const start = k * per;
			const count = Math.min(per, opts.iterations - start);
			if (count <= 0) continue;
			const w = spawn();
			workers.push(w);
			w.onmessage = (e: MessageEvent<WorkerResponse>) => {
				const m = e.data;
				if (m.type === 'progress') {
					done[k] = m.done;
					opts.onProgress?.(done.reduce((t, d) => t + d, 0));
				} else if (m.type === 'samples') {
					blocks.push(m.samples);
					w.terminate();
					if (blocks.length === workers.length && !settled) {
						settled = true;
						resolve(blocks);
					}
				} else if (m.type === 'error') {
					stop();
					reject(new Error(m.message));
				}
			};
			w.onerror = (e) => {
				stop();
				reject(new Error(e.message || 'The analysis worker failed'));
			};
			w.postMessage({ type: 'psa', jobId: k, scenario, seed: opts.seed, start, count } satisfies WorkerRequest);
		}
	});
	function stop() {
		settled = true;
		for (const w of workers) w.terminate();
	}
	return {
		promise,
		cancel() {
			if (settled) return;
			stop();
			rejectAll(new CancelledError());
		}
	};
}

/** One-way sensitivity and switching values in a worker. */
export function runSensitivity(scenario: Scenario): Job<{ sensitivity: SensitivityResult; switching: SwitchingValue[] }> {
	const w = spawn();
	let settled = false;
	let rejectIt: (e: Error) => void = () => {};
	const promise = new Promise<{ sensitivity: SensitivityResult; switching: SwitchingValue[] }>((resolve, reject) => {
		rejectIt = reject;
		w.onmessage = (e: MessageEvent<WorkerResponse>) => {
			const m = e.data;
			settled = true;
			w.terminate();
			if (m.type === 'sensitivity') resolve({ sensitivity: m.sensitivity, switching: m.switching });
			else if (m.type === 'error') reject(new Error(m.message));
		};
		w.onerror = (e) => {
			settled = true;
			w.terminate();
			reject(new Error(e.message || 'The analysis worker failed'));
		};
		w.postMessage({ type: 'sensitivity', jobId: 0, scenario } satisfies WorkerRequest);
	});
	return {
		promise,
		cancel() {
			if (settled) return;
			settled = true;
			w.terminate();
			rejectIt(new CancelledError());
		}
	};
}
