/**
 * Worker-thread entry for the Monte Carlo bench: runs the app's own worker (src/lib/workers/psa.worker.ts)
 * under Node's worker_threads by giving it the `self` a Web Worker has (onmessage, postMessage with
 * a transfer list). psa-bench-pool.ts bundles this file, as Vite bundles the worker for the page.
 * One message of its own, `{ type: 'bench-stats' }`, answers with this thread's CPU time so far
 * (nanoseconds on a CPU, from Linux's /proc/thread-self/schedstat; 0 elsewhere) and its V8 heap
 * (bytes in use and committed): the bench's CPU-time and heap figures. Named so bench.ts does not
 * load it as a section.
 */
import { parentPort } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { readFileSync } from 'node:fs';

/** CPU time this thread has run, in nanoseconds (0 where Linux's schedstat is not there). */
function threadCpuNs(): number {
	try {
		return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
	} catch {
		return 0;
	}
}

if (!parentPort) throw new Error('psa-bench-thread runs as a worker thread');
const port = parentPort;
const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage: (m: unknown, transfer?: TransferListItem[]) => void } = {
	onmessage: null,
	postMessage: (m, transfer) => port.postMessage(m, transfer)
};
(globalThis as unknown as { self: typeof scope }).self = scope;
port.on('message', (data: unknown) => {
	if ((data as { type?: unknown }).type === 'bench-stats') {
		const h = getHeapStatistics();
		port.postMessage({ type: 'bench-stats', cpuNs: threadCpuNs(), heapUsed: h.used_heap_size, heapTotal: h.total_heap_size });
		return;
	}
	scope.onmessage?.({ data });
});
// Loaded after `self` exists (a static import would run first).
await import('../src/lib/workers/psa.worker');
