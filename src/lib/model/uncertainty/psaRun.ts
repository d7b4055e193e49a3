/**
 * The probabilistic analysis given its uncertain inputs already compiled (compiled.ts): free of the
 * input catalogue and so of the schema library, for the PSA workers (workers/psa.worker.ts).
 * psa.ts wraps these for a scenario alone.
 */
import type { Scenario } from '../schema/scenario';
import type { InputRange, PsaResult, PsaSamples, PsaOptionResult } from './types';
import { linkedValue, type CompiledInput, type Target } from './compiled';
import { evaluate, preferredIndex } from './evaluate';
import { workingCopy, refillCopy, slotAt } from './paths';
import { crossFieldViolation } from './constraints';
import { IterationRng } from './prng';
import { stat, column, histogram, StatScratch } from './stats';
import { ceacFromSamples } from './ceac';
import { appraiseSummaries, type SummaryAppraisal } from '../appraise';

/** Redraws allowed per iteration before the joint distribution is judged unable to meet the cross-field rules. */
const MAX_REDRAWS = 1000;

/** Options of a run of iterations (simulateInputs). */
export interface PsaRunOptions {
	seed: number;
	start?: number;
	count: number;
	onProgress?: (done: number) => void;
	progressEvery?: number;
	signal?: AbortSignal;
}

export class PsaAbortedError extends Error {
	constructor() {
		super('The probabilistic analysis was cancelled');
		this.name = 'AbortError';
	}
}

/**
 * What a run of iterations works in, kept for the next run: the private working copy of the
 * scenario its draws are written into, the generator and the engine's summaries and arena. A PSA
 * worker keeps one between messages (workers/psa.worker.ts): the JIT's optimised code for the
 * engine is specialised to these objects (their shapes, the generator, the arena's arrays), and a
 * run that made its own would have that code thrown away once the previous run's objects are
 * collected, and recompiled at 2-3 times the CPU in the middle of the user's run. Nothing is
 * carried from one run to the next but storage: every value is rewritten from the run's scenario.
 */
export class PsaWorkspace {
	private copy: Scenario | undefined;
	/** The generator, reseeded for each iteration. */
	readonly rng = new IterationRng();
	/** The last run's summaries (and arena), refilled by the next. */
	summaries: SummaryAppraisal | undefined;
	/** Storage for the summary's columns and sorting (summariseSamples). */
	readonly stats = new StatScratch();

	/** A working copy holding s's values: the kept one refilled when it has s's shape, else a new one. */
	copyOf(s: Scenario): Scenario {
		if (!this.copy || !refillCopy(this.copy, s)) this.copy = workingCopy(s);
		return this.copy;
	}
}

/**
 * Run iterations [start, start + count) of a probabilistic analysis and keep the raw results.
 * Iteration i draws every uncertain input from its own generator seeded by (seed, i), so blocks
 * run on different workers merge into exactly the run a single worker would make. A draw that
 * breaks a cross-field rule (e.g. VFA plus one-stop share above 1) is redrawn from the same
 * stream, which conditions the joint distribution on the rules. `inputs` are the scenario's
 * uncertain inputs (ranges.ts compileInputs, or resolved on the page and given samplers here).
 * `ws`: a workspace to run in and keep for the next run (PsaWorkspace); the numbers are the same
 * with or without one.
 */
