import { render } from 'svelte/server';
import { describe, expect, test } from 'vitest';
import { CostStackChart, DemandCapacityChart, FlsChart, NpcChart, StaffWteChart, WaitingListChart } from '../../src/lib/charts';
import { clean, count, group, tableRows, urbanBacklog } from './fixture';

const html = (rendered: { body: string }) => clean(rendered.body);

const result = urbanBacklog();

describe('DemandCapacityChart', () => {
	const body = html(render(DemandCapacityChart, { props: { result } }));

	test('draws a capacity line per option and a demand line per distinct demand', () => {
		// 4 capacity lines + 2 demand lines (three options share demand; the FLS option has its own).
		expect(group(body, 'line-path')).toHaveLength(6);
		// Capacity lines carry a marker at each of the 10 years: 4 x 10 markers (circles or paths).
		const capacity = group(body, 'line-path').slice(2);
		expect(capacity.map((g) => count(g, '<circle') + count(g, '<path') - 1)).toEqual([10, 10, 10, 10]);
	});

	test('has a title, units, legend, a table row per year and download buttons', () => {
		expect(body).toContain('Demand against capacity');
		expect(body).toContain('Scans a year, 2026/27 to 2035/36');
		expect(body).toContain('Capacity: Second scanner and new FLS');
		expect(tableRows(body)).toBe(10);
		expect(count(body, '<th scope="col"')).toBe(1 + 2 + 4 + 4);
		// 2026 bau capacity 2,738.25 and demand 2,959.14: gap 220.9 shown as 221.
		expect(body).toContain('<td>2,738</td>');
		expect(body).toContain('<td>221</td>');
		expect(body).toContain('Download SVG');
		expect(body).toContain('Download PNG');
	});

	test('optionIds limits the lines', () => {
		const one = html(render(DemandCapacityChart, { props: { result, optionIds: ['extended'] } }));
		expect(group(one, 'line-path')).toHaveLength(2);
	});
});

describe('WaitingListChart', () => {
	test('two panels (wait, list) with a line per option, the standard marked and a row per month', () => {
		const body = html(render(WaitingListChart, { props: { result } }));
		expect(group(body, 'line-path')).toHaveLength(8);
		expect(group(body, 'reference-line')).toHaveLength(1);
		expect(group(body, 'reference-line')[0]).toContain('6-week standard');
		expect(tableRows(body)).toBe(120);
		// Month index 0 is April of the first financial year, 2026/27.
		expect(body).toContain('<th scope="row">April 2026</th>');
		// bau never clears its backlog; the note says so.
		expect(body).toContain('Business as usual: the estimated wait never falls within the 6-week standard.');
	});

	test('a month without capacity breaks the line and reads as a dash, with a note', () => {
		const copy = structuredClone(result);
		for (const m of copy.options[0]!.waitingList.months.slice(24, 36)) m.estimatedWaitWeeks = null;
		const body = html(render(WaitingListChart, { props: { result: copy, optionIds: ['bau'], show: 'wait' } }));
		const [line] = group(body, 'line-path');
		// d3's line starts a new subpath (M) after a gap: months 0-23, then 36-119.
		const d = /<path d="([^"]*)"/.exec(line!)![1]!;
		expect(count(d, 'M')).toBe(2);
		// Month index 24 is April 2028, the first month of 2028/29.
		expect(body).toContain('<th scope="row">April 2028</th><td>–</td>');
		expect(body).toContain('no scanning capacity');
		expect(body).toContain('Business as usual: 12 months');
	});
});

describe('CostStackChart', () => {
	test('one segment per non-zero category and year, capital hatched, a row per year', () => {
		const body = html(render(CostStackChart, { props: { result, optionId: 'bau' } }));
		const [stacks] = group(body, 'stacked-bars');
		// bau: 9 ordinary years x 5 revenue categories = 45, plus 2031 with scanner, installation
		// and IT capital and staff, consumables, estates, training and cross-calibration = 8: 53.
		expect(count(stacks!, '<rect') - count(stacks!, 'fill="url(')).toBe(53);
		expect(count(stacks!, 'fill="url(')).toBe(3);
		expect(tableRows(body)).toBe(10);
		expect(body).toContain('Capital and revenue costs: Business as usual');
		expect(body).toContain('<td>£244,000</td>');
	});
});

describe('NpcChart', () => {
	const body = html(render(NpcChart, { props: { result } }));

	test('two bars per option, the preferred outlined and labelled', () => {
		const [bars] = group(body, 'bars');
		expect(count(bars!, '<rect')).toBe(8);
		expect(count(bars!, 'stroke="#1f2937"')).toBe(2);
		// Extended hours is preferred since clinical vertebral fractures (#11) cut the FLS option's benefits.
		expect(body).toContain('Second scanner and new');
		expect(body).toMatch(/Extended hours(<\/tspan><tspan[^>]*>| )\(preferred\)/);
		expect(bars).toContain('£6.9m');
		expect(bars).toContain('\u2212£2.9m');
	});

	test('a table row per option with the preferred row emphasised', () => {
		expect(tableRows(body)).toBe(4);
		expect(body).toMatch(/<tr class="emphasis"><th scope="row">Extended hours<\/th>/);
		expect(body).toContain('<td>£6,916,236</td>');
	});

	test('measures picks the bars', () => {
		const only = html(render(NpcChart, { props: { result, measures: ['npc'] } }));
		expect(count(group(only, 'bars')[0]!, '<rect')).toBe(4);
	});
});

describe('StaffWteChart', () => {
	test('a bar per role an option funds, a row per role plus the total', () => {
		const body = html(render(StaffWteChart, { props: { result } }));
		// 8 shared roles x 4 options + the FLS coordinator in the FLS option = 33.
		expect(count(group(body, 'bars')[0]!, '<rect')).toBe(33);
		expect(tableRows(body)).toBe(10);
		expect(body).toContain('<th scope="row">FLS coordinator</th><td>–</td>');
	});
});

describe('FlsChart', () => {
	test('fractures averted by site, stacked, and costs avoided for the FLS option', () => {
		const body = html(render(FlsChart, { props: { result } }));
		expect(count(group(body, 'stacked-bars')[0]!, '<rect')).toBe(3);
		expect(count(group(body, 'bars')[0]!, '<rect')).toBe(1);
		expect(tableRows(body)).toBe(1);
		// 52.83 + 24.66 + 135.12 = 212.62 fractures (limited by the option's DXA waits, clinical vertebral, #11),
		// shown as 213; costs avoided £1,012,621.
		expect(body).toContain('>213<');
		expect(body).toContain('<td>£1,012,621</td>');
	});

	test('no FLS option: a message instead of an empty chart', () => {
		const body = html(render(FlsChart, { props: { result, optionIds: ['bau'] } }));
		expect(body).not.toContain('<svg xmlns');
		expect(body).toContain('None of these options includes a fracture liaison service');
	});
});

describe('large (presentation) mode', () => {
	test('uses bigger type and thicker lines', () => {
		const normal = html(render(DemandCapacityChart, { props: { result } }));
		const large = html(render(DemandCapacityChart, { props: { result, large: true } }));
		expect(normal).toContain('font-size="12"');
		expect(large).toContain('font-size="20"');
		expect(group(large, 'line-path')[2]).toContain('stroke-width="4"');
	});
});

describe('downloads', () => {
	test('the buttons can be turned off (printed reports)', () => {
		const body = html(render(NpcChart, { props: { result, downloads: false } }));
		expect(body).not.toContain('Download SVG');
		expect(body).toContain('<svg xmlns');
	});
});
