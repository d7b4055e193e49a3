import type { Scenario } from '../model/schema/scenario';
import type { PsaResult, PsaSamples, SensitivityResult, SwitchingValue } from '../model/uncertainty/types';
import { resolveInputs, type ResolvedInput } from '../model/uncertainty/ranges';
import { transferables, type SensitivityRequest, type WorkerRequest, type WorkerResponse } from './protocol';
import { ChunkQueue } from './chunks';

/** A PSA worker: the app's own (psa.worker.ts, a Web Worker), or what stands for it (the bench's Node threads, psa-bench-pool.ts). */
export interface PsaWorker {
	postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
	terminate(): void;
	onmessage: ((e: MessageEvent<WorkerResponse>) => void) | null;
	onerror: ((e: ErrorEvent) => void) | null;
}

function spawn(): PsaWorker {
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
 * about 300 ms of a 10,000-iteration run compiling (first run 599-803 ms, at 1c06f87); after 4,000
 * its optimising compiler had still not compiled the kernel (V8's --trace-opt: optionKernel, fillFls
 * and fillCatchment were compiled during the first run, 80-175 ms of compiler time each, per
 * worker). With 12,000, and 5 s on the page to finish them before the click, the page reported
 * 0.3-0.4 s for its first run (three runs), as for the runs after it. The warm-up is background
 * work while the page is read, in slices that a run ends, so a run never waits for it.
 */
export const WARMUP_ITERATIONS = 12000;

/**
 * Most iterations in one slice of a warm-up: a run asked for meanwhile waits for at most the slice
 * each worker is running. In Chromium, on the rural example's page, a worker's first two slices took
 * 0.3-0.4 s each (the engine not yet compiled) and the later ones 5-70 ms (one page load traced).
 */
const WARMUP_SLICE = 250;

/** The job number of a warm-up's messages: no run uses it, so a run ignores what a warm-up still sends. */
const WARMUP_JOB = -1;

/**
 * The User Timing mark (performance.mark) set when a warm-up has run to its end on every worker,
 * not when a run ended it: a browser's performance tools show when the workers were ready, and
 * scripts/psa-browser.ts times a first run asked for after it as well as one asked for at once.
 */
export const WARMED_MARK = 'dxa:psa-workers-warmed';

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
	private workers: PsaWorker[] = [];
	private busy = false;
	/** The inputs last resolved, and the scenario (as JSON) they are of: the run after a warm-up finds them. */
	private resolved = { json: '', inputs: [] as ResolvedInput[] };
	/** The warm-up under way, if any: a run ends it. */
	private warming: WarmUp | null = null;
	constructor(
		private readonly count = workerCount(),
		private readonly start: () => PsaWorker = spawn,
		private readonly warmupIterations = WARMUP_ITERATIONS
	) {}

	/**
	 * Start the workers now if they are not running. Given a scenario, each new worker also runs
	 * `warmupIterations` iterations of it, which are dropped: the JIT then has the engine compiled
	 * when the user asks for a run (a cold worker spends its first few hundred iterations at a
	 * fraction of full speed). The warm-up is the run's own messages (jobs of WARMUP_JOB), so the
	 * worker runs it exactly as it runs the user's: slices of guided chunk sizes (chunks.ts, from
	 * WARMUP_SLICE down), each posted with the scenario and inputs and its samples handed back by
	 * transfer, and (in the first worker, which summarises a run) a summary a quarter of the way and
	 * at the end. A warm-up run inside the worker (until 12041ca) left the first run in Chromium
	 * 1.3-2.9 times as long as the next (40a0304, nine runs), and V8's --trace-deopt-verbose showed
	 * the kernel's loop (simulateInputs) thrown out of its optimised code at the first run's first
	 * chunk ("wrong map"). A run asked for meanwhile ends the warm-up: no slice is sent after it, and
	 * it waits for at most the slice each worker is running. Resolves when the warm-up has finished
	 * or been ended.
	 */
	warm(scenario?: Scenario): Promise<void> {
		const fresh: PsaWorker[] = [];
		while (this.workers.length < this.count) {
			const w = this.start();
			this.workers.push(w);
			fresh.push(w);
		}
		if (!scenario || fresh.length === 0) return Promise.resolve();
		const inputs = this.inputsOf(scenario);
		const warming = new WarmUp(fresh.length);
		this.warming = warming;
		// Each worker's warm-up draws its own iterations (k x warmupIterations on) with the run's seed, so the
		// generator's seeding sees numbers like a run's (not the small integers of seed 0 from iteration 0).
		// Only the first summarises, as in a run (run() has the first worker summarise).
		const first = this.workers[0];
		fresh.forEach((w, k) => warming.drive(w, { scenario, inputs, seed: scenario.uncertainty?.seed ?? 1, start: k * this.warmupIterations, count: this.warmupIterations, summarises: w === first }));
		return warming.done;
	}

	/** Stop the warm-up under way, if any (no slice is posted after this). */
	private endWarmUp(): void {
		this.warming?.end();
		this.warming = null;
	}

	/**
	 * The scenario's uncertain inputs (ranges.ts resolveInputs), resolved once per version: walking
	 * the input catalogue took 13-14 ms of the page's thread at the click in Chromium (CPU profile of
	 * the first run), and the warm-up has already done it for the scenario the user runs.
	 */
	private inputsOf(scenario: Scenario): ResolvedInput[] {
		const json = JSON.stringify(scenario);
		if (json !== this.resolved.json) this.resolved = { json, inputs: resolveInputs(scenario) };
		return this.resolved.inputs;
	}

	dispose(): void {
		this.endWarmUp();
		for (const w of this.workers) w.terminate();
		this.workers = [];
	}

	/**
	 * Run PSA iterations [0, iterations) in chunks handed to whichever worker is ready (chunks.ts
	 * ChunkQueue), each worker with one chunk queued behind the one it is running so it never waits
	 * for the page between chunks; then merge and summarise the chunks in the first worker, so the
	 * page's thread only draws the result. Each iteration is seeded from (seed, iteration), so the
	 * chunks merge into exactly the single-thread run whichever worker ran them. `onProgress` gets
	 * the total iterations done across workers.
	 */
	run(scenario: Scenario, opts: { iterations: number; seed: number; onProgress?: (done: number) => void }): Job<PsaResult> {
		if (this.busy) throw new Error('A probabilistic analysis is already running');
		if (!(opts.iterations >= 1)) throw new Error(`Iterations must be at least 1 (got ${opts.iterations})`);
		// The uncertain inputs resolved here, once, for every worker (they carry no input catalogue).
		const inputs = this.inputsOf(scenario);
		this.busy = true;
		this.endWarmUp();
		this.warm();
		const workers = this.workers.slice(0, Math.max(1, Math.min(this.workers.length, opts.iterations)));
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
			const queue = new ChunkQueue(opts.iterations, workers.length);
			// Iterations done: those of the chunks back, plus each running chunk's last report (by chunk number, the message's jobId).
			const running = new Map<number, number>();
			let finished = 0;
			let sent = 0;
			let lastProgress = -Infinity;
			const total = () => {
				let t = finished;
				for (const d of running.values()) t += d;
				return t;
			};
			const chunks: PsaSamples[] = [];
			const send = (w: PsaWorker) => {
				const c = queue.take();
				if (!c) return;
				running.set(sent, 0);
				w.postMessage({ type: 'psa', jobId: sent++, scenario, inputs, seed: opts.seed, start: c.start, count: c.count } satisfies WorkerRequest);
			};
			const summarise = () => {
				const first = workers[0] as PsaWorker;
				first.onmessage = (e: MessageEvent<WorkerResponse>) => {
					const m = e.data;
					if (m.jobId === WARMUP_JOB) return;
					if (m.type === 'summary') {
						finish();
						resolve(m.result);
					} else if (m.type === 'error') fail(new Error(m.message));
				};
				first.postMessage({ type: 'summarise', jobId: sent, scenario, inputs, blocks: chunks } satisfies WorkerRequest, chunks.flatMap(transferables));
			};
			for (const w of workers) {
				w.onmessage = (e: MessageEvent<WorkerResponse>) => {
					const m = e.data;
					// What a warm-up's last slice still sends is not the run's.
					if (m.jobId === WARMUP_JOB) return;
					if (m.type === 'progress') {
						if (running.has(m.jobId)) running.set(m.jobId, m.done);
						// The page redraws its progress bar a few times a second, not on every message:
						// each redraw takes time from the cores the workers are using.
						const now = performance.now();
						if (now - lastProgress >= PROGRESS_MS) {
							lastProgress = now;
							opts.onProgress?.(total());
						}
					} else if (m.type === 'samples') {
						running.delete(m.jobId);
						finished += m.samples.count;
						chunks.push(m.samples);
						send(w);
						if (finished === opts.iterations) {
							opts.onProgress?.(finished);
							summarise();
						}
					} else if (m.type === 'error') fail(new Error(m.message));
				};
				w.onerror = (e) => fail(new Error(e.message || 'The analysis worker failed'));
			}
			// Two chunks to each worker to start with (the first of each in turn, then the second).
			for (let round = 0; round < 2; round++) for (const w of workers) send(w);
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

/** What a warm-up posts to each worker: the scenario, its inputs and seed, the iterations [start, start + count), and whether it summarises them. */
interface WarmUpPlan {
	scenario: Scenario;
	inputs: ResolvedInput[];
	seed: number;
	start: number;
	count: number;
	summarises: boolean;
}

/** One warm-up of some workers (PsaWorkers.warm): each worker's slices posted one after another until done or ended. */
class WarmUp {
	private ended = false;
	/** Whether every worker finished so far ran its slices to the end (none failed). */
	private ranToEnd = true;
	private left: number;
	private resolveDone: () => void = () => {};
	readonly done = new Promise<void>((resolve) => (this.resolveDone = resolve));

	constructor(workers: number) {
		this.left = workers;
	}

	/** Stop: no slice is posted after this, and `done` resolves. */
	end(): void {
		this.ended = true;
		this.resolveDone();
	}

	/** One worker's warm-up is over (run to the end, or failed): once every worker's is, the warm-up is done. */
	private finished(w: PsaWorker, ranToEnd: boolean): void {
		w.onmessage = null;
		this.ranToEnd &&= ranToEnd;
		if (--this.left > 0) return;
		if (this.ranToEnd && !this.ended) performance.mark(WARMED_MARK);
		this.end();
	}

	/** Post `w` its slices one at a time, each when the last one's samples are back. */
	drive(w: PsaWorker, p: WarmUpPlan): void {
		// Slices as a run's chunks for count / (2 x WARMUP_SLICE) workers: WARMUP_SLICE at first, shrinking to MIN_CHUNK.
		const queue = new ChunkQueue(p.count, Math.ceil(p.count / (2 * WARMUP_SLICE)));
		let blocks: PsaSamples[] = [];
		let done = 0;
		const summarise = () => {
			if (!p.summarises) return;
			w.postMessage({ type: 'summarise', jobId: WARMUP_JOB, scenario: p.scenario, inputs: p.inputs, blocks } satisfies WorkerRequest, blocks.flatMap(transferables));
			blocks = [];
		};
		const next = () => {
			const c = this.ended ? null : queue.take();
			if (c) {
				w.postMessage({ type: 'psa', jobId: WARMUP_JOB, scenario: p.scenario, inputs: p.inputs, seed: p.seed, start: p.start + c.start, count: c.count } satisfies WorkerRequest);
				return;
			}
			if (this.ended) return void (w.onmessage = null);
			summarise();
			this.finished(w, true);
		};
		w.onmessage = (e: MessageEvent<WorkerResponse>) => {
			const m = e.data;
			if (this.ended || m.jobId !== WARMUP_JOB) return;
			if (m.type === 'samples') {
				// Only a worker that summarises keeps its samples (for the summary); the others' are dropped at once.
				if (p.summarises) blocks.push(m.samples);
				done += m.samples.count;
				// The summary a quarter of the way too, so a run that ends the warm-up early still finds it compiled.
				if (done - m.samples.count < p.count / 4 && done >= p.count / 4) summarise();
				next();
			} else if (m.type === 'error') {
				// A warm-up is a courtesy: a scenario it cannot run will fail the user's run with the message.
				this.finished(w, false);
			}
		};
		next();
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
