/**
 * The tornado marks an input that does not move the result: a row with no bar says "no change",
 * and the data table's note says what that means.
 */
import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import TornadoChart from '../../src/lib/components/uncertainty/TornadoChart.svelte';
import type { TornadoBar } from '../../src/lib/model/uncertainty/types';
import { clean, count } from './fixture';

const bar = (path: string, label: string, atLow: number, atHigh: number): TornadoBar => ({
	path,
	label,
	unit: 'GBP',
	low: 100,
	high: 200,
	base: 150,
	atLow,
	atHigh,
	swing: Math.abs(atHigh - atLow),
	preferredAtLow: 'a',
	preferredAtHigh: 'a'
});

const base = 1_000_000;
const props = (bars: TornadoBar[]) => ({ bars, base, title: 'Tornado', metric: 'Net present cost of A', description: 'd', optionName: (id: string) => id.toUpperCase() });

test('an input that leaves the result within 50p of the base at both ends is marked "no change"; one that moves it is not', () => {
	const body = clean(
		render(TornadoChart, {
			props: props([
				// Moves the result by £20,000 either way: two bars, no mark.
				bar('a.price', 'Scanner price', base - 20_000, base + 20_000),
				// 40p below and 49p above the base: both round to the base case, so the row is marked.
				bar('a.dna', 'DNA rate', base - 0.4, base + 0.49),
				// 50p above at the high end is a change (it shows as £1 in the table).
				bar('a.slot', 'Slot length', base, base + 0.5)
			])
		}).body
	);
	expect(count(body, 'class="no-change"')).toBe(1);
	expect(body).toContain('>no change</text>');
	expect(body).toContain('Inputs marked "no change" on the chart leave the result within 50p of the base case at both ends of their range.');
});

test('without such an input there is no mark and no note', () => {
	const body = clean(render(TornadoChart, { props: props([bar('a.price', 'Scanner price', base - 20_000, base + 20_000)]) }).body);
	expect(count(body, 'class="no-change"')).toBe(0);
	expect(body).not.toContain('Inputs marked "no change"');
});
