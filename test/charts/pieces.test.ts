import { render } from 'svelte/server';
import { scaleBand, scaleLinear } from 'd3-scale';
import { expect, test } from 'vitest';
import { AxisX, Bars, LinePath, ReferenceLine } from '../../src/lib/charts';
import { clean } from './fixture';
import type { AxisScale } from '../../src/lib/charts/types';

const x = scaleLinear().domain([0, 100]).range([0, 200]);
const y = scaleBand<string>().domain(['a', 'b']).range([0, 100]).padding(0);

test('Bars: a bar with `from` spans from..value (a tornado bar), otherwise 0..value', () => {
	const html = clean(
		render(Bars, {
			props: {
				data: [
					{ category: 'a', value: 80, from: 30, color: '#000000' },
					{ category: 'b', value: 25, color: '#000000' }
				],
				categoryScale: y,
				valueScale: x,
				orientation: 'horizontal'
			}
		}).body
	);
	// a: x(30) = 60 to x(80) = 160, width 100, band 0..50; b: 0 to x(25) = 50.
	expect(html).toContain('<rect x="60" y="0" width="100" height="50"');
	expect(html).toContain('<rect x="0" y="50" width="50" height="50"');
});

test('LinePath: a null breaks the line and an isolated point gets a marker', () => {
	const points = [
		{ x: 0, y: 10 },
		{ x: 10, y: 20 },
		{ x: 20, y: null },
		{ x: 30, y: 5 },
		{ x: 40, y: null }
	];
	const html = clean(render(LinePath, { props: { points } }).body);
	// d3-shape's line: M0,10L10,20 then the lone point at 30,5 as its own subpath M30,5Z.
	expect(html).toContain('d="M0,10L10,20M30,5Z"');
	expect(html).toContain('<circle cx="30" cy="5"');
	expect((html.match(/<circle/g) ?? []).length).toBe(1);
});

test('ReferenceLine: vertical at x when no y is given', () => {
	const html = clean(render(ReferenceLine, { props: { x: 50, innerWidth: 200, innerHeight: 80, label: 'Base case' } }).body);
	expect(html).toContain('<line x1="50" x2="50" y1="0" y2="80"');
	expect(html).toContain('>Base case</text>');
});

test('AxisX thins its labels (not its ticks) so 30 year labels fit a narrow axis without overlapping', () => {
	const years = Array.from({ length: 30 }, (_, i) => 2026 + i);
	const scale = scaleLinear().domain([2026, 2055]).range([0, 300]);
	// render() cannot infer the component's generic tick type from a linear scale; state it.
	const html = clean(render(AxisX, { props: { scale: scale as unknown as AxisScale<string | number>, innerHeight: 100, ticks: years, format: String } }).body);
	const ticks = (html.match(/y2="5"/g) ?? []).length;
	const labels = [...html.matchAll(/<text x="([\d.]+)"[^>]*>(\d{4})<\/text>/g)].map((m) => Number(m[1]));
	expect(ticks).toBe(30);
	// A 4-digit label at 12px is estimated 4 x 12 x 0.64 (a digit's width) = 30.72px; with a 12px gap
	// each label needs 42.72px; the axis allows 300 / 30 = 10px a tick, so it labels every
	// ceil(42.72 / 10) = 5th year: indices 0, 5, ..., 25, which is 6 labels.
	expect(labels).toHaveLength(6);
	for (let i = 1; i < labels.length; i++) expect(labels[i]! - labels[i - 1]!).toBeGreaterThanOrEqual(30.72 + 12);
});
