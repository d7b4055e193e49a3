import { describe, it, expect } from 'vitest';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { countTodos } from '../../src/lib/export/businessCase/model';
import { gbp } from '../../src/lib/present';
import { exampleModels, type ExampleModel } from './models';
import { APPENDIX_1_HEADINGS } from './appendix1';

const models = exampleModels();

describe.each(models.map((m) => [m.slug, m] as [string, ExampleModel]))('business case Markdown for %s', (_slug, m) => {
	const doc = buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
	const md = renderMarkdown(doc);
	const lines = md.split('\n');

	it('has the Appendix 1 headings as Markdown headings, in order', () => {
		const headings = lines.filter((l) => /^#{2,4} /.test(l)).map((l) => l.replace(/^#+ /, '').replace(/\\/g, ''));
		let from = 0;
		for (const h of APPENDIX_1_HEADINGS) {
			const at = headings.indexOf(h, from);
			expect(at, `heading "${h}"`).toBeGreaterThan(-1);
			from = at + 1;
		}
		expect(lines[0]).toBe(`# Outline business case: ${m.scenario.name.replace(/([\\`*_[\]<>|#])/g, '\\$1')}`);
	});

	it('gives every table row as many cells as its header', () => {
		let header = 0;
		for (const l of lines) {
			if (!l.startsWith('|')) {
				header = 0;
				continue;
			}
			const cells = l.replace(/\\\|/g, '').split('|').length;
			if (header === 0) header = cells;
			else expect(cells, l).toBe(header);
		}
	});

	it('carries the key figures and one marker per thing left to write', () => {
		const p = m.result.options.find((o) => o.id === m.result.preferredOptionId);
		expect(md).toContain(`Preferred option: ${p?.name}`);
		expect(md).toContain(gbp(p?.summary.netPresentCostGbp ?? NaN));
		const markers = (md.match(/\\\[To complete:/g) ?? []).length;
		expect(markers).toBe(countTodos(doc));
		expect(md).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
	});

	it('is the same text for the same scenario and date', () => {
		expect(renderMarkdown(buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' }))).toBe(md);
	});
});
