/** Worker thread for the Monte Carlo bench: one block of PSA iterations (see bench-uncertainty.ts; named so bench.ts does not load it as a section). */
import { parentPort, workerData } from 'node:worker_threads';
import { simulatePsa } from '../src/lib/model/uncertainty/psa';

const { scenario, seed, start, count } = workerData;
parentPort?.postMessage(simulatePsa(scenario, { seed, start, count }));
