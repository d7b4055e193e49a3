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
 * The workbook prints as a finance team expects: every sheet landscape on A4, one page wide, its
 * header rows (and label columns) repeated on every page; LibreOffice's PDF of the urban example is
 * a few dozen pages, not one year per page. Pages rendered to PNG in test-results/workbook-print/.
 */
const m = exampleModels().find((x) => x.slug === 'urban-backlog');
if (!m) throw new Error('no urban example');
const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
const zip = XLSX.CFB.read(bytes, { type: 'array' });
const text = (path: string) => new TextDecoder().decode(XLSX.CFB.find(zip, path)?.content as Uint8Array);
const sheetNames = XLSX.read(bytes, { type: 'array' }).SheetNames;
let pages = 0;
let pdfText = '';

beforeAll(() => {
	const work = mkdtempSync(join(tmpdir(), 'dxa-wb-print-'));
	const file = join(work, 'urban.xlsx');
	writeFileSync(file, bytes);
	const [pdf] = convertAll([file], 'pdf', join(work, 'pdf'));
	const info = execFileSync('pdfinfo', [pdf as string], { encoding: 'utf8' });
	pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
	pdfText = execFileSync('pdftotext', ['-layout', pdf as string, '-'], { encoding: 'utf8' });
	const shots = join(process.cwd(), 'test-results', 'workbook-print');
	mkdirSync(shots, { recursive: true });
	execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '12', pdf as string, join(shots, 'urban')]);
}, 300_000);

describe('the workbook prints', () => {
	it('sets every sheet to landscape A4, one page wide', () => {
		sheetNames.forEach((_, i) => {
			const xml = text(`/xl/worksheets/sheet${i + 1}.xml`);
			expect(xml, sheetNames[i]).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
			expect(xml, sheetNames[i]).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
		});
	});

	it('repeats each sheet\'s header rows on every page', () => {
		const book = text('/xl/workbook.xml');
		// The Inputs sheet (second) freezes its 4 header rows; a cash-flow sheet its 5 rows and 2 label columns.
		expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Inputs'!$1:$4</definedName>`);
		const cf = sheetNames.findIndex((n) => n.startsWith('CF1 '));
		expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${cf}">'${sheetNames[cf]}'!$A:$B,'${sheetNames[cf]}'!$1:$5</definedName>`);
	});

	it('prints to a few dozen pages with the headers repeated', () => {
		expect(pages).toBeGreaterThan(5);
		expect(pages).toBeLessThan(45);
		// The Inputs sheet runs to several pages; its header row is on each.
		expect((pdfText.match(/Section\s+Input\s+Unit\s+Value/g) ?? []).length).toBeGreaterThan(1);
	});
});
