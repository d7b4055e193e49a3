/**
 * How the page hands a run's iterations to its workers (chunks.ts ChunkQueue, psaClient.ts
 * PsaWorkers.run): guided chunks, each to whichever worker is ready, merged into exactly the
 * single-thread run.
 */
import { describe, expect, it } from 'vitest';
import { ChunkQueue, MIN_CHUNK, type Chunk } from '../../src/lib/workers/chunks';
import { PsaWorkers, type PsaWorker } from '../../src/lib/workers/psaClient';
import type { WorkerRequest, WorkerResponse } from '../../src/lib/workers/protocol';
import { runPsa } from '../../src/lib/model/uncertainty/psa';
import { fakeWorker, recorded } from './fakeWorker';
import { urbanRaw, parsed, edited } from './helpers';
import { resolveInputs } from '../../src/lib/model/uncertainty/ranges';

function all(q: ChunkQueue): Chunk[] {
	const out: Chunk[] = [];
	for (let c = q.take(); c; c = q.take()) out.push(c);
	return out;
}

describe('ChunkQueue: guided self-scheduling', () => {
	it('hands out 10,000 iterations to two workers in shrinking chunks, worked by hand', () => {
		expect(MIN_CHUNK).toBe(100);
		// Each chunk is ceil(left / (2 x 2)), at least 100: 10,000 / 4 = 2,500; 7,500 / 4 = 1,875;
		// 5,625 / 4 = 1,406.25 -> 1,407; 4,218 / 4 -> 1,055; 3,163 / 4 -> 791; 2,372 / 4 = 593;
		// 1,779 / 4 -> 445; 1,334 / 4 -> 334; 1,000 / 4 = 250; 750 / 4 -> 188; 562 / 4 -> 141;
		// 421 / 4 -> 106; then 315, 215 and 115 left give 100 each (79, 54, 29 are under 100); 15 last.
		expect(all(new ChunkQueue(10_000, 2)).map((c) => c.count)).toEqual([2500, 1875, 1407, 1055, 791, 593, 445, 334, 250, 188, 141, 106, 100, 100, 100, 15]);
	});

	it('gives a run shorter than the smallest chunk in one chunk, and nothing once all are out', () => {
		const q = new ChunkQueue(60, 2);
		expect(q.take()).toEqual({ start: 0, count: 60 });
		expect(q.take()).toBeNull();
		expect(q.take()).toBeNull();
	});

	it('covers every iteration once, in order, for any run size and number of workers', () => {
		for (let workers = 1; workers <= 4; workers++)
			for (let n = 1; n <= 3000; n += 7) {
				let next = 0;
				for (const c of all(new ChunkQueue(n, workers))) {
					expect(c.start).toBe(next);
					expect(c.count).toBeGreaterThanOrEqual(1);
					next += c.count;
				}
				expect(next).toBe(n);
			}
	});
});

describe('PsaWorkers.run: chunks to whichever worker is ready', () => {
	it('merges the chunks into exactly the single-thread run, and gives a slow worker fewer chunks', async () => {
		const s = parsed(urbanRaw());
		const fast = fakeWorker();
		const slow = fakeWorker(fast);
		const made = [fast, slow];
		const client = new PsaWorkers(2, () => made.shift() as PsaWorker);
		const progress: number[] = [];
		const result = await client.run(s, { iterations: 1000, seed: 7, onProgress: (d) => progress.push(d) }).promise;
		expect(result).toEqual(runPsa(s, { iterations: 1000, seed: 7 }));
		// 1,000 iterations, two workers: ceil(1,000 / 4) = 250, 750 / 4 -> 188, 562 / 4 -> 141,
		// 421 / 4 -> 106, then 100, 100, 100, 15. Each worker is sent two chunks to start with
		// (250 and 141 to the fast one, 188 and 106 to the slow); the fast one, answering while the
		// slow one holds both of its chunks, is handed every later chunk.
		const ran = [...fast.ran, ...slow.ran].sort((a, b) => a.start - b.start);
		expect(ran.map((c) => c.count)).toEqual([250, 188, 141, 106, 100, 100, 100, 15]);
		expect(slow.ran.map((c) => c.count)).toEqual([188, 106]);
		expect(fast.ran.length).toBe(6);
		// Progress ends at the run's iterations and never goes back.
		expect(progress.at(-1)).toBe(1000);
		for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1] as number);
	});

	it("ignores a warm-up's progress (job -1) that arrives during a run: progress counts only the run's iterations", async () => {
		const s = parsed(urbanRaw());
		const w = fakeWorker();
		const send = w.postMessage.bind(w);
		let stray = false;
		w.postMessage = (m: WorkerRequest) => {
			// A warm-up of 4,000 iterations still reporting when the run's first chunk arrives.
			if (!stray && m.type === 'psa') {
				stray = true;
				w.onmessage?.(new MessageEvent('message', { data: { type: 'progress', jobId: -1, done: 4000 } satisfies WorkerResponse }));
			}
			send(m);
		};
		const progress: number[] = [];
		const client = new PsaWorkers(1, () => w);
		const result = await client.run(s, { iterations: 300, seed: 3, onProgress: (d) => progress.push(d) }).promise;
		expect(stray).toBe(true);
		expect(result).toEqual(runPsa(s, { iterations: 300, seed: 3 }));
		expect(Math.max(...progress)).toBe(300);
		expect(progress.at(-1)).toBe(300);
	});

	it('posts the inputs of the scenario it runs, not those of the scenario it warmed up on', async () => {
		// The client keeps the inputs it resolved for the warm-up and reuses them only for the same scenario.
		const s = parsed(urbanRaw());
		const changed = parsed(edited(urbanRaw(), ['scanners', 0, 'dnaRate'], 0.12));
		expect(resolveInputs(changed)).not.toEqual(resolveInputs(s));
		const w = recorded();
		const posted = w.posted;
		const client = new PsaWorkers(1, () => w, 1000);
		void client.warm(s);
		expect(await client.run(changed, { iterations: 200, seed: 5 }).promise).toEqual(runPsa(changed, { iterations: 200, seed: 5 }));
		expect(await client.run(s, { iterations: 200, seed: 5 }).promise).toEqual(runPsa(s, { iterations: 200, seed: 5 }));
		const runs = posted.filter((m) => m.type === 'psa' && m.jobId >= 0);
		// The warm-up's first slice (job -1), still in the worker when the run came, had the warm-up's inputs.
		expect(posted[0]).toMatchObject({ type: 'psa', jobId: -1, inputs: resolveInputs(s) });
		// 200 iterations on one worker: ceil(200 / 2) = 100, then 100; two chunks per run.
		expect(runs.map((m) => m.inputs)).toEqual([resolveInputs(changed), resolveInputs(changed), resolveInputs(s), resolveInputs(s)]);
	});

	it('refuses a run of no iterations with a message that says so', () => {
		const client = new PsaWorkers(1, () => fakeWorker());
		expect(() => client.run(parsed(urbanRaw()), { iterations: 0, seed: 1 })).toThrow('Iterations must be at least 1 (got 0)');
	});
});
