/**
 * sortFloat64 must put a column's numbers in exactly the order Float64Array.prototype.sort does,
 * bit for bit, so that every percentile, mean and sd of a PSA summary is unchanged by using it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortFloat64, SortScratch } from '../../src/lib/model/uncertainty/sortFloats';

/** The numbers' bits, two words each, so -0 and +0 (equal as numbers) are told apart. */
const bits = (xs: Float64Array) => Array.from(new Uint32Array(xs.buffer, xs.byteOffset, 2 * xs.length));

function bothWays(values: number[]): { radix: Float64Array; builtin: Float64Array } {
	const radix = Float64Array.from(values);
	sortFloat64(radix);
	return { radix, builtin: Float64Array.from(values).sort() };
}

describe('sortFloat64: the built-in sort order by radix', () => {
	it('sorts a small case worked by hand, negatives before -0 before +0, infinities at the ends', () => {
		const { radix } = bothWays([3, -0, -2.5, Infinity, 0, -Infinity, 1e-310, -1e-310, 3, 1.5]);
		expect(Array.from(radix)).toEqual([-Infinity, -2.5, -1e-310, -0, 0, 1e-310, 1.5, 3, 3, Infinity]);
		// toEqual does not tell -0 from +0: the fourth is -0 and the fifth +0.
		expect(Object.is(radix[3], -0)).toBe(true);
		expect(Object.is(radix[4], 0)).toBe(true);
	});

	it('leaves zero or one number as it is', () => {
		expect(Array.from(bothWays([]).radix)).toEqual([]);
		expect(Array.from(bothWays([-7.25]).radix)).toEqual([-7.25]);
	});

	it('gives the same bits as Float64Array.prototype.sort for any numbers without NaN', () => {
		fc.assert(
			fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 300 }), (values) => {
				const { radix, builtin } = bothWays(values);
				expect(bits(radix)).toEqual(bits(builtin));
			}),
			{ numRuns: 500 }
		);
	});

	it('gives the same bits for PSA-like columns: costs in one range, whole numbers, many ties', () => {
		// Costs between GBP 1.0m and 1.5m share their top bytes (those passes are skipped); waiting-list
		// sizes are whole numbers with many repeats; a column of one value repeated is already sorted.
		const costs = Array.from({ length: 10_000 }, (_, i) => 1e6 + ((i * 7919) % 10_007) * 49.97);
		const lists = Array.from({ length: 10_000 }, (_, i) => (i * 31) % 257);
		const same = Array.from({ length: 1000 }, () => 42.5);
		for (const values of [costs, lists, same, costs.map((v) => -v)]) {
			const { radix, builtin } = bothWays(values);
			expect(bits(radix)).toEqual(bits(builtin));
		}
	});

	it('sorts a view into a larger array without touching the numbers around it, and reuses its scratch', () => {
		const all = Float64Array.from([9, 5, 1, 4, 8]);
		const scratch = new SortScratch();
		sortFloat64(all.subarray(1, 4), scratch);
		expect(Array.from(all)).toEqual([9, 1, 4, 5, 8]);
		// A longer column grows the scratch; a shorter one after it reuses it.
		sortFloat64(Float64Array.from([3, 2, 1, 0, -1, -2]), scratch);
		const after = Float64Array.from([2, -1]);
		sortFloat64(after, scratch);
		expect(Array.from(after)).toEqual([-1, 2]);
	});
});
