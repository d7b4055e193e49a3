/**
 * The workbook's Pathway sheet: its formulas, recalculated by LibreOffice, reproduce the engine's
 * pathway figures for every option and year, and a changed VFA yield on the Inputs sheet flows
 * through to the fractures found (live formulas).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraise } from '../../src/lib/model';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { XLSX, type WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { readBook, sheet, num, value, rowsWhere } from './sheetRead';
import { scenarioWith } from '../model/helpers';

const s = scenarioWith((r) => {
	r.horizonYears = 3;
	r.fls = { hipFracturesPerYear: 20 };
	r.options.push({ id: 'vfa', name: 'VFA on every scan with an FLS', addFls: true, pathway: { vfaShare: 0.95, oneStopShare: 0.05 } });
});
const result = appraise(s);
const work = mkdtempSync(join(tmpdir(), 'dxa-pathway-'));
let written: WorkBook;
let recalculated: WorkBook;
let edited: WorkBook;

beforeAll(() => {
	const bytes = writeWorkbook({ scenario: s, result, date: '2026-03-01' });
	written = readBook(bytes);
	const file = join(work, 'pathway.xlsx');
	writeFileSync(file, bytes);
	// The VFA yield doubled on its Inputs cell (0.13 -> 0.26), as a reviewer would try.
	const copy = readBook(bytes);
	const ws = sheet(copy, 'Pathway');
	const ref = String(ws['B5']?.f ?? '');
	const [sheetName, cell] = ref.replace(/'/g, '').split('!');
	sheet(copy, sheetName ?? '')[(cell ?? '').replace(/\$/g, '')] = { t: 'n', v: 0.26 };
	const editedFile = join(work, 'pathway-edited.xlsx');
	writeFileSync(editedFile, XLSX.write(copy, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
	const [a, b] = convertAll([file, editedFile], 'xlsx', join(work, 'out'));
	recalculated = readBook(readFileSync(a!));
	edited = readBook(readFileSync(b!));
}, 600_000);

describe('the Pathway sheet', () => {
	it('points its parameters at the Inputs sheet', () => {
		const ws = sheet(written, 'Pathway');
		expect(value(ws, 4, 0)).toContain('VFA yield');
		expect(String(ws['B5']?.f)).toMatch(/Inputs/);
		expect(num(ws, 4, 1)).toBe(0.13);
	});

	it('recalculates to the engine\'s figures for every option and year', () => {
		const ws = sheet(recalculated, 'Pathway');
		// Columns: G VFA scans, H found, I found outside FLS, K recommended because of VFA, L on treatment, N recommended, O referred on, Q one-stop, R recall, T reporting hours
		const cols: [number, keyof (typeof result.options)[number]['pathway']['byYear'][number]][] = [
			[6, 'vfaScans'], [7, 'fracturesFound'], [8, 'fracturesFoundOutsideFls'], [10, 'vfaTreatmentRecommended'], [11, 'vfaExtraTreated'],
			[13, 'treatmentRecommended'], [14, 'onwardReferrals'], [16, 'oneStopVisits'], [17, 'recallVisits'], [19, 'reportingHours']
		];
		let checked = 0;
		for (const o of result.options)
			for (const y of o.pathway.byYear) {
				const [r] = rowsWhere(ws, { 0: o.name, 1: y.year });
				expect(r, `${o.name} ${y.year}`).toBeDefined();
				for (const [c, key] of cols) {
					expect(num(ws, r!, c), `${o.name} ${y.year} ${key}`).toBeCloseTo(y[key] as number, 6);
					checked++;
				}
			}
		// 2 options x 3 years x 10 formulas
		expect(checked).toBe(60);
	});

	it('is live: doubling the yield doubles the fractures found', () => {
		const ws = sheet(edited, 'Pathway');
		const o = result.options[1]!;
		const y = o.pathway.byYear[0]!;
		const [r] = rowsWhere(ws, { 0: o.name, 1: y.year });
		// VFA scans x 0.26 = 2 x the engine's found at 0.13
		expect(num(ws, r!, 7)).toBeCloseTo(2 * y.fracturesFound, 6);
		expect(y.fracturesFound).toBeGreaterThan(0);
	});
});
