/**
 * The PSA worker's warm-up (psa.worker.ts) runs in slices, and a run's first message ends it: a run
 * asked for while the workers are still warming up starts at the next slice, not after the whole
 * warm-up. Run here on the app's own worker code, bundled as the bench bundles it
 * (scripts/psa-bench-pool.ts) and started as a Node worker thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { bundleWorker } from '../../scripts/psa-bench-pool';
import { resolveInputs } from '../../src/lib/model/uncertainty/ranges';
import { simulatePsa } from '../../src/lib/model/uncertainty/psa';
import type { WorkerRequest, WorkerResponse } from '../../src/lib/workers/protocol';
import type { PsaSamples } from '../../src/lib/model/uncertainty/types';
import { urbanRaw, parsed } from './helpers';

let bundle = '';
const threads: Worker[] = [];
beforeAll(async () => {
	bundle = await bundleWorker();
}, 60_000);
afterAll(async () => {
	await Promise.all(threads.map((t) => t.terminate()));
});

/** A worker thread running psa.worker.ts, and every message it has sent so far, in order. */
function start(): { w: Worker; got: WorkerResponse[]; next: (ok: (m: WorkerResponse) => boolean) => Promise<WorkerResponse> } {
	const w = new Worker(bundle);
	threads.push(w);
	const got: WorkerResponse[] = [];
	const waiting: { ok: (m: WorkerResponse) => boolean; resolve: (m: WorkerResponse) => void }[] = [];
	w.on('message', (m: WorkerResponse) => {
		got.push(m);
		for (const x of [...waiting])
			if (x.ok(m)) {
				waiting.splice(waiting.indexOf(x), 1);
				x.resolve(m);
			}
	});
	return { w, got, next: (ok) => new Promise((resolve) => waiting.push({ ok, resolve })) };
}

/** The three samples arrays a run's figures are read from, as plain numbers. */
const figures = (s: PsaSamples) => ({ count: s.count, npc: [...s.npc], qalys: [...s.qalys], preferred: [...s.preferred] });

describe('the PSA worker warm-up', () => {
	const s = parsed(urbanRaw());
	const inputs = resolveInputs(s);
	const seed = s.uncertainty?.seed ?? 1;

	it('runs to the end and says so when no run comes: its progress is job -1, which no run uses', async () => {
		const { w, got, next } = start();
		const warm = next((m) => m.type === 'warm');
		// 600 iterations in slices as for two workers (600 / (2 x 250) rounds up to 2): ceil(600 / 4) = 150, 450 / 4 -> 113, then 100, 100, 100 and the last 37.
		w.postMessage({ type: 'warmup', jobId: -1, scenario: s, inputs, seed, start: 0, count: 600 } satisfies WorkerRequest);
		expect(await warm).toEqual({ type: 'warm', jobId: -1 });
		expect(got.filter((m) => m.type !== 'progress' && m.type !== 'warm')).toEqual([]);
		for (const m of got) expect(m.jobId).toBe(-1);
	}, 60_000);

	it("is ended by a run's message: the run's samples come first, are the single-thread run's, and the warm-up never reports again", async () => {
		const { w, got, next } = start();
		// A warm-up far longer than the test (200,000 iterations: several seconds of one core), then at once a run's chunk of 300.
		w.postMessage({ type: 'warmup', jobId: -1, scenario: s, inputs, seed, start: 0, count: 200_000 } satisfies WorkerRequest);
		const first = next((m) => m.type === 'samples' || m.type === 'warm');
		w.postMessage({ type: 'psa', jobId: 0, scenario: s, inputs, seed, start: 500, count: 300 } satisfies WorkerRequest);
		const m = await first;
		expect(m.type).toBe('samples');
		if (m.type !== 'samples') return;
		// The workspace the interrupted warm-up left behind changes nothing: iterations 500-799 as one thread runs them.
		expect(figures(m.samples)).toEqual(figures(simulatePsa(s, { seed, start: 500, count: 300 })));
		// A second chunk afterwards: between the two, and after, nothing more from the warm-up.
		const second = next((x) => x.type === 'samples');
		w.postMessage({ type: 'psa', jobId: 1, scenario: s, inputs, seed, start: 800, count: 200 } satisfies WorkerRequest);
		await second;
		const after = got.slice(got.indexOf(m) + 1);
		expect(after.filter((x) => x.jobId === -1)).toEqual([]);
		expect(got.some((x) => x.type === 'warm')).toBe(false);
	}, 60_000);
});
