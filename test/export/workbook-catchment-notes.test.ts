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

/**
 * The Appraisal summary and Pathway sheets print with whole header labels: every column's header
 * wraps (bold, top-aligned: freeze.ts's bold-wrapped style on the header row), and the summary's
 * reason sentence is merged across its 21 columns (A..U) instead of wrapping down column A.
 */
describe('Appraisal summary and Pathway headers wrap; the reason runs across the summary', () => {
	const m = exampleModels().find((x) => x.slug === 'urban-backlog');
	if (!m) throw new Error('no urban example');
	const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
	const wb = XLSX.read(bytes, { type: 'array' });
	const zip = XLSX.CFB.read(bytes, { type: 'array' });
	const sheetXml = (name: string) => new TextDecoder().decode(XLSX.CFB.find(zip, `/xl/worksheets/sheet${wb.SheetNames.indexOf(name) + 1}.xml`)?.content as Uint8Array);
	const styleOf = (xml: string, cell: string) => new RegExp(`<c r="${cell}"[^>]*? s="(\\d+)"`).exec(xml)?.[1];

	it('merges the reason across A..U', () => {
		const ws = wb.Sheets['Appraisal summary'];
		const why = (ws?.['!merges'] ?? []).find((g) => g.s.c === 0 && g.e.c === 20);
		expect(why).toBeDefined();
		expect(String(ws?.[XLSX.utils.encode_cell({ r: why?.s.r ?? 0, c: 0 })]?.v)).toMatch(/^Why: /);
	});
	it('gives every header cell of both sheets the same bold-wrapped style as the first', () => {
		const summary = sheetXml('Appraisal summary');
		const first = styleOf(summary, 'A4');
		// That style (an xf of styles.xml's cellXfs) wraps text and uses a bold font.
		const styles = new TextDecoder().decode(XLSX.CFB.find(zip, '/xl/styles.xml')?.content as Uint8Array);
		const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1]?.match(/<xf\b[\s\S]*?(?:\/>|<\/xf>)/g) ?? [];
		const xf = xfs[Number(first)] ?? '';
		expect(xf).toContain('wrapText="1"');
		const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1]?.match(/<font\b[\s\S]*?<\/font>/g) ?? [];
		expect(fonts[Number(/fontId="(\d+)"/.exec(xf)?.[1])]).toContain('<b/>');
		for (const c of ['B4', 'D4', 'M4', 'U4']) expect(styleOf(summary, c), c).toBe(first);
		const pathway = sheetXml('Pathway');
		const head = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Pathway']!, { header: 1, defval: null }).findIndex((r) => r[0] === 'Option') + 1;
		for (const c of ['C', 'J', 'Z']) expect(styleOf(pathway, `${c}${head}`), `${c}${head}`).toBe(first);
	});
});
