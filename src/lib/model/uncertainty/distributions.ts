import type { Distribution } from '../schema/uncertainty';
import type { Rng } from './prng';

/**
 * Samplers for the PSA's distributions, each a function of a uniform generator.
 * - uniform: low + (high - low) u.
 * - triangular(a, c, b): inverse CDF; F(c) = (c - a) / (b - a); x = a + sqrt(u (b - a)(c - a)) below
 *   F(c), else b - sqrt((1 - u)(b - a)(b - c)).
 * - normal: Box-Muller, z = sqrt(-2 ln u1) cos(2 pi u2) (Box and Muller 1958), one normal from two
 *   uniforms so every draw uses a fixed count of uniforms.
 * - lognormal with mean m and sd s of the value: sigma^2 = ln(1 + s^2 / m^2), mu = ln m - sigma^2 / 2,
 *   x = exp(mu + sigma z).
 * - gamma(k, theta): Marsaglia and Tsang (ACM TOMS 2000) squeeze-rejection for k >= 1; for k < 1,
 *   gamma(k + 1) x u^(1/k) (their note 3.4).
 * - beta(alpha, beta): X / (X + Y) with X ~ gamma(alpha, 1), Y ~ gamma(beta, 1).
 */
export type Sampler = (rng: Rng) => number;

export function uniform(low: number, high: number): Sampler {
	const w = high - low;
	return (rng) => low + w * rng.next();
}

export function triangular(low: number, mode: number, high: number): Sampler {
	const w = high - low;
	if (w <= 0) return () => low;
	const fc = (mode - low) / w;
	return (rng) => {
		const u = rng.next();
		return u < fc ? low + Math.sqrt(u * w * (mode - low)) : high - Math.sqrt((1 - u) * w * (high - mode));
	};
}

export function standardNormal(rng: Rng): number {
	const u1 = 1 - rng.next(); // (0, 1]: ln(0) never happens
	const u2 = rng.next();
	return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

export function normal(mean: number, sd: number): Sampler {
	return (rng) => mean + sd * standardNormal(rng);
}

/** Parameters of the underlying normal for a lognormal with this mean and sd. */
export function lognormalParams(mean: number, sd: number): { mu: number; sigma: number } {
	const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
	return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

export function lognormal(mean: number, sd: number): Sampler {
	const { mu, sigma } = lognormalParams(mean, sd);
	return (rng) => Math.exp(mu + sigma * standardNormal(rng));
}

/** One gamma(k, 1) draw, k > 0. */
export function standardGamma(k: number, rng: Rng): number {
	if (k < 1) {
		const u = 1 - rng.next();
		return standardGamma(k + 1, rng) * Math.pow(u, 1 / k);
	}
	const d = k - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		let x: number;
		let v: number;
		do {
			x = standardNormal(rng);
			v = 1 + c * x;
		} while (v <= 0);
		v = v * v * v;
		const u = 1 - rng.next();
		const x2 = x * x;
		if (u < 1 - 0.0331 * x2 * x2) return d * v;
		if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
	}
}

export function gamma(shape: number, scale: number): Sampler {
	return (rng) => standardGamma(shape, rng) * scale;
}

export function beta(alpha: number, b: number): Sampler {
	return (rng) => {
		const x = standardGamma(alpha, rng);
		const y = standardGamma(b, rng);
		return x / (x + y);
	};
}

/** The sampler for an input's distribution; no distribution means triangular with its mode at the base value. */
export function samplerFor(d: Distribution | undefined, low: number, high: number, base: number): Sampler {
	if (!d) return triangular(low, Math.min(high, Math.max(low, base)), high);
	switch (d.type) {
		case 'uniform':
			return uniform(low, high);
		case 'triangular':
			return triangular(low, d.mode, high);
		case 'normal':
			return normal(d.mean, d.sd);
		case 'lognormal':
			return lognormal(d.mean, d.sd);
		case 'beta':
			return beta(d.alpha, d.beta);
		case 'gamma':
			return gamma(d.shape, d.scale);
	}
}

/** Analytical mean and variance of an input's distribution (for validation, the editor and tests). */
export function distributionMoments(d: Distribution | undefined, low: number, high: number, base: number): { mean: number; variance: number } {
	const tri = (a: number, c: number, b: number) => ({ mean: (a + b + c) / 3, variance: (a * a + b * b + c * c - a * b - a * c - b * c) / 18 });
	if (!d) return tri(low, Math.min(high, Math.max(low, base)), high);
	switch (d.type) {
		case 'uniform':
			return { mean: (low + high) / 2, variance: ((high - low) * (high - low)) / 12 };
		case 'triangular':
			return tri(low, d.mode, high);
		case 'normal':
			return { mean: d.mean, variance: d.sd * d.sd };
		case 'lognormal':
			return { mean: d.mean, variance: d.sd * d.sd };
		case 'beta': {
			const s = d.alpha + d.beta;
			return { mean: d.alpha / s, variance: (d.alpha * d.beta) / (s * s * (s + 1)) };
		}
		case 'gamma':
			return { mean: d.shape * d.scale, variance: d.shape * d.scale * d.scale };
	}
}

/** A short description, e.g. "Gamma(k = 2, theta = 3)", for tables and reports. */
export function describeDistribution(d: Distribution | undefined, low: number, high: number, base: number): string {
	const f = (v: number) => (Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-GB') : String(Number(v.toPrecision(4))));
	if (!d) return `Triangular(${f(low)}, mode ${f(base)}, ${f(high)})`;
	switch (d.type) {
		case 'uniform':
			return `Uniform(${f(low)}, ${f(high)})`;
		case 'triangular':
			return `Triangular(${f(low)}, mode ${f(d.mode)}, ${f(high)})`;
		case 'normal':
			return `Normal(mean ${f(d.mean)}, sd ${f(d.sd)})`;
		case 'lognormal':
			return `Lognormal(mean ${f(d.mean)}, sd ${f(d.sd)})`;
		case 'beta':
			return `Beta(${f(d.alpha)}, ${f(d.beta)})`;
		case 'gamma':
			return `Gamma(k ${f(d.shape)}, theta ${f(d.scale)})`;
	}
}