export function simulateInputs(s: Scenario, inputs: readonly CompiledInput[], opts: PsaRunOptions, ws: PsaWorkspace = new PsaWorkspace()): PsaSamples {
	const start = opts.start ?? 0;
	const n = opts.count;
	const m = inputs.length;
	// One private copy of the scenario per run (the workspace's), its drawn paths rewritten every
	// iteration (each iteration writes every one of them, in the same order as a list of assignments
	// would apply): the engine keeps nothing of the scenario it reads, and s itself is never
	// modified. Only the copy is read from here on, so the compiled code sees only the workspace's objects.
	const sc: Scenario = ws.copyOf(s);
	const w = sc.options.length;
	const out: PsaSamples = {
		seed: opts.seed,
		start,
		count: n,
		optionIds: sc.options.map((o) => o.id),
		inputPaths: inputs.map((c) => c.range.path),
		npc: new Float64Array(n * w),
		costPerScan: new Float64Array(n * w),
		endListSize: new Float64Array(n * w),
		fracturesAverted: new Float64Array(n * w),
		npsv: new Float64Array(n * w),
		qalys: new Float64Array(n * w),
		benefits: new Float64Array(n * w),
		meetsDemand: new Uint8Array(n * w),
		preferred: new Uint16Array(n),
		draws: new Float64Array(n * m),
		redraws: 0
	};
	const every = Math.max(1, opts.progressEvery ?? 100);
	const drawn = new Float64Array(m);
	const slots = inputs.map((c) => c.targets.map((t) => slotAt(sc, t.parts)));
	// One work area and one set of summaries for the run (the workspace's): each iteration's
	// appraisal fills the same arrays and refills the same summary objects (appraiseSummaries' reuse).
	let r = ws.summaries;
	// One generator, reseeded for each iteration: the numbers of iterationRng(seed, start + i).
	const rng = ws.rng;
	for (let i = 0; i < n; i++) {
		if (opts.signal?.aborted) throw new PsaAbortedError();
		rng.reseed(opts.seed, start + i);
		for (let attempt = 0; ; attempt++) {
			for (let j = 0; j < m; j++) {
				const c = inputs[j] as (typeof inputs)[number];
				const v = c.sample(rng);
				drawn[j] = v;
				const js = slots[j] as (typeof slots)[number];
				const main = c.targets[0] as Target;
				for (let k = 0; k < js.length; k++) {
					const slot = js[k] as (typeof js)[number];
					slot.node[slot.key] = k === 0 ? v : linkedValue(main, c.targets[k] as Target, v);
				}
			}
			const broken = crossFieldViolation(sc);
			if (!broken) break;
			if (attempt >= MAX_REDRAWS) throw new Error(`Iteration ${start + i}: after ${MAX_REDRAWS} redraws the drawn values still break a rule (${broken}); narrow the ranges involved`);
			out.redraws++;
		}
		out.draws.set(drawn, i * m);
		// The engine's summaries read directly (evaluate() would also build lists of ids, names and ranks).
		r = appraiseSummaries(sc, r?.arena, r);
		ws.summaries = r;
		for (let o = 0; o < w; o++) {
			const sm = (r.options[o] as (typeof r.options)[number]).summary;
			const k = i * w + o;
			out.npc[k] = sm.netPresentCostGbp;
			out.costPerScan[k] = sm.costPerScanGbp ?? NaN;
			out.endListSize[k] = sm.endListSize;
			out.fracturesAverted[k] = sm.fracturesAverted;
			out.npsv[k] = sm.netPresentSocialValueGbp;
			out.qalys[k] = sm.discountedQalys;
			out.benefits[k] = sm.pvBenefitsGbp;
			out.meetsDemand[k] = sm.meetsDemand ? 1 : 0;
		}
		// The first-ranked option: preferredIndex(evaluate(s)) for the same appraisal.
		out.preferred[i] = r.order[0] ?? 0;
		if (opts.onProgress && ((i + 1) % every === 0 || i + 1 === n)) opts.onProgress(i + 1);
	}
	return out;
}

/** Join blocks of one run (same seed and options) in iteration order. */
export function mergePsaSamples(blocks: readonly PsaSamples[]): PsaSamples {
	const sorted = [...blocks].sort((a, b) => a.start - b.start);
	const first = sorted[0];
	if (!first) throw new Error('no PSA blocks to merge');
	const cat = <T extends Float64Array | Uint8Array | Uint16Array>(key: keyof PsaSamples, make: (n: number) => T): T => {
		const total = sorted.reduce((t, b) => t + (b[key] as T).length, 0);
		const outArr = make(total);
		let off = 0;
		for (const b of sorted) {
			outArr.set(b[key] as T, off);
			off += (b[key] as T).length;
		}
		return outArr;
	};
	const f64 = (n: number) => new Float64Array(n);
	return {
		seed: first.seed,
		start: first.start,
		count: sorted.reduce((t, b) => t + b.count, 0),
		optionIds: first.optionIds,
		inputPaths: first.inputPaths,
		npc: cat('npc', f64),
		costPerScan: cat('costPerScan', f64),
		endListSize: cat('endListSize', f64),
		fracturesAverted: cat('fracturesAverted', f64),
		npsv: cat('npsv', f64),
		qalys: cat('qalys', f64),
		benefits: cat('benefits', f64),
		meetsDemand: cat('meetsDemand', (n) => new Uint8Array(n)),
		preferred: cat('preferred', (n) => new Uint16Array(n)),
		draws: cat('draws', f64),
		redraws: sorted.reduce((t, b) => t + b.redraws, 0)
	};
}

