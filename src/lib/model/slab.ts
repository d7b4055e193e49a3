/**
 * Where an arena's typed arrays come from. A slab carves them out of a few large buffers, so an
 * arena of a hundred-odd series costs a few allocations rather than one buffer each (a buffer of
 * its own per array made a fresh arena, as appraise() without one builds, cost more in allocation
 * and garbage collection than the engine's arithmetic). The arrays are zero-filled views that do
 * not overlap; the slab belongs to its arena and holds nothing between appraisals.
 */
export interface Alloc {
	f64(n: number): Float64Array;
	u8(n: number): Uint8Array;
}

/** Each array its own buffer (series made outside an arena, e.g. by tests). */
export function ownBuffers(): Alloc {
	return { f64: (n) => new Float64Array(n), u8: (n) => new Uint8Array(n) };
}

/** Bytes per buffer, unless one array needs more. */
const CHUNK_BYTES = 1 << 14;

export class Slab implements Alloc {
	private buffer = new ArrayBuffer(CHUNK_BYTES);
	private used = 0;

	/** Room for `bytes` at a multiple of `align`: the current buffer, or a new one. */
	private take(bytes: number, align: number): number {
		const at = Math.ceil(this.used / align) * align;
		if (at + bytes <= this.buffer.byteLength) {
			this.used = at + bytes;
			return at;
		}
		this.buffer = new ArrayBuffer(Math.max(CHUNK_BYTES, bytes));
		this.used = bytes;
		return 0;
	}

	// take() first: it may move on to a new buffer, and the view must be of that one.
	f64(n: number): Float64Array {
		const at = this.take(n * 8, 8);
		return new Float64Array(this.buffer, at, n);
	}

	u8(n: number): Uint8Array {
		const at = this.take(n, 1);
		return new Uint8Array(this.buffer, at, n);
	}
}
