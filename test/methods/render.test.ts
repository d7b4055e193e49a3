import { describe, expect, test } from 'vitest';
import { renderMarkdown, slugify } from '../../src/lib/markdown/render';

describe('slugify', () => {
	test.each([
		['Costs and replacement', 'costs-and-replacement'],
		["Options are changes to today's service", 'options-are-changes-to-today-s-service'],
		['  `NPC` & EAC  ', 'npc-eac'],
		['***', 'section']
	])('%s -> %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});
});

describe('renderMarkdown', () => {
	const src = [
		'# Methods',
		'',
		'## Demand',
		'',
		"### Today's service",
		'',
		'| a | b |',
		'| --- | --- |',
		'| 1 | 2 |',
		'',
		'## Demand',
		'',
		'```',
		'capacity = slots x attendance',
		'```'
	].join('\n');
	const r = renderMarkdown(src);

	test('the first level-1 heading is the title and stays out of the contents', () => {
		expect(r.title).toBe('Methods');
		expect(r.toc.map((e) => e.depth)).toEqual([2, 3, 2]);
	});

	test('every heading gets an id; a repeated heading gets a numbered one', () => {
		expect(r.toc.map((e) => e.id)).toEqual(['demand', 'today-s-service', 'demand-2']);
		expect(r.html).toContain('<h2 id="demand">Demand</h2>');
		expect(r.html).toContain('<h2 id="demand-2">Demand</h2>');
	});

	test('contents text is plain text, not HTML entities', () => {
		expect(r.toc[1]?.text).toBe("Today's service");
	});

	test('a table sits in a focusable region labelled by its heading', () => {
		expect(r.html).toContain(`<div class="table-scroll" role="region" tabindex="0" aria-label="Today's service: table 1"><table>`);
		expect(r.html).toContain('</table></div>');
	});

	test('a formula block is focusable so it can be scrolled by keyboard', () => {
		expect(r.html).toContain('<pre tabindex="0"><code>capacity = slots x attendance');
	});
});
