/**
 * Worker-thread entry for the Monte Carlo bench: runs the app's own worker (src/lib/workers/psa.worker.ts)
 * under Node's worker_threads by giving it the `self` a Web Worker has (onmessage, postMessage with
 * a transfer list). psa-bench-pool.ts bundles this file, as Vite bundles the worker for the page.
 * Named so bench.ts does not load it as a section.
 */
import { parentPort } from 'node:worker_threads';
import type { TransferListItem } from 'node:worker_threads';

if (!parentPort) throw new Error('psa-bench-thread runs as a worker thread');
const port = parentPort;
const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage: (m: unknown, transfer?: TransferListItem[]) => void } = {
	onmessage: null,
	postMessage: (m, transfer) => port.postMessage(m, transfer)
};
(globalThis as unknown as { self: typeof scope }).self = scope;
port.on('message', (data: unknown) => scope.onmessage?.({ data }));
// Loaded after `self` exists (a static import would run first).
await import('../src/lib/workers/psa.worker');
