/**
 * Worker threads for the Monte Carlo bench, running the app's own worker (psa.worker.ts, through
 * psa-bench-thread.ts) bundled with esbuild into one ES module, as Vite bundles it for the browser:
 * the bench times the code the page runs rather than TypeScript compiled on the fly by tsx. A run
 * is the page's own: psaClient.ts PsaWorkers hands the iterations out in chunks to these threads
 * and has the first summarise them, with the page's messages.
 */
import { Worker } from 'node:worker_threads';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PsaResult } from '../src/lib/model/uncertainty/types';
import type { WorkerResponse } from '../src/lib/workers/protocol';
import type { Scenario } from '../src/lib/model/schema/scenario';
import { PsaWorkers, type PsaWorker } from '../src/lib/workers/psaClient';

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

/** One worker thread's CPU time so far (ns; 0 off Linux) and its V8 heap in use and committed (bytes). */
export interface WorkerStats {
	cpuNs: number;
	heapUsed: number;
	heapTotal: number;
}

export interface PsaPool {
	/** The page's warm-up when it opens (psaClient.ts PsaWorkers.warm): WARMUP_ITERATIONS per worker, run, summarised and dropped. */
	warm(scenario: Scenario): Promise<void>;
	/**
	 * Iterations [0, iterations) run and summarised by the page's client (PsaWorkers) on these
	 * threads; the time from asking for the run to the summary back.
	 */
	run(scenario: Scenario, iterations: number, seed: number): Promise<{ wallMs: number; result: PsaResult }>;
	/** Each worker's CPU time so far and V8 heap, as they stand now (psa-bench-thread.ts). */
	stats(): Promise<WorkerStats[]>;
	close(): Promise<void>;
}

/** A Node worker thread as the page's client sees a Web Worker: onmessage and onerror, messages as events' data. */
function asPsaWorker(w: Worker): PsaWorker {
	const seen: PsaWorker = {
		onmessage: null,
		onerror: null,
		postMessage: (m, transfer) => w.postMessage(m, transfer as ArrayBuffer[] | undefined),
		terminate: () => void w.terminate()
	};
	w.on('message', (data: WorkerResponse) => seen.onmessage?.(new MessageEvent('message', { data })));
	// Node 20 has no ErrorEvent; the client reads only its message.
	w.on('error', (e: Error) => seen.onerror?.(Object.assign(new Event('error'), { message: e.message }) as ErrorEvent));
	return seen;
}

/** `threads` workers, started now (their start-up falls in whatever is timed next). */
export function startPool(bundle: string, threads: number): PsaPool {
	const workers = Array.from({ length: threads }, () => new Worker(bundle));
	// The page's client on these threads, in order: the first warm() or run() takes them.
	let taken = 0;
	const client = new PsaWorkers(threads, () => asPsaWorker(workers[taken++] as Worker));
	return {
		warm: (scenario) => client.warm(scenario),
		async run(scenario, iterations, seed) {
			const t0 = performance.now();
			const result = await client.run(scenario, { iterations, seed }).promise;
			return { wallMs: performance.now() - t0, result };
		},
		stats() {
			return Promise.all(
				workers.map(
					(w) =>
						new Promise<WorkerStats>((resolve) => {
							const on = (m: WorkerStats & { type?: string }) => {
								if (m.type !== 'bench-stats') return;
								w.off('message', on);
								resolve({ cpuNs: m.cpuNs, heapUsed: m.heapUsed, heapTotal: m.heapTotal });
							};
							w.on('message', on);
							w.postMessage({ type: 'bench-stats' });
						})
				)
			);
		},
		async close() {
			await Promise.all(workers.map((w) => w.terminate()));
		}
	};
}
