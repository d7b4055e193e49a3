import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraise } from '../../src/lib/model/appraise';
import { writeWorkbook } from '../../src/lib/export/workbook';
import type { WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { readBook } from './sheetRead';
import { checkCashFlows } from './cashFlowCheck';
import { scenarioWith } from '../model/helpers';

/**
 * The live workbook follows phased options (issue #11): a scanner change (more sessions, a lower DNA
 * rate, a dearer scanner) that starts in 2029, a scanner removed from 2029 after a new one opens in
 * 2027, more fixed hours from 2028 and a new FLS from 2028 on a half-then-full coverage ramp. After
 * LibreOffice recalculates the exported workbook, every option's capital, staff, revenue, travel
 * and total cost in every year, and its NPC, equal the engine's to the penny: the capacity, rota,
 * waiting list, staffing and FLS formulas switch at the same years as the kernel.
 */
const s = scenarioWith((r) => {
	r.horizonYears = 12;
	r.options.push({ id: 'later', name: 'More sessions from 2029', scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 9, dnaRate: 0.05, purchaseCostGbp: 300000, startYear: 2029 }], fixedStaffChanges: [{ roleId: 'secretary', extraHoursPerWeek: 10, startYear: 2028 }] });
	r.options.push({ id: 'gone', name: 'New scanner 2027, old one out from 2029', addScanners: [{ id: 'new', name: 'New', installedYear: 2027 }], removeScannerIds: ['main'], removeScannerYears: { main: 2029 } });
	r.options.push({ id: 'flsLater', name: 'FLS from 2028', addFls: true, fls: { startYear: 2028, ramp: [0.5, 1] } });
});
const result = appraise(s);
let wb: WorkBook;

beforeAll(() => {
	const work = mkdtempSync(join(tmpdir(), 'dxa-wb-phasing-'));
	const file = join(work, 'phased.xlsx');
	writeFileSync(file, writeWorkbook({ scenario: s, result, date: '2026-03-01' }));
	const [out] = convertAll([file], 'xlsx', join(work, 'recalculated'));
	wb = readBook(readFileSync(out as string));
}, 300_000);

describe('the workbook of a scenario with phased options, recalculated by LibreOffice', () => {
	it('has the phased options, whose costs differ from business as usual', () => {
		expect(result.options.map((o) => o.id)).toEqual(expect.arrayContaining(['later', 'gone', 'flsLater']));
		const bau = result.options[0]!.summary.netPresentCostGbp;
		for (const id of ['later', 'gone', 'flsLater']) expect(Math.abs(result.options.find((o) => o.id === id)!.summary.netPresentCostGbp - bau)).toBeGreaterThan(1000);
	});

	it('reproduces every option\'s cash flows by year and its NPC to the penny', () => {
		checkCashFlows(wb, result, 'phased', ['capitalTotal', 'staff', 'revenueTotal', 'patientTravel', 'total']);
	});
});
