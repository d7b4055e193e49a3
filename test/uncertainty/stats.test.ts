import { describe, it, expect } from 'vitest';
import { mean, std, quantileSeq } from 'mathjs';
import { stat, quantileSorted } from '../../src/lib/model/uncertainty/stats';

describe('stat: mean and sd summed in mathjs order', () => {
	it('works a small case by hand', () => {
		// 2, 4, 4, 4, 5, 5, 7, 9: sum 40, mean 40 / 8 = 5; squared differences 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32;
		// sample variance 32 / 7 = 4.571428..., sd = sqrt(32 / 7) = 2.138089935...
		// Percentiles: (n - 1) p = 7 x 0.05 = 0.35 -> 2 + 0.35 x (4 - 2) = 2.7; 7 x 0.5 = 3.5 -> 4 + 0.5 x (5 - 4) = 4.5;
		// 7 x 0.95 = 6.65 -> 7 + 0.65 x (9 - 7) = 8.3.
		const st = stat([9, 4, 2, 5, 4, 7, 4, 5])!;
		expect(st.mean).toBe(5);
		expect(st.sd).toBe(Math.sqrt(32 / 7));
		expect(st.p05).toBeCloseTo(2.7, 12);
		expect(st.p50).toBe(4.5);
		expect(st.p95).toBeCloseTo(8.3, 12);
		expect(st.n).toBe(8);
		// One value: sd 0 (mathjs's unbiased variance of one value is 0).
		expect(stat([3.5])).toEqual({ mean: 3.5, sd: 0, p05: 3.5, p50: 3.5, p95: 3.5, n: 1 });
	});

	it('equals mathjs mean and std over the sorted values to the last bit', () => {
		// Values whose sum depends on the order they are added in (large and small magnitudes mixed),
		// as a PSA column of net present costs has: the figures must be mathjs's, not merely close.
		const values = Array.from({ length: 10_001 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 * (i % 7 === 0 ? 1e6 : 1) + 0.1 * i);
		const sorted = [...values].sort((a, b) => a - b);
		const st = stat([...values, NaN])!;
		expect(st.n).toBe(10_001);
		expect(st.mean).toBe(mean(sorted) as number);
		expect(st.sd).toBe(std(sorted, 'unbiased') as unknown as number);
		// Summed in another order the mean differs in its last bits, so the test can tell the orders apart.
		const unsortedSum = values.reduce((t, v) => t + v, 0) / values.length;
		expect(unsortedSum).not.toBe(st.mean);
	});
});

describe('stat: percentiles as mathjs quantileSeq computes them', () => {
	it('works positions by hand: whole positions read a value, others interpolate', () => {
		// 5 values: 0.5 x (5 - 1) = 2, a whole position -> the value at 2 (30); 0.05 x 4 = 0.2 -> 10 x 0.8 + 20 x 0.2 = 12;
		// 0.95 x 4 = 3.8 -> 40 x (1 - 0.8) + 50 x 0.8 = 48 (0.8 is 3.8 mod 1, not exactly 0.8 in binary: mathjs's arithmetic).
		const xs = [10, 20, 30, 40, 50];
		expect(quantileSorted(xs, 0.5)).toBe(30);
		expect(quantileSorted(xs, 0.05)).toBe(10 * (1 - (0.2 % 1)) + 20 * (0.2 % 1));
		expect(quantileSorted(xs, 0.05)).toBeCloseTo(12, 12);
		expect(quantileSorted(xs, 0.95)).toBeCloseTo(48, 12);
		expect(quantileSorted([7], 0.95)).toBe(7);
	});

	it('equals mathjs quantileSeq over the sorted values to the last bit, for run sizes from 1 to 10,001', () => {
		for (const n of [1, 2, 3, 7, 20, 21, 100, 101, 999, 1000, 5000, 10_000, 10_001]) {
			const values = Array.from({ length: n }, (_, i) => Math.sin((i + n) * 12.9898) * 43758.5453 * (i % 7 === 0 ? 1e6 : 1) + 0.1 * i);
			const sorted = [...values].sort((a, b) => a - b);
			const [p05, p50, p95] = quantileSeq(sorted, [0.05, 0.5, 0.95], true) as number[];
			const st = stat(values)!;
			expect([st.p05, st.p50, st.p95]).toEqual([p05, p50, p95]);
			for (const p of [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1]) expect(quantileSorted(sorted, p)).toBe(quantileSeq(sorted, p, true) as number);
		}
	});
});
