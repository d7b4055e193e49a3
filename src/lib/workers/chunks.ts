/**
 * How a run's iterations are handed to the page's PSA workers (psaClient.ts): in chunks, each to
 * whichever worker is ready for more, so the workers finish together however fast each one runs.
 * They need not run at one speed: on a two-core machine a worker shares its core with the page,
 * the browser's compiler threads and whatever else runs. A split fixed in advance leaves one worker
 * idle while the other finishes; this does not. The first worker also summarises the run after the
 * last chunk is back, on its own (psa.worker.ts).
 *
 * Chunk sizes are guided self-scheduling's (Polychronopoulos and Kuck, IEEE Trans. Computers
 * 1987): each chunk is the iterations not yet handed out over twice the number of workers, rounded
 * up, and at least MIN_CHUNK (or what is left). Big chunks first, so a run takes few messages; small
 * ones at the end, where an uneven finish would cost. Each iteration is seeded from (seed,
 * iteration), so the chunks merge into exactly the single-thread run whoever ran them.
 */

/** Smallest chunk but the last: 100 iterations are 4-8 ms of one worker's time in Node (40-80 µs each), about twice that in Chromium. */
export const MIN_CHUNK = 100;

/** A run's iterations [start, start + count). */
export interface Chunk {
	start: number;
	count: number;
}

/** The iterations [0, iterations) of one run, handed out a chunk at a time, in order. */
export class ChunkQueue {
	private handedOut = 0;

	constructor(
		private readonly iterations: number,
		private readonly workers: number,
		private readonly minChunk = MIN_CHUNK
	) {}

	/** The next chunk, or null once every iteration has been handed out. */
	take(): Chunk | null {
		const left = this.iterations - this.handedOut;
		if (left <= 0) return null;
		const count = Math.min(left, Math.max(this.minChunk, Math.ceil(left / (2 * Math.max(1, this.workers)))));
		const chunk = { start: this.handedOut, count };
		this.handedOut += count;
		return chunk;
	}
}
