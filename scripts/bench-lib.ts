/**
 * Small benchmarking helpers for `npm run bench`. Timings are printed, never asserted (tests do
 * not measure speed). Other sections (exports, Monte Carlo) import from here:
 *
 *   // scripts/bench-exports.ts: found and run by scripts/bench.ts
 *   import { bench, printSection, formatRate, type BenchSection } from './bench-lib';
 *   export const section: BenchSection = {
 *     title: 'Exports',
 *     async run({ models }) {
 *       const rows = [];
 *       for (const m of models) {
 *         const r = await benchAsync(m.file, () => writeWorkbook(m.scenario, m.result));
 *         rows.push([m.file, formatMs(r.meanMs), formatRate(r.perSecond)]);
 *       }
 *       printSection('Exports', ['Model', 'ms per workbook', 'Workbooks/s'], rows);
 *     }
 *   };
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenarioJson } from '../src/lib/model/parse';
import { appraise } from '../src/lib/model/appraise';
import type { Scenario } from '../src/lib/model/schema/scenario';
import type { AppraisalResult } from '../src/lib/model/results';
import { renderTable } from '../src/lib/cli/table';

export interface BenchOptions {
	/** Untimed runs first, so the JIT has compiled the hot paths (default 300 ms, at least 3 runs). */
	warmupMs?: number;
	/** Timed running time (default 1000 ms, at least 5 runs). */
	durationMs?: number;
}

export interface BenchResult {
	name: string;
	iterations: number;
	totalMs: number;
	meanMs: number;
	perSecond: number;
	/** This thread's own CPU time per call (ms): the wall time on an idle machine; NaN where it cannot be read. */
	cpuMeanMs: number;
}

/**
 * CPU time this thread has run so far, in nanoseconds (Linux's /proc/thread-self/schedstat), or
 * NaN elsewhere. On a machine shared with other work the wall time of a run grows with the load;
 * the thread's own CPU time hardly does, so targets are judged on it.
 */
export function threadCpuNs(): number {
	try {
		return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
	} catch {
		return Number.NaN;
	}
}

const defaults = { warmupMs: 300, durationMs: 1000 };
let overrides: BenchOptions = {};

/** Set run lengths for every bench() call that does not pass its own (bench.ts --duration). */
export function setBenchDefaults(o: BenchOptions): void {
	overrides = o;
}

/** Results are kept here so the engine cannot skip work whose result is unused. */
export const sink: unknown[] = [];

function settings(o: BenchOptions) {
	return { ...defaults, ...overrides, ...o };
}

function result(name: string, iterations: number, totalMs: number, cpuNs = Number.NaN): BenchResult {
	return { name, iterations, totalMs, meanMs: totalMs / iterations, perSecond: (iterations * 1000) / totalMs, cpuMeanMs: cpuNs / 1e6 / iterations };
}

/** Time a synchronous function: warm up, then run it repeatedly for about durationMs. */
export function bench(name: string, fn: () => unknown, options: BenchOptions = {}): BenchResult {
	const { warmupMs, durationMs } = settings(options);
	for (let i = 0, t0 = performance.now(); i < 3 || performance.now() - t0 < warmupMs; i++) sink[0] = fn();
	let n = 0;
	const cpu0 = threadCpuNs();
	const start = performance.now();
	let now = start;
	while (n < 5 || now - start < durationMs) {
		sink[0] = fn();
		n++;
		now = performance.now();
	}
	return result(name, n, now - start, threadCpuNs() - cpu0);
}

/** Time an asynchronous function (e.g. a docx writer), one call at a time. */
export async function benchAsync(name: string, fn: () => Promise<unknown>, options: BenchOptions = {}): Promise<BenchResult> {
	const { warmupMs, durationMs } = settings(options);
	for (let i = 0, t0 = performance.now(); i < 3 || performance.now() - t0 < warmupMs; i++) sink[0] = await fn();
	let n = 0;
	const start = performance.now();
	let now = start;
	while (n < 5 || now - start < durationMs) {
		sink[0] = await fn();
		n++;
		now = performance.now();
	}
	return result(name, n, now - start);
}

const rate = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const formatRate = (perSecond: number): string => rate.format(perSecond);
export const formatMs = (v: number): string => ms.format(v);
/** Milliseconds as seconds to a tenth, e.g. 3,240 -> "3.2 s". */
export const formatSeconds = (v: number): string => `${(v / 1000).toFixed(1)} s`;

/** Print a titled plain table; the first column is left-aligned, the rest right-aligned. */
export function printSection(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): void {
	const columns = headers.map((h, i) => ({ header: [h], align: i === 0 ? ('left' as const) : ('right' as const) }));
	console.log(`\n${title}\n${'='.repeat(title.length)}\n${renderTable(columns, rows)}`);
}

/** An example model from models/, parsed and appraised once so sections need not repeat it. */
export interface ExampleModel {
	file: string;
	text: string;
	scenario: Scenario;
	result: AppraisalResult;
}

export const MODELS_DIR = join(import.meta.dirname, '..', 'models');

/** Every example scenario in models/ (not the generated JSON Schema), sorted by file name. */
export function loadExampleModels(): ExampleModel[] {
	return readdirSync(MODELS_DIR)
		.filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
		.sort()
		.map((file) => {
			const text = readFileSync(join(MODELS_DIR, file), 'utf8');
			const parsed = parseScenarioJson(text);
			if (!parsed.ok) throw new Error(`models/${file} is not a valid scenario:\n${parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n')}`);
			return { file, text, scenario: parsed.scenario, result: appraise(parsed.scenario) };
		});
}

export interface BenchContext {
	models: ExampleModel[];
}

/** A section of `npm run bench`: export one as `section` from scripts/bench-<topic>.ts. */
export interface BenchSection {
	title: string;
	run(ctx: BenchContext): void | Promise<void>;
}
