import { describe, it, expect } from 'vitest';
import { mean, std } from 'mathjs';
import { stat } from '../../src/lib/model/uncertainty/stats';

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
