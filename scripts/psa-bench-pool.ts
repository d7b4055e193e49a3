/**
 * Worker threads for the Monte Carlo bench, the Node twin of the app's Web Workers
 * (src/lib/workers/psaClient.ts): the worker entry is bundled with esbuild into one ES module, as
 * Vite bundles psa.worker.ts for the browser, so the bench times the code the app runs rather than
 * TypeScript compiled on the fly by tsx. A run splits the iterations into one contiguous block per
 * worker, exactly as the app does, and the blocks merge into the single-thread run.
 */
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PsaSamples } from '../src/lib/model/uncertainty/types';
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
	/** Iterations [0, iterations) split across the workers; the time from posting the blocks to the last block back. */
	run(scenario: Scenario, iterations: number, seed: number): Promise<{ wallMs: number; blocks: PsaSamples[] }>;
	close(): Promise<void>;
}

/** `threads` workers, started now (their start-up and first run's JIT warm-up fall in the first run's time). */
export function startPool(bundle: string, threads: number): PsaPool {
	const workers = Array.from({ length: threads }, () => new Worker(bundle));
	return {
		async run(scenario, iterations, seed) {
			const per = Math.ceil(iterations / threads);
			const t0 = performance.now();
			const blocks = await Promise.all(
				workers.map(
					(w, k) =>
						new Promise<PsaSamples>((resolve, reject) => {
							const start = k * per;
							const count = Math.max(0, Math.min(per, iterations - start));
							w.once('message', resolve);
							w.once('error', reject);
							w.postMessage({ scenario, seed, start, count });
						})
				)
			);
			return { wallMs: performance.now() - t0, blocks };
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		}
	};
}
