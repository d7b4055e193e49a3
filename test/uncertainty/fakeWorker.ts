/** A stand-in for psa.worker.ts in this thread, for the tests of the page's PSA client (psaClient.ts). */
import type { Chunk } from '../../src/lib/workers/chunks';
import type { PsaWorker } from '../../src/lib/workers/psaClient';
import type { WorkerRequest, WorkerResponse } from '../../src/lib/workers/protocol';
import { simulatePsa, mergePsaSamples, summarisePsa } from '../../src/lib/model/uncertainty/psa';

/**
 * A worker run in this thread: it answers the page's messages as psa.worker.ts does, one message at
 * a time and in the order they came, and records the chunks it ran. A worker given `waitFor` holds
 * its messages until that one has none left to answer (a worker far slower than the other; at most
 * 5 s, so a wrong hand-out fails the test rather than hanging it).
 */
export type Fake = PsaWorker & { ran: Chunk[]; pending: number };
export function fakeWorker(waitFor?: Fake): Fake {
	const since = Date.now();
	const inbox: WorkerRequest[] = [];
	let busy = false;
	const w: Fake = {
		ran: [],
		pending: 0,
		onmessage: null,
		onerror: null,
		terminate() {},
		postMessage(m: WorkerRequest) {
			w.pending++;
			inbox.push(m);
			if (!busy) {
				busy = true;
				setTimeout(next, 0);
			}
		}
	};
	const reply = (data: WorkerResponse) => w.onmessage?.(new MessageEvent('message', { data }));
	// Answers the oldest message, then schedules the next: a real worker's event loop.
	function next(): void {
		if (waitFor && waitFor.pending > 0 && Date.now() - since < 5000) return void setTimeout(next, 2);
		const m = inbox.shift();
		if (!m) {
			busy = false;
			return;
		}
		w.pending--;
		if (m.type === 'psa') {
			w.ran.push({ start: m.start, count: m.count });
			reply({ type: 'progress', jobId: m.jobId, done: Math.floor(m.count / 2) });
			reply({ type: 'samples', jobId: m.jobId, samples: simulatePsa(m.scenario, { seed: m.seed, start: m.start, count: m.count }) });
		} else if (m.type === 'summarise') reply({ type: 'summary', jobId: m.jobId, result: summarisePsa(m.scenario, mergePsaSamples(m.blocks)) });
		setTimeout(next, 0);
	}
	return w;
}

/** A stand-in worker that also records every message posted to it, in order. */
export function recorded(): Fake & { posted: WorkerRequest[] } {
	const w = fakeWorker() as Fake & { posted: WorkerRequest[] };
	w.posted = [];
	const send = w.postMessage.bind(w);
	w.postMessage = (m: WorkerRequest) => {
		w.posted.push(m);
		send(m);
	};
	return w;
}
