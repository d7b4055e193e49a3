import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { XLSX } from '../../src/lib/export/workbook/sheetjs';
import { exampleModels } from './models';

/**
 * The Catchment sheet's two long notes (what the sheet is, and where uptake comes from) print whole:
 * each is merged across the sheet's width and wraps, instead of one cell running off the page.
 * The sheet has 2 label columns and 10 look-back + 10 appraisal years = 22 columns (A..V, last 21).
 */
describe('Catchment sheet notes', () => {
	const m = exampleModels().find((x) => x.slug === 'rural-mobile');
	if (!m) throw new Error('no rural example');
	const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
	const ws = XLSX.read(bytes, { type: 'array' }).Sheets['Catchment'];
	if (!ws) throw new Error('no Catchment sheet');
	const merges = ws['!merges'] ?? [];
	const noteRows = merges.filter((g) => g.s.c === 0 && g.e.c === 21).map((g) => g.s.r);

	it('merges the sheet note (row 2) and the uptake note across all 22 columns', () => {
		expect(noteRows).toContain(1);
		const uptake = noteRows.find((r) => r > 1);
		expect(uptake).toBeDefined();
		expect(String(ws[XLSX.utils.encode_cell({ r: uptake as number, c: 0 })]?.v)).toMatch(/^Uptake: /);
		expect(String(ws['A2']?.v)).toMatch(/^Every figure is a formula over the Inputs sheet/);
	});
});

/**
 * The Demand and capacity and FLS benefits sheets print one page wide at a readable size: narrow
 * number columns (11 and 13 characters) whose header labels wrap, instead of columns as wide as
 * their labels (the Demand sheet was 309 characters wide, about 4.8 points on A4 landscape; now
 * 24 + 7 + 16 x 11 = 207).
 */
describe('Demand and capacity and FLS benefits sheets print with wrapped headers', () => {
	const m = exampleModels().find((x) => x.slug === 'urban-backlog');
	if (!m) throw new Error('no urban example');
	const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
	const wb = XLSX.read(bytes, { type: 'array', cellStyles: true });
	const width = (name: string) => (wb.Sheets[name]?.['!cols'] ?? []).reduce((t, c) => t + (c?.wch ?? 0), 0);

	it('keeps the Demand and capacity sheet 207 characters wide', () => {
		expect(width('Demand and capacity')).toBe(207);
	});
	it('keeps the FLS benefits sheet to 24 + 7 + 17 x 13 + 96 = 348 characters (was 400)', () => {
		expect(width('FLS benefits')).toBe(348);
	});
});
