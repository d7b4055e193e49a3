import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { XLSX } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { exampleModels } from './models';

/**
 * The Inputs sheet prints legibly one page wide: its long columns (input, unit, defined name, source,
 * rationale, scenario path, in the formulas) wrap inside widths that add up to 199 characters, each
 * row as tall as its longest text (sheet.ts wrappedLines), the note merged across the sheet.
 * Measured on the urban example (205 inputs) with LibreOffice: 14 A4 landscape pages, words about
 * 7.8 points tall (median word box height on the first Inputs page). Before, the columns added up
 * to 308 characters, so fit-to-width shrank the sheet on to 2 pages with words about 5 points tall
 * (7.8 x 199 / 308). Pages rendered to PNG in test-results/workbook-inputs-print/.
 */
const m = exampleModels().find((x) => x.slug === 'urban-backlog');
if (!m) throw new Error('no urban example');
const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
const zip = XLSX.CFB.read(bytes, { type: 'array' });
const text = (path: string) => new TextDecoder().decode(XLSX.CFB.find(zip, path)?.content as Uint8Array);
let pdf = '';
/** 1-based pages of the PDF that print the Inputs sheet (its repeated header names the scenario path column). */
const inputsPages: number[] = [];

beforeAll(() => {
	const work = mkdtempSync(join(tmpdir(), 'dxa-wb-inputs-print-'));
	const file = join(work, 'urban.xlsx');
	writeFileSync(file, bytes);
	[pdf = ''] = convertAll([file], 'pdf', join(work, 'pdf'));
	const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
	for (let p = 1; p <= pages; p++) if (execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).includes('Scenario path')) inputsPages.push(p);
	const shots = join(process.cwd(), 'test-results', 'workbook-inputs-print');
	mkdirSync(shots, { recursive: true });
	execFileSync('pdftoppm', ['-r', '70', '-png', '-f', String(inputsPages[0] ?? 1), '-l', String(inputsPages[1] ?? 1), pdf, join(shots, 'urban-inputs')]);
}, 300_000);

describe('the Inputs sheet prints legibly', () => {
	it('wraps the long columns: their cells use a cell format with wrapText, top-aligned', () => {
		const styles = text('/xl/styles.xml');
		const xfs = (/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').match(/<xf [\s\S]*?(?:\/>|<\/xf>)/g) ?? [];
		const sheet = text('/xl/worksheets/sheet2.xml');
		const styleOf = (cell: string) => Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(sheet)?.[1] ?? -1);
		// Row 5 is the first input (First year); B input, F source, G rationale, H scenario path.
		for (const cell of ['B5', 'F5', 'G5', 'H5', 'F30']) expect(xfs[styleOf(cell)], cell).toMatch(/<alignment vertical="top" wrapText="1"\/>/);
		// The value column D does not wrap but is top-aligned with its row.
		expect(xfs[styleOf('D5')]).toMatch(/<alignment vertical="top"\/>/);
		// The header row (4) is bold; the note (A2) is merged across A:I and wraps.
		expect(xfs[styleOf('B4')]).toMatch(/fontId="1"/);
		expect(sheet).toContain('<mergeCell ref="A2:I2"/>');
		expect(xfs[styleOf('A2')]).toMatch(/wrapText="1"/);
	});

	it('keeps the columns to about 199 characters across and sets each wrapped row tall enough', () => {
		const sheet = text('/xl/worksheets/sheet2.xml');
		const widths = [...sheet.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((w) => Number(w[1]));
		// SheetJS writes width = characters + about 0.7 (its padding) for each of the nine columns.
		expect(widths).toHaveLength(9);
		expect(widths.reduce((t, w) => t + w, 0)).toBeLessThan(205);
		// A long source (the referral rate placeholder note) gets a row several lines tall.
		expect(sheet).toMatch(/<row r="\d+" ht="(48|64|80|96|112|128)" customHeight="1"/);
	});

	it('wraps the cover\'s labels and text in columns of 34 and 100 characters, its title bold on one line', () => {
		const styles = text('/xl/styles.xml');
		const xfs = (/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').match(/<xf [\s\S]*?(?:\/>|<\/xf>)/g) ?? [];
		const cover = text('/xl/worksheets/sheet1.xml');
		const styleOf = (cell: string) => Number(new RegExp(`<c r="${cell}" s="(\\d+)"`).exec(cover)?.[1] ?? -1);
		expect([...cover.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((w) => Math.round(Number(w[1])))).toEqual([35, 101]);
		// B3 is the scenario's name; B5 its description (a long text).
		for (const cell of ['B3', 'B5']) expect(xfs[styleOf(cell)], cell).toMatch(/wrapText="1"/);
		expect(xfs[styleOf('A1')]).toMatch(/fontId="1"/);
		expect(xfs[styleOf('A1')]).not.toMatch(/wrapText/);
	});

	it('prints on about 14 pages with words about 7.8 points tall', () => {
		expect(inputsPages.length).toBeGreaterThanOrEqual(8);
		expect(inputsPages.length).toBeLessThanOrEqual(16);
		const bbox = execFileSync('pdftotext', ['-bbox', '-f', String(inputsPages[0]), '-l', String(inputsPages[0]), pdf, '-'], { encoding: 'utf8' });
		const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((w) => Number(w[2]) - Number(w[1])).sort((a, b) => a - b);
		const median = heights[Math.floor(heights.length / 2)] ?? 0;
		expect(median).toBeGreaterThan(7);
		// Every input's label prints whole somewhere on those pages (no clipped row).
		const printed = inputsPages.map((p) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' })).join('\n').replace(/\s+/g, ' ');
		for (const label of ['First year', 'Employer on-costs', 'Consumables per scan', 'Value of a QALY']) expect(printed).toContain(label);
	});
});
