import { describe, expect, it } from 'vitest';
import { xoshiro128ss } from '../../src/lib/model/uncertainty/prng';
import { samplerFor, distributionMoments, lognormalParams, triangular } from '../../src/lib/model/uncertainty/distributions';
import type { Distribution } from '../../src/lib/model/schema/uncertainty';

/**
 * Each sampler against its analytical mean and variance, n = 200,000 draws.
 * Tolerance: 4 standard errors. SE of the mean = sigma / sqrt(n); SE of the sample variance =
 * sigma^2 x sqrt((excess kurtosis + 2) / n). The kurtosis of each case is given beside it, so the
 * variance tolerance is worked out, not guessed; a wrong sampler (e.g. scale for rate, or sd for
 * variance) is off by far more than 4 SE.
 */
const N = 200_000;

const cases: { name: string; d: Distribution | undefined; low: number; high: number; base: number; mean: number; variance: number; exKurt: number }[] = [
	// Uniform(2, 8): mean 5, var 36/12 = 3, excess kurtosis -1.2.
	{ name: 'uniform(2, 8)', d: { type: 'uniform' }, low: 2, high: 8, base: 5, mean: 5, variance: 3, exKurt: -1.2 },
	// Triangular(0, 3, 12): mean 15/3 = 5; var (0 + 144 + 9 - 0 - 0 - 36) / 18 = 117/18 = 6.5; excess kurtosis -0.6.
	{ name: 'triangular(0, 3, 12)', d: { type: 'triangular', mode: 3 }, low: 0, high: 12, base: 3, mean: 5, variance: 6.5, exKurt: -0.6 },
	// No distribution: triangular with mode at the base, here (10, 10, 40): mean 20, var (100 + 1600 + 100 - 400 - 100 - 400) / 18 = 50.
	{ name: 'default triangular at base (10, 10, 40)', d: undefined, low: 10, high: 40, base: 10, mean: 20, variance: 50, exKurt: -0.6 },
	// Normal(100, 15): var 225, excess kurtosis 0.
	{ name: 'normal(100, 15)', d: { type: 'normal', mean: 100, sd: 15 }, low: 50, high: 150, base: 100, mean: 100, variance: 225, exKurt: 0 },
	// Lognormal with mean 100, sd 30: var 900; sigma^2 = ln(1.09) = 0.08618, excess kurtosis
	// e^(4s2) + 2e^(3s2) + 3e^(2s2) - 6 = 1.4116 + 2.5901 + 3.5640 - 6 = 1.566.
	{ name: 'lognormal(mean 100, sd 30)', d: { type: 'lognormal', mean: 100, sd: 30 }, low: 40, high: 200, base: 100, mean: 100, variance: 900, exKurt: 1.566 },
	// Gamma(k = 2, theta = 3): mean 6, var 2 x 9 = 18, excess kurtosis 6/k = 3.
	{ name: 'gamma(2, 3)', d: { type: 'gamma', shape: 2, scale: 3 }, low: 0, high: 30, base: 6, mean: 6, variance: 18, exKurt: 3 },
	// Gamma(k = 0.5, theta = 2) exercises the k < 1 branch: mean 1, var 0.5 x 4 = 2, excess kurtosis 12.
	{ name: 'gamma(0.5, 2)', d: { type: 'gamma', shape: 0.5, scale: 2 }, low: 0, high: 20, base: 1, mean: 1, variance: 2, exKurt: 12 },
	// Beta(2, 5): mean 2/7 = 0.285714; var 10 / (49 x 8) = 0.025510; excess kurtosis
	// 6[(a-b)^2(a+b+1) - ab(a+b+2)] / [ab(a+b+2)(a+b+3)] = 6[9 x 8 - 10 x 9] / [10 x 9 x 10] = -0.12.
	{ name: 'beta(2, 5)', d: { type: 'beta', alpha: 2, beta: 5 }, low: 0, high: 1, base: 0.3, mean: 2 / 7, variance: 10 / 392, exKurt: -0.12 },
	// Beta(9, 91) (a DNA rate about 9%): mean 0.09; var 819 / (10000 x 101) = 0.00081089;
	// excess kurtosis 6[82^2 x 101 - 819 x 102] / [819 x 102 x 103] = 6 x 595,586 / 8,604,414 = 0.4153.
	{ name: 'beta(9, 91)', d: { type: 'beta', alpha: 9, beta: 91 }, low: 0, high: 1, base: 0.09, mean: 0.09, variance: 819 / 1_010_000, exKurt: 0.4153 }
];

describe('distribution samplers match analytical moments (n = 200,000, 4 standard errors)', () => {
	it.each(cases)('$name', ({ d, low, high, base, mean, variance, exKurt }) => {
		expect(distributionMoments(d, low, high, base).mean).toBeCloseTo(mean, 10);
		expect(distributionMoments(d, low, high, base).variance).toBeCloseTo(variance, 10);
		const draw = samplerFor(d, low, high, base);
		const rng = xoshiro128ss(2024);
		let s = 0;
		let s2 = 0;
		for (let i = 0; i < N; i++) {
			const x = draw(rng);
			s += x;
			s2 += x * x;
		}
		const m = s / N;
		const v = (s2 - N * m * m) / (N - 1);
		expect(Math.abs(m - mean)).toBeLessThan(4 * Math.sqrt(variance / N));
		expect(Math.abs(v - variance)).toBeLessThan(4 * variance * Math.sqrt((exKurt + 2) / N));
	});
});

describe('shape checks', () => {
	it('triangular(0, 3, 12) puts F(mode) = 3/12 = 25% of draws below the mode and none outside [0, 12]', () => {
		const draw = triangular(0, 3, 12);
		const rng = xoshiro128ss(5);
		let below = 0;
		let outside = 0;
		for (let i = 0; i < N; i++) {
			const x = draw(rng);
			if (x < 3) below++;
			if (x < 0 || x > 12) outside++;
		}
		// SE of a proportion 0.25: sqrt(0.25 x 0.75 / n) = 0.000968.
		expect(Math.abs(below / N - 0.25)).toBeLessThan(4 * 0.000968);
		expect(outside).toBe(0);
	});

	it('lognormal parameters: mean 100, sd 30 -> sigma^2 = ln(1.09), mu = ln(100) - sigma^2/2', () => {
		const { mu, sigma } = lognormalParams(100, 30);
		expect(sigma * sigma).toBeCloseTo(Math.log(1.09), 12);
		expect(mu).toBeCloseTo(Math.log(100) - Math.log(1.09) / 2, 12);
		// Median e^mu = 100 / sqrt(1.09) = 95.783.
		expect(Math.exp(mu)).toBeCloseTo(95.783, 3);
	});
});
