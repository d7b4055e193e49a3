/**
 * Monte Carlo section of `npm run bench`. For each example with an uncertainty section, 10,000 PSA
 * iterations (PSA_ITERATIONS to change) timed the way the app runs them (psaClient.ts): in worker
 * threads running the bundled app worker (psa-bench-pool.ts), one block of iterations per worker,
 * the blocks merged and summarised in the first worker. Times run from posting the blocks to the
 * summary back.
 *
 *   cold            two workers started for the run: thread start-up, module load and the JIT's
 *                   first compilation all fall inside the time (the page's run after a Cancel)
 *   warmed          two workers started and warmed up beforehand (WARMUP_ITERATIONS each, run,
 *                   summarised and dropped), as the Uncertainty page does when it opens
 *   again           a second run on the same workers (the page's next run)
 *   1 worker        the warmed run on one worker, for the speed-up
 *   heap            the largest V8 heap a worker had committed after its runs
 *
 * Each run as wall time and as CPU time: the busiest worker thread's own CPU time over the run
 * (Linux's /proc/thread-self/schedstat, read by psa-bench-thread.ts), which is what the run takes
 * on an idle 2-core machine and hardly moves with other load. Targets (issue 9) are judged on the
 * CPU time; the same runs by the previous engine's worker (previous-engine.ts, by default the
 * commit before the kernel) are timed in the same bench run, and the speed-up is CPU to CPU.
 * Then the tornado and switching values on this thread (the app runs them in a worker). When a
 * build exists, the run is also timed in Chromium on the app's page (psa-browser.ts), this app's
 * and the previous commit's, one after the other.
 */
import { runPsa, oneWaySensitivity, switchingValues } from '../src/lib/model/uncertainty';
import type { Scenario } from '../src/lib/model/schema/scenario';
import { formatMs, formatSeconds, printSection, type BenchSection } from './bench-lib';
import { bundleWorker, startPool, type PsaPool } from './psa-bench-pool';
import { mainThread, measureBrowserPsa } from './psa-browser';
import { previousApp, previousEngine } from './previous-engine';

const ITERATIONS = Number(process.env.PSA_ITERATIONS ?? 10_000);
/** Targets (issue 9), for 10,000 iterations on two workers. */
export const TARGETS = { warmedMs: 300, coldMs: 800, browserFirstMs: 500, heapMb: 100 };

function timed<T>(fn: () => T): { value: T; wallMs: number } {
	const t0 = performance.now();
	const value = fn();
	return { value, wallMs: performance.now() - t0 };
}

/** Wall time as measured, and the busiest worker's own CPU time over the same span (ms). */
interface Timed {
	wallMs: number;
	cpuMs: number;
}

interface PoolTimes {
	cold: Timed;
	warmed: Timed;
	again: Timed;
	/** The largest V8 heap a worker had committed after its run (MB). */
	heapMb: number;
	result: string;
}

/** A run on the pool, with the CPU time each worker spent on it; the busiest worker's is kept. */
async function runTimed(pool: PsaPool, s: Scenario): Promise<Timed & { result: unknown }> {
	const before = await pool.stats();
	const r = await pool.run(s, ITERATIONS, 1);
	const after = await pool.stats();
	const cpuMs = Math.max(...after.map((a, k) => (a.cpuNs - (before[k]?.cpuNs ?? 0)) / 1e6));
	return { wallMs: r.wallMs, cpuMs, result: r.result };
}

/** Cold, warmed and again on two workers of one worker bundle. */
async function twoWorkers(bundle: string, s: Scenario): Promise<PoolTimes> {
	// Cold: the workers' CPU from their start (thread start-up, module load, compilation, the run).
	const coldPool = startPool(bundle, 2);
	const coldRun = await coldPool.run(s, ITERATIONS, 1);
	const coldCpu = Math.max(...(await coldPool.stats()).map((w) => w.cpuNs / 1e6));
	await coldPool.close();
	const pool = startPool(bundle, 2);
	await pool.warm(s);
	const warmed = await runTimed(pool, s);
	const again = await runTimed(pool, s);
	const heapMb = Math.max(...(await pool.stats()).map((w) => w.heapTotal)) / 2 ** 20;
	await pool.close();
	return {
		cold: { wallMs: coldRun.wallMs, cpuMs: coldCpu },
		warmed,
		again,
		heapMb,
		result: JSON.stringify([coldRun.result, warmed.result, again.result])
	};
}

const met = (now: number, target: number) => (now < target ? 'met' : 'NOT MET');
const ms = (t: Timed) => `${formatMs(t.wallMs)} / ${formatMs(t.cpuMs)}`;
const ratio = (before: number | undefined, now: number) => (before === undefined ? 'n/a' : `${(before / now).toFixed(1)}x`);

