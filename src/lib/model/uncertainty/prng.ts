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

/** SplitMix32's output for its state after a step, as a signed 32-bit word. */
function splitmixWord(sm: number): number {
	let z = sm;
	z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
	z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
	return (z ^ (z >>> 16)) | 0;
}

const GOLDEN_GAMMA = 0x9e3779b9;

/** SplitMix32: a stream of well-mixed 32-bit words from a seed (used to fill xoshiro's state). */
export function splitmix32(seed: number): () => number {
	let sm = seed >>> 0;
	return () => {
		sm = (sm + GOLDEN_GAMMA) | 0;
		return splitmixWord(sm) >>> 0;
	};
}

function rotl(x: number, k: number): number {
	return (x << k) | (x >>> (32 - k));
}

/** xoshiro128**: the generator's one implementation, its state four 32-bit words held in fields. */
class Xoshiro128ss implements Rng {
	private a = 1;
	private b = 0;
	private c = 0;
	private d = 0;

	/** Set the state (not all zero: an all-zero state is the one state xoshiro cannot leave, so a becomes 1). */
	protected setState(a: number, b: number, c: number, d: number): this {
		this.a = a | 0;
		this.b = b | 0;
		this.c = c | 0;
		this.d = d | 0;
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

	static fromState(state: readonly [number, number, number, number]): Xoshiro128ss {
		return new Xoshiro128ss().setState(...state);
	}
}

/** xoshiro128** from an explicit 128-bit state (four 32-bit words, not all zero). */
export function xoshiro128ssFromState(state: readonly [number, number, number, number]): Rng {
	return Xoshiro128ss.fromState(state);
}

/** xoshiro128** with its state filled by SplitMix32 from a 32-bit seed. */
export function xoshiro128ss(seed: number): Rng {
	const sm = splitmix32(seed);
	return xoshiro128ssFromState([sm(), sm(), sm(), sm()]);
}

/** The seed of iteration `iteration`'s generator in a run seeded by `seed` (iterationRng). */
export function iterationSeed(seed: number, iteration: number): number {
	return fmix32((fmix32(seed >>> 0) + (iteration >>> 0)) >>> 0);
}

/** The generator for one iteration of a run: independent of how iterations are batched. */
export function iterationRng(seed: number, iteration: number): Rng {
	return xoshiro128ss(iterationSeed(seed, iteration));
}

/**
 * One generator whose state is refilled for each iteration of a Monte Carlo run (reseed, by
 * SplitMix32 as xoshiro128ss fills it): the same numbers as iterationRng(seed, i)
 * (test/uncertainty/prng.test.ts), without a closure and an object made per iteration.
 */
export class IterationRng extends Xoshiro128ss {
	/** Start iteration `iteration`'s stream of a run seeded by `seed`. */
	reseed(seed: number, iteration: number): this {
		let sm = iterationSeed(seed, iteration) | 0;
		const a = splitmixWord((sm = (sm + GOLDEN_GAMMA) | 0));
		const b = splitmixWord((sm = (sm + GOLDEN_GAMMA) | 0));
		const c = splitmixWord((sm = (sm + GOLDEN_GAMMA) | 0));
		const d = splitmixWord((sm + GOLDEN_GAMMA) | 0);
		return this.setState(a, b, c, d);
	}
}