/**
 * Summarise a run: per option the mean, sd and 90% interval (5th-95th percentile) of net present
 * cost, cost per scan, waiting list at the end of the horizon, fractures averted and NPSV; the
 * share of iterations each option is preferred (the base case's ranking rules); a histogram of
 * each option's NPC; and the FLS acceptability curve. `ws`: the workspace of the runs, if any
 * (the figures are the same with or without).
 */
export function summariseSamples(given: Scenario, inputs: readonly InputRange[], samples: PsaSamples, ws?: PsaWorkspace): PsaResult {
	// In a workspace, the base case is worked out on its working copy (holding the scenario's values),
	// in its arena and into its summaries, so the engine's compiled code sees only the objects the
	// runs use (PsaWorkspace); its summaries are read here, before any run refills them.
	const s = ws ? ws.copyOf(given) : given;
	const base = evaluate(s, ws?.summaries?.arena, ws?.summaries);
	const w = samples.optionIds.length;
	const n = samples.count;
	const preferredCount = new Array<number>(w).fill(0);
	for (let i = 0; i < n; i++) preferredCount[samples.preferred[i] as number]! += 1;
	// One column at a time, in storage kept for every column (the workspace's when there is one):
	// each is read (sorted into the scratch's other storage, or counted) before the next is taken.
	const scratch = ws?.stats ?? new StatScratch();
	const col = (m: Float64Array, o: number) => column(m, w, o, scratch);
	const zero = { mean: 0, sd: 0, p05: 0, p50: 0, p95: 0, n: 0 };
	const options: PsaOptionResult[] = s.options.map((opt, o) => {
		const sm = base.summaries[o] as (typeof base.summaries)[number];
		let meets = 0;
		for (let i = 0; i < n; i++) meets += samples.meetsDemand[i * w + o] as number;
		return {
			optionId: opt.id,
			name: opt.name,
			businessAsUsual: opt.businessAsUsual,
			hasFls: s.fls.inBaseline || opt.addFls,
			base: { netPresentCostGbp: sm.netPresentCostGbp, costPerScanGbp: sm.costPerScanGbp, endListSize: sm.endListSize, fracturesAverted: sm.fracturesAverted, netPresentSocialValueGbp: sm.netPresentSocialValueGbp },
			netPresentCostGbp: stat(col(samples.npc, o), scratch) ?? zero,
			costPerScanGbp: stat(col(samples.costPerScan, o), scratch),
			endListSize: stat(col(samples.endListSize, o), scratch) ?? zero,
			fracturesAverted: stat(col(samples.fracturesAverted, o), scratch) ?? zero,
			netPresentSocialValueGbp: stat(col(samples.npsv, o), scratch) ?? zero,
			probabilityPreferred: n > 0 ? (preferredCount[o] as number) / n : 0,
			probabilityMeetsDemand: n > 0 ? meets / n : 0
		};
	});
	const bp = preferredIndex(base);
	const ceac = ceacFromSamples(s, samples, { qalys: base.summaries.map((x) => x.discountedQalys), benefits: base.summaries.map((x) => x.pvBenefitsGbp), npc: base.summaries.map((x) => x.netPresentCostGbp) });
	return {
		iterations: n,
		seed: samples.seed,
		redraws: samples.redraws,
		inputs: [...inputs],
		basePreferredOptionId: base.optionIds[bp] as string,
		probabilityBasePreferred: n > 0 ? (preferredCount[bp] as number) / n : 0,
		options,
		npcHistograms: s.options.map((o, k) => {
			const h = histogram([col(samples.npc, k)], 20);
			return { optionId: o.id, name: o.name, edges: h.edges, counts: h.counts[0] as number[] };
		}),
		ceac: 'note' in ceac ? null : ceac,
		ceacNote: 'note' in ceac ? ceac.note : null
	};
}
