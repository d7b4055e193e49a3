/**
 * Worker thread for the Monte Carlo bench (see psa-bench-pool.ts, which bundles this file the way
 * Vite bundles the app's psa.worker.ts). It answers the same three requests as the app's worker:
 * a warm-up (iterations run and summarised, nothing kept), a block of iterations, and the merge and
 * summary of a run's blocks; and it stays alive for the next, like the page's workers. Named so
 * bench.ts does not load it as a section.
 */
import { parentPort } from 'node:worker_threads';
import { simulatePsa, mergePsaSamples, summarisePsa } from '../src/lib/model/uncertainty/psa';
import type { Scenario } from '../src/lib/model/schema/scenario';
import type { PsaSamples } from '../src/lib/model/uncertainty/types';

type Request =
	| { type: 'warmup'; scenario: Scenario; count: number }
	| { type: 'psa'; scenario: Scenario; seed: number; start: number; count: number }
	| { type: 'summarise'; scenario: Scenario; blocks: PsaSamples[] };

parentPort?.on('message', (m: Request) => {
	if (m.type === 'warmup') {
		summarisePsa(m.scenario, simulatePsa(m.scenario, { seed: 0, start: 0, count: m.count }));
		parentPort?.postMessage({ type: 'warm' });
	} else if (m.type === 'psa') parentPort?.postMessage({ type: 'samples', samples: simulatePsa(m.scenario, { seed: m.seed, start: m.start, count: m.count }) });
	else parentPort?.postMessage({ type: 'summary', result: summarisePsa(m.scenario, mergePsaSamples(m.blocks)) });
});
