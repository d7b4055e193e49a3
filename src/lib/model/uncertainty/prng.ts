/**
 * Seeded pseudo-random numbers for the probabilistic analysis.
 *
 * Generator: xoshiro128** (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 2021; reference code at prng.di.unimi.it), 128 bits of state, period 2^128 - 1, passes
 * BigCrush; all 32-bit integer arithmetic (Math.imul), so it gives the same numbers in every
 * JavaScript engine. Its state is filled by SplitMix32 (Steele, Lea and Flood 2014; constants of
 * the 32-bit variant from the MurmurHash3 finaliser), as the authors recommend.
 *
 * Each Monte Carlo iteration gets its own stream, seeded from (run seed, iteration number) through
 * the MurmurHash3 32-bit finaliser. Iteration i therefore draws the same numbers however the run
 * is split across workers, and a run is reproducible from its seed alone.
 */

/** MurmurHash3's 32-bit finaliser: a bijective avalanche mix of a 32-bit integer. */
export function fmix32(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

/** A generator of uniform numbers in [0, 1). */
export interface Rng {
	/** Next uniform double in [0, 1) with 53 random bits. */
	next(): number;
	/** Next raw 32-bit unsigned integer. */
	nextUint32(): number;
}

/** SplitMix32: a stream of well-mixed 32-bit words from a seed (used to fill xoshiro's state). */
export function splitmix32(seed: number): () => number {
	let sm = seed >>> 0;
	return () => {
		sm = (sm + 0x9e3779b9) | 0;
		let z = sm;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

/** xoshiro128** from an explicit 128-bit state (four 32-bit words, not all zero). */
export function xoshiro128ssFromState(state: readonly [number, number, number, number]): Rng {
	let [a, b, c, d] = state.map((x) => x | 0) as [number, number, number, number];
	// An all-zero state is the one state xoshiro cannot leave.
	if ((a | b | c | d) === 0) a = 1;
	const nextUint32 = () => {
		const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
		const t = b << 9;
		c ^= a;
		d ^= b;
		b ^= c;
		a ^= d;
		c ^= t;
		d = rotl(d, 11);
		return r;
	};
	return {
		nextUint32,
		next: () => {
			// 27 + 26 bits, as in the standard 53-bit double construction.
			const hi = nextUint32() >>> 5;
			const lo = nextUint32() >>> 6;
			return (hi * 67108864 + lo) / 9007199254740992;
		}
	};
}

/** xoshiro128** with its state filled by SplitMix32 from a 32-bit seed. */
export function xoshiro128ss(seed: number): Rng {
	const sm = splitmix32(seed);
	return xoshiro128ssFromState([sm(), sm(), sm(), sm()]);
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}

/** The seed of iteration `iteration`'s generator in a run seeded by `seed` (iterationRng). */
export function iterationSeed(seed: number, iteration: number): number {
	return fmix32((fmix32(seed >>> 0) + (iteration >>> 0)) >>> 0);
}

/** The generator for one iteration of a run: independent of how iterations are batched. */
export function iterationRng(seed: number, iteration: number): Rng {
	return xoshiro128ss(iterationSeed(seed, iteration));
}

/** SplitMix32's output for its state after a step (splitmix32), as a signed 32-bit word. */
function splitmixWord(sm: number): number {
	let z = sm;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) | 0;
}

/**
 * xoshiro128** as one object whose state is refilled for each iteration (reseed, SplitMix32 as
 * in xoshiro128ss): the same numbers as iterationRng(seed, i) (test/uncertainty/prng.test.ts), without
 * four closures and an object made per iteration of a Monte Carlo run.
 */
export class IterationRng implements Rng {
	private a = 1;
	private b = 0;
	private c = 0;
	private d = 0;

	/** Start iteration `iteration`'s stream of a run seeded by `seed`. */
	reseed(seed: number, iteration: number): this {
		// SplitMix32's four words (splitmix32), without a closure per iteration.
		let sm = iterationSeed(seed, iteration) | 0;
		sm = (sm + 0x9e3779b9) | 0;
		this.a = splitmixWord(sm);
		sm = (sm + 0x9e3779b9) | 0;
		this.b = splitmixWord(sm);
		sm = (sm + 0x9e3779b9) | 0;
		this.c = splitmixWord(sm);
		sm = (sm + 0x9e3779b9) | 0;
		this.d = splitmixWord(sm);
		// An all-zero state is the one state xoshiro cannot leave.
		if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
		return this;
	}

	nextUint32(): number {
		const b = this.b;
		const r = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
		const t = b << 9;
		let { a, c, d } = this;
		c ^= a;
		d ^= b;
		const b2 = b ^ c;
		a ^= d;
		c ^= t;
		this.a = a;
		this.b = b2;
		this.c = c;
		this.d = rotl(d, 11);
		return r;
	}

	next(): number {
		// 27 + 26 bits, as in the standard 53-bit double construction.
		const hi = this.nextUint32() >>> 5;
		const lo = this.nextUint32() >>> 6;
		return (hi * 67108864 + lo) / 9007199254740992;
	}
}
