/**
 * Worker threads for the Monte Carlo bench, the Node twin of the app's Web Workers
 * (src/lib/workers/psaClient.ts): the worker entry is bundled with esbuild into one ES module, as
 * Vite bundles psa.worker.ts for the browser, so the bench times the code the app runs rather than
 * TypeScript compiled on the fly by tsx. A run splits the iterations into one contiguous block per
 * worker and summarises them in the first worker, exactly as the app does (psaClient.ts).
 */
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PsaResult, PsaSamples } from '../src/lib/model/uncertainty/types';
import type { Scenario } from '../src/lib/model/schema/scenario';

/** Bundle the worker entry once per bench run; returns the bundle's path. */
export async function bundleWorker(): Promise<string> {
	const dir = join(tmpdir(), 'dxa-service-planner-bench');
	mkdirSync(dir, { recursive: true });
	const outfile = join(dir, 'psa-bench-thread.mjs');
	await build({
		entryPoints: [fileURLToPath(new URL('./psa-bench-thread.ts', import.meta.url))],
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		outfile,
		logLevel: 'error'
	});
	return outfile;
}

export interface PsaPool {
	/** Each worker runs and summarises `count` iterations and keeps nothing (the page's warm-up when it opens). */
	warm(scenario: Scenario, count: number): Promise<void>;
	/**
	 * Iterations [0, iterations) split across the workers, then merged and summarised in the first
	 * worker, as the page does; the time from posting the blocks to the summary back.
	 */
	run(scenario: Scenario, iterations: number, seed: number): Promise<{ wallMs: number; result: PsaResult }>;
	close(): Promise<void>;
}

/** The next message of a worker. */
function reply<T>(w: Worker): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		w.once('message', resolve);
		w.once('error', reject);
	});
}

/** `threads` workers, started now (their start-up falls in whatever is timed next). */
export function startPool(bundle: string, threads: number): PsaPool {
	const workers = Array.from({ length: threads }, () => new Worker(bundle));
	return {
		async warm(scenario, count) {
			await Promise.all(
				workers.map((w) => {
					const r = reply(w);
					w.postMessage({ type: 'warmup', scenario, count });
					return r;
				})
			);
		},
		async run(scenario, iterations, seed) {
			const per = Math.ceil(iterations / threads);
			const t0 = performance.now();
			const blocks = await Promise.all(
				workers.map((w, k) => {
					const r = reply<{ samples: PsaSamples }>(w).then((m) => m.samples);
					const start = k * per;
					w.postMessage({ type: 'psa', scenario, seed, start, count: Math.max(0, Math.min(per, iterations - start)) });
					return r;
				})
			);
			const first = workers[0] as Worker;
			const summary = reply<{ result: PsaResult }>(first);
			first.postMessage({ type: 'summarise', scenario, blocks });
			const { result } = await summary;
			return { wallMs: performance.now() - t0, result };
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		}
	};
}
