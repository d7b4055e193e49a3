import type { Scenario } from '$lib/model';
import type { PsaResult, SensitivityAnalyses } from '$lib/model/uncertainty';
import { PsaWorkers, runSensitivity, CancelledError, type Job } from '$lib/workers/psaClient';

/** Between the two parts of a scenario key (a character JSON never writes unescaped). */
const RUN_SETTINGS = '\u0000';

/**
 * Which version of the scenario an analysis is of: the validated scenario as JSON, in two parts.
 * The first is everything but the probabilistic analysis's run size and seed, which is all the
 * one-way sensitivity and switching values depend on (sensitivityKey); the second is that run
 * size and seed. A PSA is of this version when the whole key is its key, a sensitivity when the
 * first part is its key: that is the one way staleness is judged, by every reader. Two versions
 * with the same key are the same model, so an analysis of one is an analysis of the other; any
 * edit that changes a figure changes the key, and changing only the run size or seed keeps the
 * sensitivity (before, it was worked out again, and a report opened meanwhile waited for it).
 */
export function scenarioKey(s: Scenario | null | undefined): string {
	if (!s) return '';
	const { iterations, seed, ...ranges } = s.uncertainty ?? { inputs: [] };
	const model = s.uncertainty ? { ...s, uncertainty: ranges } : s;
	return `${JSON.stringify(model)}${RUN_SETTINGS}${JSON.stringify([iterations ?? null, seed ?? null])}`;
}

/** The part of a scenario key the one-way sensitivity and switching values depend on. */
export function sensitivityKey(key: string): string {
	const end = key.lastIndexOf(RUN_SETTINGS);
	return end < 0 ? key : key.slice(0, end);
}

export type PsaStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** A finished probabilistic run and the scenario version it is of. */
export interface PsaRun {
	key: string;
	result: PsaResult;
	/** From the click to the summary back, as the user waited for it. */
	elapsedMs: number;
}

/** Sensitivity results kept, most recent last: going back to an earlier version (undo) finds its analysis at once. */
const KEPT_SENSITIVITIES = 4;

interface SensitivityJob {
	key: string;
	promise: Promise<SensitivityAnalyses>;
	cancel(): void;
}

/**
 * The one owner of the uncertainty analyses in the app: the one-way sensitivity with the
 * switching values, and the probabilistic analysis (PSA). It runs them in Web Workers (the
 * engine never runs on the page's thread for them), owns those workers, the progress, cancelling
 * and the results, and keys every result by the validated scenario it is of (scenarioKey). The
 * Uncertainty page, the report page and the Export menu read it; exporters receive its results
 * and never run the engine. A result is only ever handed out for the version it was run on, so a
 * page or a file never shows the analysis of another version as this one's.
 */
class Analyses {
	// One-way sensitivity and switching values: the last few finished (most recent last), and the run under way.
	#sensitivities = $state.raw<{ key: string; value: SensitivityAnalyses }[]>([]);
	#sensitivityRunning = $state<string | null>(null);
	#sensitivityError = $state.raw<{ key: string; message: string } | null>(null);
	#sensitivityJob: SensitivityJob | null = null;

	// Probabilistic analysis: the last finished run, and the state of the latest run.
	#psa = $state.raw<PsaRun | null>(null);
	#psaStatus = $state<PsaStatus>('idle');
	#psaDone = $state(0);
	#psaTotal = $state(0);
	#psaError = $state('');
	#psaJob: Job<PsaResult> | null = null;
	#pool: PsaWorkers | null = null;
	#holders = 0;

