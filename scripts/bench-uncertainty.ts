/**
 * Monte Carlo section of `npm run bench`: for each example with an uncertainty section, 10,000
 * PSA iterations on one thread and split across two worker threads (as the app does), plus the
 * tornado and switching values. Wall time and the process's CPU time are both printed: on a
 * shared machine wall time also measures the other load. Target (issue 5): 10,000 iterations of
 * the largest example in under 2 s on a 2-core machine.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { runPsa, mergePsaSamples, summarisePsa, oneWaySensitivity, switchingValues, type PsaSamples, type PsaResult } from '../src/lib/model/uncertainty';
import type { Scenario } from '../src/lib/model/schema/scenario';
import { formatMs, printSection, type BenchSection } from './bench-lib';

const ITERATIONS = Number(process.env.PSA_ITERATIONS ?? 10_000);

function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	const value = fn();
	const c = process.cpuUsage(c0);
	return { value, wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

/** Run blocks of the PSA on worker threads (the Node twin of the app's Web Workers). */
async function parallel(s: Scenario, iterations: number, seed: number, threads: number): Promise<{ wallMs: number; result: PsaResult }> {
	const per = Math.ceil(iterations / threads);
	const t0 = performance.now();
	const blocks = await Promise.all(
		Array.from({ length: threads }, (_, k) => {
			const start = k * per;
			const count = Math.min(per, iterations - start);
			return new Promise<PsaSamples>((resolve, reject) => {
				const w = new Worker(fileURLToPath(new URL('./psa-bench-thread.mjs', import.meta.url)), { workerData: { scenario: s, seed, start, count } });
				w.once('message', (m: PsaSamples) => {
					resolve(m);
					void w.terminate();
				});
				w.once('error', reject);
			});
		})
	);
	const result = summarisePsa(s, mergePsaSamples(blocks));
	return { wallMs: performance.now() - t0, result };
}

export const section: BenchSection = {
	title: 'Monte Carlo (uncertainty)',
	async run({ models }) {
		const rows: string[][] = [];
		for (const m of models) {
			const s = m.scenario;
			const inputs = s.uncertainty?.inputs.length ?? 0;
			if (inputs === 0) continue;
			// Warm-up: JIT and mathjs's first-call set-up are not part of a run's cost.
			runPsa(s, { iterations: 300, seed: 99 });
			const one = timed(() => runPsa(s, { iterations: ITERATIONS, seed: 1 }));
			const two = await parallel(s, ITERATIONS, 1, 2);
			const same = JSON.stringify(two.result) === JSON.stringify(one.value);
			const tornado = timed(() => oneWaySensitivity(s));
			const switching = timed(() => switchingValues(s));
			rows.push([
				m.file,
				String(s.options.length),
				String(inputs),
				formatMs(one.wallMs),
				formatMs(one.cpuMs),
				formatMs((one.wallMs * 1000) / ITERATIONS),
				formatMs(two.wallMs),
				same ? 'yes' : 'NO',
				formatMs(tornado.wallMs),
				formatMs(switching.wallMs)
			]);
		}
		printSection(`Monte Carlo: ${ITERATIONS.toLocaleString('en-GB')} PSA iterations per model (target: under 2,000 ms for the largest)`, ['Model', 'Options', 'Inputs', '1 thread (ms)', '1 thread CPU (ms)', 'us per iteration', '2 threads (ms)', 'Same numbers', 'Tornado (ms)', 'Switching values (ms)'], rows);
	}
};
