import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { comparisonTable } from '../../src/lib/cli/comparison';
import { METRICS } from '../../src/routes/workspace/options/metrics';
import { SUMMARY_LABELS } from '../../src/lib/present';
import { readBook, sheet, rowOf, colOf, value } from './sheetRead';
import { exampleModels } from './models';

/**
 * One month, one name (issue #10's check): each example's preferred option's backlog-clears month
 * reads the same on the app's comparison, in the CLI's table, on the workbook's Appraisal summary
 * and in the business case. Month indexes count from April of the start year (the scenario's 2026 is
 * 2026/27), worked by hand: urban Extended hours 8 -> April + 8 months = December 2026; rural hybrid
 * 9 -> January 2027; Salisbury business as usual 0 -> April 2026; scanner replacement fan-beam 2 -> June 2026.
 */
const BY_HAND: Record<string, [string, number, string]> = {
	'urban-backlog': ['extended', 8, 'December 2026'],
	'rural-mobile': ['hybrid', 9, 'January 2027'],
	'salisbury-published': ['bau', 0, 'April 2026'],
	'scanner-replacement': ['fanBeamVfa', 2, 'June 2026']
};

describe.each(exampleModels().map((m) => [m.slug, m] as const))('the backlog-clears month of %s', (slug, m) => {
	const [optionId, index, month] = BY_HAND[slug] ?? ['', -1, ''];
	const o = m.result.options.find((x) => x.id === optionId);
	it(`is month ${index}, ${month}, for the preferred option in the engine`, () => {
		expect(m.result.preferredOptionId).toBe(optionId);
		expect(o?.summary.backlogClearsMonth).toBe(index);
	});

	it('reads the same in the app, the CLI, the workbook and the business case', () => {
		if (!o) throw new Error(`no option ${optionId}`);
		const metric = METRICS.find((x) => x.label === SUMMARY_LABELS.backlogClearsMonth.label);
		expect(metric?.value(o, m.result)).toBe(month);
		const cliRow = comparisonTable(m.result).split('\n').find((l) => l.includes(o.name));
		expect(cliRow).toContain(month);
		const wb = readBook(writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' }));
		const ws = sheet(wb, 'Appraisal summary');
		expect(value(ws, rowOf(ws, o.name), colOf(ws, 'Wait within the standard from', 3))).toBe(month);
		const md = renderMarkdown(buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' }));
		expect(md).toContain(`standard from ${month}`);
		expect(md).toContain(`standard from ${month} and stays within it`);
	}, 60_000);
});
