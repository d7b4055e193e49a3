import { expect, test } from 'vitest';
import { stackLayout } from '../../src/lib/charts/stackLayout';

test('positives stack up from zero in key order; zero segments are dropped', () => {
	const [first] = stackLayout([[{ key: 'a', value: 3 }, { key: 'b', value: 0 }, { key: 'c', value: 2 }]], ['a', 'b', 'c']);
	// a: 0 -> 3, c: 3 -> 3 + 2 = 5.
	expect(first).toEqual([
		{ key: 'a', value: 3, y0: 0, y1: 3 },
		{ key: 'c', value: 2, y0: 3, y1: 5 }
	]);
});

test('negatives stack down from zero, separately from positives', () => {
	const [first] = stackLayout([[{ key: 'a', value: 4 }, { key: 'b', value: -1 }, { key: 'c', value: 2 }, { key: 'd', value: -2 }]], ['a', 'b', 'c', 'd']);
	// a 0..4, c 4..6; b -1..0, d -3..-1.
	expect(first).toEqual([
		{ key: 'a', value: 4, y0: 0, y1: 4 },
		{ key: 'b', value: -1, y0: -1, y1: 0 },
		{ key: 'c', value: 2, y0: 4, y1: 6 },
		{ key: 'd', value: -2, y0: -3, y1: -1 }
	]);
});

test('missing keys count as zero in each stack', () => {
	const out = stackLayout([[{ key: 'b', value: 1 }], [{ key: 'a', value: 2 }]], ['a', 'b']);
	expect(out).toEqual([[{ key: 'b', value: 1, y0: 0, y1: 1 }], [{ key: 'a', value: 2, y0: 0, y1: 2 }]]);
});
