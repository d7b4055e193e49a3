import { describe, expect, test } from 'vitest';
import { figureSvg } from '../../src/lib/charts/figure';
import { figureTable } from '../../src/lib/charts/figureTables';
import { count, pct } from '../../src/lib/present';
import { renderCaseFigures, chartFontFiles } from '../../src/lib/server/caseFigures';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { urbanBacklog } from './fixture';
import { exampleModels } from '../export/models';

const result = urbanBacklog();

describe('a chart as a stand-alone SVG for the business case', () => {
	const svg = figureSvg({ kind: 'demandCapacity', optionIds: ['bau', 'secondFls'] }, result, 'Demand and capacity');

	test('is one SVG with its units, legend, plot and footer, and nothing server rendering adds', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.endsWith('</svg>')).toBe(true);
		expect(svg).not.toContain('<!--');
		expect(svg).not.toMatch(/svelte-[a-z0-9]+/);
		expect(svg).not.toContain('<figure');
		expect(svg).toContain('<title>Demand and capacity</title>');
		expect(svg).toContain('>Scans a year, 2026/27 to 2035/36<');
		expect(svg).toContain('>Capacity: Business as usual<');
		expect(svg).toContain('>Urban trust: clearing the DXA backlog<');
		// Padding 1.25 x 12 = 15 px each side of the 720 px plot: 750 wide.
		expect(svg).toMatch(/^<svg[^>]* width="750"/);
	});

	test('draws the same markup every time', () => {
		expect(figureSvg({ kind: 'demandCapacity', optionIds: ['bau', 'secondFls'] }, result, 'Demand and capacity')).toBe(svg);
	});
});

describe('the business case figures as files', () => {
	test('one SVG and one PNG per chart, the PNG at twice the size, the same bytes on every run', async () => {
		expect(chartFontFiles()).toHaveLength(4);
		const m = exampleModels().find((x) => x.slug === 'urban-backlog');
		if (!m) throw new Error('urban example missing');
		const doc = buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, date: '2026-03-01' });
		const a = await renderCaseFigures(doc, m.result);
		const b = await renderCaseFigures(doc, m.result);
		expect(a).toHaveLength(doc.blocks.filter((x) => x.kind === 'chart').length);
		for (const [i, f] of a.entries()) {
			// PNG signature 89 50 4E 47; width and height at bytes 16-23 (big-endian), 2 x the SVG's.
			expect([...f.png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
			const view = new DataView(f.png.buffer, f.png.byteOffset);
			expect(view.getUint32(16)).toBe(2 * f.width);
			expect(view.getUint32(20)).toBe(2 * f.height);
			expect(Buffer.compare(Buffer.from(f.png), Buffer.from(b[i]?.png ?? []))).toBe(0);
			expect(new TextDecoder().decode(f.svg)).toMatch(/^<svg /);
		}
		// Fourteen rasterisations take a few seconds on a loaded machine: more than vitest's default 5 s.
	}, 60_000);
});

describe('patient travel and the pathway as business-case figures', () => {
	const m = exampleModels().find((x) => x.slug === 'urban-backlog');
	if (!m) throw new Error('urban example missing');
	const doc = buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, date: '2026-03-01' });
	const charts = doc.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
	const preferred = m.result.options.find((o) => o.id === m.result.preferredOptionId);
	if (!preferred) throw new Error('no preferred option');

	test.each(['access', 'pathway'] as const)('%s: business as usual beside the preferred option, drawn by the app\'s chart alone in its SVG', (kind) => {
		const fig = charts.find((c) => c.chart.kind === kind);
		expect(fig, kind).toBeDefined();
		if (!fig) return;
		expect(fig.chart.optionIds).toEqual(['bau', preferred.id]);
		expect(fig.caption).toContain(`Business as usual and ${preferred.name}`);
		const svg = figureSvg(fig.chart, m.result, fig.caption);
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg).not.toContain('<figure');
		expect(svg).not.toContain('<!--');
		expect(svg).toContain(`>${preferred.name}`);
	});

	test("the travel figure's data table is the chart's own: every locality, then all localities", () => {
		const fig = charts.find((c) => c.chart.kind === 'access');
		if (!fig) throw new Error('no access figure');
		const table = figureTable(fig.chart, m.result, 'Patient travel');
		const localities = m.scenario.catchment.localities.map((l) => l.name);
		expect(table.rows.map((r) => r.header)).toEqual([...localities, 'All localities']);
		// The cell reads hours; journeys; within 30 / within 60 minutes from the engine's totals.
		const t = preferred.access.totals;
		expect(table.rows.at(-1)?.cells[1]).toBe(`${count(t.returnHours)} h; ${count(t.journeys)} journeys; ${pct(t.within30Share, 0)} / ${pct(t.within60Share, 0)}`);
	});
});

describe("the pathway figure's referred step", () => {
	test('says it counts arrivals in the period, since scans also clear the list waiting at the start', () => {
		const m = exampleModels().find((x) => x.slug === 'urban-backlog');
		if (!m) throw new Error('urban example missing');
		const ext = m.result.options.find((o) => o.id === m.result.preferredOptionId);
		if (!ext) throw new Error('no preferred option');
		// Extended hours scans 36,465 over the horizon against 34,665 referred: it also scans those waiting at the start.
		const referred = ext.pathway.byYear.reduce((t, y) => t + y.referred, 0);
		expect(ext.pathway.totals.scanned).toBeGreaterThan(referred);
		const table = figureTable({ kind: 'pathway', optionIds: ['bau', ext.id] }, m.result, 'Pathway');
		expect(table.columns[1]).toBe('Referred in the period');
		expect(table.notes?.[0]).toContain('including patients already waiting at the start');
	});
});