	/** The one-way sensitivity and switching values of this scenario version, or null when not (yet) worked out. */
	sensitivityFor(key: string): SensitivityAnalyses | null {
		const k = sensitivityKey(key);
		return (k && this.#sensitivities.find((x) => x.key === k)?.value) || null;
	}

	/** The last sensitivity worked out, of whichever version (a page shows it while the current one is worked out). */
	get latestSensitivity(): { key: string; value: SensitivityAnalyses } | null {
		return this.#sensitivities.at(-1) ?? null;
	}

	/** Whether the sensitivity of this version is being worked out now. */
	sensitivityRunning(key: string): boolean {
		return key !== '' && this.#sensitivityRunning === sensitivityKey(key);
	}

	/** Why working out the sensitivity of this version failed, or ''. */
	sensitivityError(key: string): string {
		return key && this.#sensitivityError?.key === sensitivityKey(key) ? this.#sensitivityError.message : '';
	}

	/**
	 * The sensitivity of this scenario version: known already, under way (the same run is shared),
	 * or started now in a worker after `delayMs` (a page re-asks after each edit, so a burst of
	 * edits starts one run). A run for another version is cancelled: only the latest version is
	 * worth working out. Resolves null when the scenario has no uncertain inputs; rejects with
	 * CancelledError when superseded or cancelled.
	 */
	requestSensitivity(scenario: Scenario, delayMs = 0): Promise<SensitivityAnalyses | null> {
		const s = $state.snapshot(scenario) as Scenario;
		if (!s.uncertainty?.inputs.length) return Promise.resolve(null);
		const key = sensitivityKey(scenarioKey(s));
		const known = this.sensitivityFor(key);
		if (known) return Promise.resolve(known);
		if (this.#sensitivityJob?.key === key) return this.#sensitivityJob.promise;
		this.cancelSensitivity();
		let job: Job<SensitivityAnalyses> | null = null;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let rejectWait: (e: Error) => void = () => {};
		const promise = new Promise<SensitivityAnalyses>((resolve, reject) => {
			rejectWait = reject;
			timer = setTimeout(() => {
				const worker = runSensitivity(s);
				job = { promise: worker.promise.then((r) => ({ ows: r.sensitivity, sv: r.switching })), cancel: worker.cancel };
				job.promise.then(resolve, reject);
			}, delayMs);
		});
		const entry: SensitivityJob = {
			key,
			promise,
			cancel: () => {
				clearTimeout(timer);
				if (job) job.cancel();
				else rejectWait(new CancelledError());
			}
		};
		this.#sensitivityJob = entry;
		this.#sensitivityRunning = key;
		this.#sensitivityError = null;
		promise.then(
			(value) => {
				if (this.#sensitivityJob !== entry) return;
				this.#sensitivities = [...this.#sensitivities.filter((x) => x.key !== key), { key, value }].slice(-KEPT_SENSITIVITIES);
				this.#finishSensitivity();
			},
			(e: Error) => {
				if (this.#sensitivityJob !== entry) return;
				if (!(e instanceof CancelledError)) this.#sensitivityError = { key, message: e.message };
				this.#finishSensitivity();
			}
		);
		return promise;
	}

	/** Stop the sensitivity run under way, if any (its requesters get CancelledError). */
	cancelSensitivity(): void {
		const job = this.#sensitivityJob;
		if (!job) return;
		this.#finishSensitivity();
		job.cancel();
	}

	#finishSensitivity(): void {
		this.#sensitivityJob = null;
		this.#sensitivityRunning = null;
	}

	/** The PSA of this scenario version, or null when the last run was of another version (or there is none). */
	psaFor(key: string): PsaResult | null {
		return key && this.#psa?.key === key ? this.#psa.result : null;
	}

	/** The last finished PSA, of whichever version (the Uncertainty page shows it, marked when it is of an earlier one). */
	get lastPsa(): PsaRun | null {
		return this.#psa;
	}

	/** Whether a PSA has been run in this session at all (of whichever version). */
	get hasPsa(): boolean {
		return this.#psa !== null;
	}

	/** The latest run: running, done, cancelled or failed (idle before the first). */
	get psaStatus(): PsaStatus {
		return this.#psaStatus;
	}

	/** Iterations done so far of the run under way, and its size. */
	get psaProgress(): { done: number; total: number } {
		return { done: this.#psaDone, total: this.#psaTotal };
	}

	/** Why the latest run failed, or ''. */
	get psaError(): string {
		return this.#psaError;
	}

	/**
	 * Hold the PSA workers while a page that runs the analysis is open: they are started now and,
	 * given a scenario with uncertain inputs, warmed up on it, so neither loading the worker code
	 * nor the JIT's first compilation is part of the first run. Returns the release: the workers
	 * stop once nothing holds them and no run is under way (a run goes on when the page is left,
	 * and its result is there for the report and the exports).
	 */
	holdWorkers(scenario?: Scenario | null): () => void {
		this.#holders++;
		const s = scenario ? ($state.snapshot(scenario) as Scenario) : undefined;
		(this.#pool ??= new PsaWorkers()).warm(s?.uncertainty?.inputs.length ? s : undefined);
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.#holders--;
			this.#releaseIdleWorkers();
		};
	}

	#releaseIdleWorkers(): void {
		if (this.#holders > 0 || this.#psaStatus === 'running') return;
		this.#pool?.dispose();
		this.#pool = null;
	}

	/** Run the PSA of this scenario version across the workers, with progress; the result is kept for this version. */
	async runPsa(scenario: Scenario, opts: { iterations: number; seed: number }): Promise<void> {
		if (this.#psaStatus === 'running') return;
		const s = $state.snapshot(scenario) as Scenario;
		const key = scenarioKey(s);
		const started = performance.now();
		this.#psaStatus = 'running';
		this.#psaDone = 0;
		this.#psaTotal = opts.iterations;
		this.#psaError = '';
		const job = (this.#pool ??= new PsaWorkers()).run(s, { ...opts, onProgress: (d) => (this.#psaDone = d) });
		this.#psaJob = job;
		try {
			const result = await job.promise;
			this.#psa = { key, result, elapsedMs: performance.now() - started };
			this.#psaStatus = 'done';
		} catch (e) {
			if (e instanceof CancelledError) this.#psaStatus = 'cancelled';
			else {
				this.#psaStatus = 'error';
				this.#psaError = e instanceof Error ? e.message : String(e);
			}
		} finally {
			this.#psaJob = null;
			this.#releaseIdleWorkers();
		}
	}

	/** Stop the run under way (its workers are stopped; fresh ones are warmed for the next run). */
	cancelPsa(): void {
		this.#psaJob?.cancel();
	}
}

export const analyses = new Analyses();
