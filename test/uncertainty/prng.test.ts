import { describe, expect, it } from 'vitest';
import { xoshiro128ss, xoshiro128ssFromState, iterationRng, fmix32, splitmix32, IterationRng } from '../../src/lib/model/uncertainty/prng';

describe('xoshiro128**', () => {
	it('matches outputs worked out by hand from the reference algorithm, state (1, 2, 3, 4)', () => {
		// Reference (prng.di.unimi.it/xoshiro128starstar.c): result = rotl(s1 * 5, 7) * 9, then
		// t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11).
		// 1st: rotl(2 * 5, 7) * 9 = 1280 * 9 = 11520; state -> (7, 0, 1026, 12288).
		// 2nd: rotl(0, 7) * 9 = 0; state -> (12295, 1029, 1029, 12288 << 11 = 25165824).
		// 3rd: rotl(1029 * 5 = 5145, 7) * 9 = 658560 * 9 = 5927040.
		const r = xoshiro128ssFromState([1, 2, 3, 4]);
		expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([11520, 0, 5927040]);
	});

	it('gives the same numbers for the same seed and different numbers for another seed', () => {
		const a = xoshiro128ss(42);
		const b = xoshiro128ss(42);
		const c = xoshiro128ss(43);
		const xa = Array.from({ length: 100 }, () => a.next());
		const xb = Array.from({ length: 100 }, () => b.next());
		const xc = Array.from({ length: 100 }, () => c.next());
		expect(xa).toEqual(xb);
		expect(xa.filter((v, i) => v === xc[i])).toHaveLength(0);
	});

	it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12 (n = 100,000; tolerance 4 standard errors)', () => {
		const r = xoshiro128ss(7);
		const n = 100_000;
		let s = 0;
		let s2 = 0;
		let min = 1;
		let max = 0;
		for (let i = 0; i < n; i++) {
			const u = r.next();
			s += u;
			s2 += u * u;
			min = Math.min(min, u);
			max = Math.max(max, u);
		}
		const mean = s / n;
		const variance = s2 / n - mean * mean;
		// SE of the mean = sqrt(1/12 / n) = 0.000913; SE of the variance = sqrt((1/80 - 1/144) / n) = 0.000236.
		expect(Math.abs(mean - 0.5)).toBeLessThan(4 * 0.000913);
		expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * 0.000236);
		expect(min).toBeGreaterThanOrEqual(0);
		expect(max).toBeLessThan(1);
	});
});

describe('seeding', () => {
	it('fmix32 is MurmurHash3 fmix32: fmix32(0) = 0 and fmix32(1) = 0x514e28b7', () => {
		// Known values of the MurmurHash3 finaliser (the mix of 0 is 0; of 1 is 0x514E28B7).
		expect(fmix32(0)).toBe(0);
		expect(fmix32(1)).toBe(0x514e28b7);
	});

	it('splitmix32 never repeats its first outputs and iteration streams differ', () => {
		const sm = splitmix32(1);
		const words = Array.from({ length: 1000 }, () => sm());
		expect(new Set(words).size).toBe(1000);
		const first = Array.from({ length: 1000 }, (_, i) => iterationRng(1, i).nextUint32());
		expect(new Set(first).size).toBeGreaterThan(995); // 1000 draws of 32 bits: a repeat has probability about 1e-4
	});

	it('an iteration stream depends only on (seed, iteration)', () => {
		const a = iterationRng(9, 1234);
		const b = iterationRng(9, 1234);
		expect(Array.from({ length: 10 }, () => a.next())).toEqual(Array.from({ length: 10 }, () => b.next()));
		expect(iterationRng(9, 1234).next()).not.toBe(iterationRng(10, 1234).next());
	});
});

describe('IterationRng: one generator reseeded for each iteration', () => {
	it('matches the hand-worked reference outputs when its state comes out as (1, 2, 3, 4)', () => {
		// The first test above, through the class: its update order must be the reference's.
		const r = new IterationRng();
		Object.assign(r, { a: 1, b: 2, c: 3, d: 4 });
		expect([r.nextUint32(), r.nextUint32(), r.nextUint32()]).toEqual([11520, 0, 5927040]);
	});

	it('gives exactly iterationRng(seed, i)\'s numbers, reused across iterations and seeds', () => {
		const r = new IterationRng();
		for (const seed of [0, 1, 9, 2024, 0xffffffff, -1]) {
			for (const i of [0, 1, 2, 999, 1234, 9999, 2 ** 31]) {
				const ref = iterationRng(seed, i);
				r.reseed(seed, i);
				// Doubles and raw words interleaved, as samplers draw them (Box-Muller, gamma's rejection loop).
				for (let k = 0; k < 50; k++) {
					expect(r.next()).toBe(ref.next());
					expect(r.nextUint32()).toBe(ref.nextUint32());
				}
			}
		}
	});
});
