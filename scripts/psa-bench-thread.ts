/**
 * Worker thread for the Monte Carlo bench (see psa-bench-pool.ts, which bundles this file the way
 * Vite bundles the app's psa.worker.ts): runs one block of PSA iterations per message and stays
 * alive for the next, like a worker kept by the page. Named so bench.ts does not load it as a section.
 */
import { parentPort } from 'node:worker_threads';
import { simulatePsa } from '../src/lib/model/uncertainty/psa';
import type { Scenario } from '../src/lib/model/schema/scenario';

parentPort?.on('message', (m: { scenario: Scenario; seed: number; start: number; count: number }) => {
	parentPort?.postMessage(simulatePsa(m.scenario, { seed: m.seed, start: m.start, count: m.count }));
});
