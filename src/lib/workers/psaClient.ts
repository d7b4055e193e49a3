import type { Scenario } from '../model/schema/scenario';
import type { PsaResult, PsaSamples, SensitivityResult, SwitchingValue } from '../model/uncertainty/types';
import { resolveInputs } from '../model/uncertainty/ranges';
import { transferables, type SensitivityRequest, type WorkerRequest, type WorkerResponse } from './protocol';

function spawn(): Worker {
	return new Worker(new URL('./psa.worker.ts', import.meta.url), { type: 'module' });
}

function spawnSensitivity(): Worker {
	return new Worker(new URL('./sensitivity.worker.ts', import.meta.url), { type: 'module' });
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
 * Iterations each worker runs, and drops, when the page opens (see PsaWorkers.warm), so that the
 * JIT has compiled the engine before the user's first run rather than during it. Chromium tiers the
 * kernel's functions up slowly: after 1,000 warm-up iterations its compiler threads still spent
 * about 300 ms of a 10,000-iteration run compiling, and the page's first run took 599-803 ms
 * (scripts/psa-browser.ts, three examples, twice, at 1c06f87); after 4,000 it took 412-531 ms,
 * measured alternately on the same machine. Starting two cold workers and warming them up took
 * 0.64-0.68 s (wall, Node) with 4,000 against 0.47-0.66 s with 1,000: background work while the
 * page is read; a run asked for meanwhile waits for it.
 */
export const WARMUP_ITERATIONS = 4000;

/**
 * The summary step's time (merging the blocks, percentiles, histograms, acceptability curve: the
 * first worker's, after its block) as a share of the whole run's iteration time. In Node, urban
 * example, 10,000 iterations: blocks of 5,000 took 210-260 ms CPU and the summary 40-70 ms, about
 * a tenth of the 10,000 iterations' 420-520 ms.
 */
export const SUMMARY_SHARE = 0.1;

/**
 * Iterations [0, iterations) as one contiguous block per worker, the first worker's smaller by
 * SUMMARY_SHARE of the run (it summarises the run after its block), so the workers finish together:
 * each other worker gets iterations x (1 + SUMMARY_SHARE) / workers (rounded up), the first the
 * rest, at least one iteration. The blocks merge into exactly the single-thread run whatever
 * their sizes (each iteration is seeded from (seed, iteration)).
 */
export function splitBlocks(iterations: number, workers: number): { start: number; count: number }[] {
	const n = Math.max(1, Math.min(workers, iterations));
	if (n === 1) return [{ start: 0, count: Math.max(0, iterations) }];
	const first = Math.max(1, iterations - (n - 1) * Math.ceil((iterations * (1 + SUMMARY_SHARE)) / n));
	const per = Math.ceil((iterations - first) / (n - 1));
	const blocks = [{ start: 0, count: first }];
	for (let k = 1; k < n; k++) {
		const start = first + (k - 1) * per;
		blocks.push({ start, count: Math.max(0, Math.min(per, iterations - start)) });
	}
	return blocks;
}

/** Least time between two progress reports to the page (ms). */
const PROGRESS_MS = 200;

/**
 * The page's PSA workers, one per core (at most two). They are started and warmed up ahead of the
 * first run (`warm`, when the page opens), so neither loading the worker code nor the JIT's first
 * compilation is part of the wait, and kept for the next run. Cancelling terminates them (a
 * synchronous loop cannot hear a message) and starts fresh ones, warmed up on the same scenario.
 * `dispose` when the page closes.
 */
export class PsaWorkers {
	private workers: Worker[] = [];
	private busy = false;
	constructor(private readonly count = workerCount()) {}

	/**
	 * Start the workers now if they are not running. Given a scenario, each new worker also runs
	 * WARMUP_ITERATIONS iterations of it and keeps nothing: the JIT then has the engine compiled
	 * when the user asks for a run (a cold worker spends its first few hundred iterations at a
	 * fraction of full speed). A run asked for meanwhile waits for the warm-up (well under a second).
	 */
	warm(scenario?: Scenario): void {
		const inputs = scenario && this.workers.length < this.count ? resolveInputs(scenario) : [];
		while (this.workers.length < this.count) {
			const w = spawn();
			// Each worker's warm-up draws its own iterations (k x WARMUP_ITERATIONS on) with the run's seed, so the
			// generator's seeding sees numbers like a run's (not the small integers of seed 0 from iteration 0).
			const start = this.workers.length * WARMUP_ITERATIONS;
			this.workers.push(w);
			if (scenario) w.postMessage({ type: 'warmup', jobId: -1, scenario, inputs, seed: scenario.uncertainty?.seed ?? 1, start, count: WARMUP_ITERATIONS } satisfies WorkerRequest);
		}
	}

	dispose(): void {
		for (const w of this.workers) w.terminate();
		this.workers = [];
	}

	/**
	 * Run PSA iterations [0, iterations) split into contiguous blocks across the workers (splitBlocks:
	 * the first worker's smaller), then merge and summarise the blocks in the first worker, so the
	 * page's thread only draws the result. Each iteration is seeded from (seed, iteration), so the blocks merge into exactly the
	 * single-thread run. `onProgress` gets the total iterations done across workers.
	 */
	run(scenario: Scenario, opts: { iterations: number; seed: number; onProgress?: (done: number) => void }): Job<PsaResult> {
		if (this.busy) throw new Error('A probabilistic analysis is already running');
		// The uncertain inputs resolved here, once, for every worker (they carry no input catalogue).
		const inputs = resolveInputs(scenario);
		this.busy = true;
		this.warm();
		const split = splitBlocks(opts.iterations, this.workers.length);
		const workers = this.workers.slice(0, split.length);
		let settled = false;
		let rejectRun: (e: Error) => void = () => {};
		const finish = () => {
			settled = true;
			this.busy = false;
			for (const w of workers) {
				w.onmessage = null;
				w.onerror = null;
			}
		};
		const fail = (e: Error) => {
			if (settled) return;
			finish();
			// A worker that failed or was stopped mid-run is not reused.
			this.dispose();
			rejectRun(e);
		};
		const promise = new Promise<PsaResult>((resolve, reject) => {
			rejectRun = reject;
			const n = workers.length;
			const done = new Array<number>(n).fill(0);
			let lastProgress = -Infinity;
			const blocks: PsaSamples[] = [];
			const summarise = () => {
				const first = workers[0] as Worker;
				first.onmessage = (e: MessageEvent<WorkerResponse>) => {
					const m = e.data;
					if (m.type === 'summary') {
						finish();
						resolve(m.result);
					} else if (m.type === 'error') fail(new Error(m.message));
				};
				first.postMessage({ type: 'summarise', jobId: n, scenario, inputs, blocks } satisfies WorkerRequest, blocks.flatMap(transferables));
			};
			workers.forEach((w, k) => {
				const { start, count } = split[k] as { start: number; count: number };
				w.onmessage = (e: MessageEvent<WorkerResponse>) => {
					const m = e.data;
					if (m.type === 'progress') {
						done[k] = m.done;
						// The page redraws its progress bar a few times a second, not on every message:
						// each redraw takes time from the cores the workers are using.
						const now = performance.now();
						if (now - lastProgress >= PROGRESS_MS) {
							lastProgress = now;
							opts.onProgress?.(done.reduce((t, d) => t + d, 0));
						}
					} else if (m.type === 'samples') {
						done[k] = m.samples.count;
						blocks.push(m.samples);
						opts.onProgress?.(done.reduce((t, d) => t + d, 0));
						if (blocks.length === n) summarise();
					} else if (m.type === 'error') fail(new Error(m.message));
				};
				w.onerror = (e) => fail(new Error(e.message || 'The analysis worker failed'));
				w.postMessage({ type: 'psa', jobId: k, scenario, inputs, seed: opts.seed, start, count } satisfies WorkerRequest);
			});
		});
		return {
			promise,
			cancel: () => {
				if (settled) return;
				fail(new CancelledError());
				// Fresh workers, warmed up on the scenario just run, for the user's next run.
				this.warm(scenario);
			}
		};
	}
}

/** One-way sensitivity and switching values in a worker. */
export function runSensitivity(scenario: Scenario): Job<{ sensitivity: SensitivityResult; switching: SwitchingValue[] }> {
	const w = spawnSensitivity();
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
		w.postMessage({ type: 'sensitivity', jobId: 0, scenario } satisfies SensitivityRequest);
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
