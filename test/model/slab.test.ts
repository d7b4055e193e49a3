/**
 * The slab an arena's series come from (slab.ts): views into shared buffers that must never
 * overlap, also when an array does not fit in the current buffer and a new one is started (a view
 * made of the old buffer at offset 0 wrote over the first series: the demand's band populations).
 */
import { describe, expect, it } from 'vitest';
import { Slab } from '../../src/lib/model/slab';

describe('Slab', () => {
	it('gives zero-filled arrays of the lengths asked that keep their own values, across several buffers', () => {
		const m = new Slab();
		// 3,000 doubles (24,000 bytes), 100 bytes and one double a round, 10 rounds: 241,080 bytes, several buffers whatever their size.
		const arrays: (Float64Array | Uint8Array)[] = [];
		for (let round = 0; round < 10; round++) arrays.push(m.f64(3000), m.u8(100), m.f64(1));
		arrays.forEach((a, k) => {
			expect(a.length).toBe(k % 3 === 0 ? 3000 : k % 3 === 1 ? 100 : 1);
			expect(a.every((v) => v === 0)).toBe(true);
			a.fill(k + 1);
		});
		// Had any two overlapped, the later fill would show in the earlier array.
		arrays.forEach((a, k) => expect(a.every((v) => v === k + 1)).toBe(true));
	});

	it('gives an array larger than a buffer a buffer of its own', () => {
		const m = new Slab();
		const small = m.f64(10);
		const big = m.f64(20_000); // 160,000 bytes
		big.fill(2);
		small.fill(1);
		expect(big.length).toBe(20_000);
		expect(big.every((v) => v === 2)).toBe(true);
		expect(small.every((v) => v === 1)).toBe(true);
	});
});
