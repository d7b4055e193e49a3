import { describe, it, expect } from 'vitest';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { inputRows, PLACEHOLDER_TEXT } from '../../src/lib/export/inputRows';
import { readBook, sheet, rowOf, value } from './sheetRead';
import { exampleModels } from './models';

const urban = exampleModels().find((m) => m.slug === 'urban-backlog');
if (!urban) throw new Error('urban-backlog example missing');
const rows = inputRows({ scenario: urban.scenario, input: urban.input, formulas: urban.formulas });
const at = (path: string) => {
	const r = rows.find((x) => x.entry.path === path);
	if (!r) throw new Error(`no input ${path}`);
	return r;
};

describe('Inputs sheet', () => {
	it('tells local figures, placeholder defaults and sourced defaults apart', () => {
		// Set in the file, with the rationale the file gives for it.
		expect(at('demand.referralRateGrowth').status).toBe('set');
		expect(at('demand.referralRateGrowth').rationale).toMatch(/^Referrals rose about 2% a year/);
		// Left to its default, which the schema marks as a placeholder.
		expect(at('scanners[0].maintenanceDays').status).toBe('placeholder');
		expect(at('scanners[0].maintenanceDays').sourceText.startsWith(PLACEHOLDER_TEXT)).toBe(true);
		// Left to a sourced default: the Green Book's 3.5%.
		expect(at('appraisal.discountRate').status).toBe('sourced');
		expect(at('appraisal.discountRate').value).toBe(0.035);
		expect(at('appraisal.discountRate').sourceText).toMatch(/Green Book/);
		// Written as a formula: shown with the formula and its evaluated value (3.1 per 1,000 aged 50+).
		expect(at('fls.hipFracturesPerYear').formula).toBe('population50Plus * 3.1 / 1000');
		expect(at('scanners[0].sessionsPerWeek').context).toBe('Main hospital scanner');
	});

	it('defines names for the key inputs, pointing at their values', () => {
		const wb = readBook(writeWorkbook({ scenario: urban.scenario, result: urban.result, input: urban.input, formulas: urban.formulas, date: '2026-03-01' }));
		const names = new Map((wb.Workbook?.Names ?? []).map((n) => [n.Name, n.Ref]));
		const ws = sheet(wb, 'Inputs');
		const cases: [string, number][] = [
			['DiscountRate', 0.035],
			['DiscountRateLong', 0.03],
			['HealthDiscountRate', 0.015],
			['OptimismBiasCapital', 0.24],
			['OptimismBiasEquipment', 0.1],
			['LeaveAllowance', 0.2],
			['ValuePerQaly', 70000]
		];
		for (const [name, v] of cases) {
			const ref = names.get(name);
			expect(ref, name).toMatch(/^'Inputs'!\$D\$\d+$/);
			const cell = ws[(ref ?? '').split('!')[1]?.replace(/\$/g, '') ?? ''];
			expect(cell?.v, name).toBe(v);
		}
		const r = rowOf(ws, 'demand.referralRateGrowth', 7);
		expect(value(ws, r, 6)).toMatch(/^Referrals rose about 2% a year/);
	}, 30_000); // writes a whole workbook: 8 s on a loaded machine, more than vitest's default 5 s
});

describe('Inputs sheet, column I: which inputs the formulas read', () => {
	it('says Yes for the inputs the formulas use and names the ones the planner writes as values', () => {
		const wb = readBook(writeWorkbook({ scenario: urban.scenario, result: urban.result, input: urban.input, formulas: urban.formulas, date: '2026-03-01' }));
		const ws = sheet(wb, 'Inputs');
		const header = ws['I4'];
		expect(header?.v).toBe('In the formulas');
		const live = (label: string) => {
			const r = rowOf(ws, label, 1);
			return ws[`I${r + 1}`]?.v;
		};
		// Capacity (sessions, DNA rate) and the discount rate drive formulas (workbook-recalc.test.ts changes them).
		expect(live('Main hospital scanner: Sessions a week')).toBe('Yes');
		expect(live('Main hospital scanner: DNA rate')).toBe('Yes');
		expect(live('Discount rate, years 0-30')).toBe('Yes');
		// The catchment and referral rates feed demand on the Catchment sheet (workbook-demand-recalc.test.ts changes them).
		expect(live('City North: Population 50-64')).toBe('Yes');
		expect(live('Referral rate 65-74')).toBe('Yes');
		expect(live('Growth in referral rates')).toBe('Yes');
		// The urban example sizes its FLS cohort from hip fractures, so no formula reads the incidence rates.
		const byPath = (path: string) => ws[`I${rowOf(ws, path, 7) + 1}`]?.v;
		expect(byPath('fls.hipFracturesPerYear')).toBe('Yes');
		expect(byPath('fls.incidence.women.age75to84')).toBe('No: change it in the planner');
	});
});
