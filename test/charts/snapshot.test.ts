/**
 * Observable Plot-style snapshot: the chart's SVG, with numbers rounded to 2 decimals, compared
 * to a saved file. After a deliberate change, look at the new SVG and regenerate with
 * `UPDATE_SNAPSHOTS=1 npx vitest run test/charts/snapshot.test.ts`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { expect, test } from 'vitest';
import { DemandCapacityChart, NpcChart } from '../../src/lib/charts';
import { clean, urbanBacklog } from './fixture';

const result = urbanBacklog();
const dir = new URL('./snapshots/', import.meta.url);

/** The plot's <svg> element, rounded and one element per line so diffs are readable. */
function plotSvg(html: string): string {
	const body = clean(html);
	const start = body.indexOf('<svg xmlns="http://www.w3.org/2000/svg"');
	const end = body.indexOf('</svg>', start) + '</svg>'.length;
	return (
		body
			.slice(start, end)
			.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
			.replace(/></g, '>\n<') + '\n'
	);
}

function matchSnapshot(name: string, svg: string) {
	const file = new URL(name, dir);
	if (process.env.UPDATE_SNAPSHOTS === '1') {
		mkdirSync(dir, { recursive: true });
		writeFileSync(file, svg);
		return;
	}
	if (!existsSync(file)) throw new Error(`No saved snapshot ${name}: run with UPDATE_SNAPSHOTS=1 to create it, then look at it.`);
	expect(svg).toBe(readFileSync(file, 'utf8'));
}

test('demand against capacity (urban-backlog) matches the saved SVG', () => {
	matchSnapshot('demand-capacity.svg', plotSvg(render(DemandCapacityChart, { props: { result } }).body));
});

test('net present cost (urban-backlog) matches the saved SVG', () => {
	matchSnapshot('npc.svg', plotSvg(render(NpcChart, { props: { result } }).body));
});