export const section: BenchSection = {
	title: 'Monte Carlo (uncertainty)',
	async run({ models }) {
		const bundle = await bundleWorker();
		const previous = await previousEngine();
		const rows: string[][] = [];
		const extras: string[][] = [];
		for (const m of models) {
			const s = m.scenario;
			const inputs = s.uncertainty?.inputs.length ?? 0;
			if (inputs === 0) continue;
			const now = await twoWorkers(bundle, s);
			const before = 'workerBundle' in previous ? await twoWorkers(previous.workerBundle, s) : undefined;
			const onePool = startPool(bundle, 1);
			await onePool.warm(s);
			const one = await onePool.run(s, ITERATIONS, 1);
			await onePool.close();
			// Every run's summary equals the single-thread run's (same seed, same numbers), and the earlier engine's.
			const reference = JSON.stringify(runPsa(s, { iterations: ITERATIONS, seed: 1 }));
			const same = JSON.parse(now.result).every((r: unknown) => JSON.stringify(r) === reference) && JSON.stringify(one.result) === reference;
			const sameAsBefore = before ? (before.result === now.result ? 'yes' : 'NO') : 'n/a';
			rows.push([
				m.file,
				String(inputs),
				ms(now.warmed),
				`< ${formatMs(TARGETS.warmedMs)} ${met(now.warmed.cpuMs, TARGETS.warmedMs)}`,
				before ? ms(before.warmed) : 'n/a',
				ratio(before?.warmed.cpuMs, now.warmed.cpuMs),
				ms(now.cold),
				`< ${formatMs(TARGETS.coldMs)} ${met(now.cold.cpuMs, TARGETS.coldMs)}`,
				before ? ms(before.cold) : 'n/a',
				ratio(before?.cold.cpuMs, now.cold.cpuMs),
				ms(now.again),
				before ? ms(before.again) : 'n/a',
				formatMs(one.wallMs),
				`${now.heapMb.toFixed(0)} (< ${TARGETS.heapMb} ${met(now.heapMb, TARGETS.heapMb)})`,
				before ? before.heapMb.toFixed(0) : 'n/a',
				same ? 'yes' : 'NO',
				sameAsBefore
			]);
			const tornado = timed(() => oneWaySensitivity(s));
			const switching = timed(() => switchingValues(s));
			extras.push([m.file, formatMs(tornado.wallMs), formatMs(switching.wallMs)]);
		}
		const against = 'label' in previous ? previous.label : `not run: ${previous.skipped}`;
		printSection(
			`Monte Carlo: ${ITERATIONS.toLocaleString('en-GB')} PSA iterations per model in worker threads (previous engine: ${against})`,
			['Model', 'Inputs', '2 warmed: wall / CPU (ms)', 'target (CPU)', 'previous', 'speed-up (CPU)', '2 cold: wall / CPU (ms)', 'target (CPU)', 'previous', 'speed-up (CPU)', '2 again (ms)', 'previous', '1 warmed, wall (ms)', 'Heap (MB)', 'previous', 'Same numbers', 'Same as previous'],
			rows
		);
		console.log('Wall: as measured now, under whatever else the machine runs. CPU: the busiest worker thread\'s own CPU time over the run (Linux schedstat), what the run takes on an idle 2-core machine less the messaging; targets are judged on it, and the speed-ups are CPU to CPU. Heap: the largest V8 heap a worker had committed after its runs.');
		printSection('One-way sensitivity and switching values (this thread)', ['Model', 'Tornado (ms)', 'Switching values (ms)'], extras);
		await browserSection();
	}
};

/**
 * The same iterations on the built app's Uncertainty page in Chromium, when a build exists, and
 * on the previous commit's app (previousApp, built once into a temporary folder) right after it.
 * The page warms its workers up when it opens: "first run" is the user's first click as soon as
 * the one-way sensitivity is shown (before the warm-up has ended), "once warmed" the first click
 * on the page opened afresh after it has marked its workers warmed (psa-browser.ts).
 */
async function browserSection(): Promise<void> {
	const port = Number(process.env.BENCH_PORT ?? 4193);
	const out = await measureBrowserPsa({ port });
	if ('skipped' in out) {
		console.log(`\nMonte Carlo in the app: skipped (${out.skipped}).`);
		return;
	}
	const app = previousApp();
	const before = 'build' in app ? await measureBrowserPsa({ build: app.build, port, warmed: false }) : app;
	const old = (file: string) => ('rows' in before ? before.rows.find((r) => r.file === file) : undefined);
	printSection(
		`Monte Carlo in the app: Chromium, the built app's Uncertainty page, click "Run" to results shown (previous: ${'label' in app ? app.label : `not run: ${app.skipped}`}${'skipped' in before ? `, ${before.skipped}` : ''})`,
		['Model', 'Iterations', 'First run (ms)', 'clicked after opening', 'target', 'previous', 'speed-up', 'Again (ms)', 'previous', 'First run once warmed (ms)', 'warmed after opening', 'target', 'Longest main-thread gap (ms)', 'Long tasks (> 50 ms)'],
		out.rows.map((r) => [
			r.file,
			r.iterations.toLocaleString('en-GB'),
			formatMs(r.first.wallMs),
			formatSeconds(r.first.clickAtMs),
			`< ${formatMs(TARGETS.browserFirstMs)} ${met(r.first.wallMs, TARGETS.browserFirstMs)}`,
			old(r.file) ? formatMs(old(r.file)!.first.wallMs) : 'n/a',
			ratio(old(r.file)?.first.wallMs, r.first.wallMs),
			formatMs(r.again.wallMs),
			old(r.file) ? formatMs(old(r.file)!.again.wallMs) : 'n/a',
			r.afterWarm ? formatMs(r.afterWarm.wallMs) : 'never warmed',
			r.warmedAtMs !== null ? formatSeconds(r.warmedAtMs) : 'n/a',
			r.afterWarm ? `< ${formatMs(TARGETS.browserFirstMs)} ${met(r.afterWarm.wallMs, TARGETS.browserFirstMs)}` : 'n/a',
			formatMs(mainThread(r).maxGapMs),
			String(mainThread(r).longTasks)
		])
	);
	console.log('Chromium times are wall times (its worker threads\' CPU time is not read here): on a loaded machine judge the speed-up, measured under the same load. The previous app has no "warmed" mark, so it has no "once warmed" figure.');
}
