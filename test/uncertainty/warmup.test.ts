/**
 * The page's warm-up of its PSA workers (psaClient.ts PsaWorkers.warm): the run's own messages,
 * slice by slice, which a run ends. Workers stand-ins answer as psa.worker.ts does (fakeWorker.ts).
 */
import { describe, expect, it } from 'vitest';
import { PsaWorkers, WARMED_MARK, type PsaWorker } from '../../src/lib/workers/psaClient';
import type { WorkerRequest, WorkerResponse } from '../../src/lib/workers/protocol';
import { runPsa } from '../../src/lib/model/uncertainty/psa';
import { resolveInputs } from '../../src/lib/model/uncertainty/ranges';
import { fakeWorker, recorded } from './fakeWorker';
import { urbanRaw, parsed } from './helpers';

const shape = (m: WorkerRequest) => (m.type === 'psa' ? `psa ${m.jobId} ${m.start}+${m.count}` : `summarise ${m.jobId} of ${m.blocks.length}`);

describe('PsaWorkers.warm: the run’s own messages, ended by a run', () => {
	const s = parsed(urbanRaw());
	const seed = s.uncertainty?.seed ?? 1;

	it('posts each worker its slices one at a time as job -1, and the first a summary a quarter of the way and at the end', async () => {
		const made = [recorded(), recorded()];
		const client = new PsaWorkers(2, () => made.shift() as PsaWorker, 1000);
		const [a, b] = made as [ReturnType<typeof recorded>, ReturnType<typeof recorded>];
		performance.clearMarks(WARMED_MARK);
		await client.warm(s);
		// Run to its end on both workers: the page's performance timeline says when the workers were ready.
		expect(performance.getEntriesByName(WARMED_MARK, 'mark')).toHaveLength(1);
		// 1,000 iterations a worker, in slices as a run's chunks for ceil(1,000 / (2 x 250)) = 2 workers:
		// ceil(1,000 / 4) = 250, 750 / 4 -> 188, 562 / 4 -> 141, 421 / 4 -> 106, then 100, 100, 100 and 15
		// (as chunks.test works out). 250 is a quarter of 1,000: the first summary follows the first slice.
		const slices = (from: number) => [
			`psa -1 ${from}+250`,
			`psa -1 ${from + 250}+188`,
			`psa -1 ${from + 438}+141`,
			`psa -1 ${from + 579}+106`,
			`psa -1 ${from + 685}+100`,
			`psa -1 ${from + 785}+100`,
			`psa -1 ${from + 885}+100`,
			`psa -1 ${from + 985}+15`
		];
		// Only the first worker summarises, as it does in a run: after its first slice and after the last seven.
		expect(a.posted.map(shape)).toEqual([...slices(0).slice(0, 1), 'summarise -1 of 1', ...slices(0).slice(1), 'summarise -1 of 7']);
		// The second worker draws the iterations after the first's: 1,000 on.
		expect(b.posted.map(shape)).toEqual(slices(1000));
		for (const m of [...a.posted, ...b.posted]) expect(m).toMatchObject({ scenario: s, inputs: resolveInputs(s) });
		expect(a.posted.every((m) => m.type !== 'psa' || m.seed === seed)).toBe(true);
	});

	it('stops when a run is asked for: nothing of the warm-up is posted after the run’s first message, and the run is the single-thread run', async () => {
		const w = recorded();
		const client = new PsaWorkers(1, () => w, 1000);
		performance.clearMarks(WARMED_MARK);
		const warmed = client.warm(s);
		const progress: number[] = [];
		// The run comes while the warm-up's first slice (250) is still to be answered.
		const result = await client.run(s, { iterations: 400, seed: 9, onProgress: (d) => progress.push(d) }).promise;
		await warmed;
		// Ended by the run, not run to its end: no "warmed" mark.
		expect(performance.getEntriesByName(WARMED_MARK, 'mark')).toEqual([]);
		expect(result).toEqual(runPsa(s, { iterations: 400, seed: 9 }));
		const firstRun = w.posted.findIndex((m) => m.jobId >= 0);
		expect(w.posted.slice(0, firstRun).map(shape)).toEqual(['psa -1 0+250']);
		expect(w.posted.slice(firstRun).filter((m) => m.jobId === -1)).toEqual([]);
		// The warm-up slice's samples and progress came during the run and were not counted.
		expect(Math.max(...progress)).toBe(400);
	});

	it('sets no "warmed" mark when a worker cannot run the warm-up (the run will give the message)', async () => {
		const w = fakeWorker();
		w.postMessage = (m: WorkerRequest) => w.onmessage?.(new MessageEvent('message', { data: { type: 'error', jobId: m.jobId, message: 'cannot run' } satisfies WorkerResponse }));
		performance.clearMarks(WARMED_MARK);
		await new PsaWorkers(1, () => w, 1000).warm(s);
		expect(performance.getEntriesByName(WARMED_MARK, 'mark')).toEqual([]);
	});

	it('ignores a warm-up summary that arrives while the run is being summarised', async () => {
		const w = fakeWorker();
		const send = w.postMessage.bind(w);
		let stray = false;
		w.postMessage = (m: WorkerRequest, transfer?: Transferable[]) => {
			// The warm-up's last summary, answered just before the run's.
			if (m.type === 'summarise' && m.jobId >= 0) {
				stray = true;
				const wrong = runPsa(s, { iterations: 10, seed: 1 });
				w.onmessage?.(new MessageEvent('message', { data: { type: 'summary', jobId: -1, result: wrong } satisfies WorkerResponse }));
			}
			send(m, transfer);
		};
		const client = new PsaWorkers(1, () => w, 1000);
		expect(await client.run(s, { iterations: 300, seed: 4 }).promise).toEqual(runPsa(s, { iterations: 300, seed: 4 }));
		expect(stray).toBe(true);
	});
});
