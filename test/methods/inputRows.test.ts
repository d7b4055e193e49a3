import { describe, expect, test } from 'vitest';
import { inputRows } from '../../src/routes/methods/inputRows';

const rows = inputRows();
const byPath = new Map(rows.map((r) => [r.path, r]));

describe('inputRows: the Methods page table of every input', () => {
	test('one row per kind of input, with list items generalised', () => {
		expect(new Set(rows.map((r) => r.path)).size).toBe(rows.length);
		expect(byPath.has('scanners[].dnaRate')).toBe(true);
		expect(byPath.has('scanners[].mobile.throughputFactor')).toBe(true);
		expect(byPath.has('options[].outsourcing.costPerScanGbp')).toBe(true);
		expect(byPath.has('options[].travel[].shareOfPatients')).toBe(true);
		expect([...byPath.keys()].some((p) => /\[\d+\]/.test(p))).toBe(false);
	});

	test('defaults and sources come from the schema', () => {
		expect(byPath.get('appraisal.discountRate')).toMatchObject({ defaultValue: 0.035, unit: 'fraction a year', placeholder: false, min: 0, max: 1 });
		expect(byPath.get('appraisal.discountRate')?.source).toContain('Green Book');
		expect(byPath.get('staffing.leaveAllowance')).toMatchObject({ defaultValue: 0.2, placeholder: false });
		expect(byPath.get('scanners[].dnaRate')).toMatchObject({ defaultValue: 0.08, placeholder: true, formulaAllowed: true });
		expect(byPath.get('scanners[].installedYear')).toMatchObject({ defaultValue: undefined, formulaAllowed: false });
	});

	test('each default staff role is listed with its own salary and name', () => {
		// Agenda for Change 2025/26 entry points in DEFAULT_ROLES: Band 6 GBP 38,682, Band 2 GBP 24,465.
		expect(byPath.get('staffing.roles[dxaOperator].annualSalaryGbp')).toMatchObject({ defaultValue: 38682, label: 'Annual salary: DXA operator (radiographer)' });
		expect(byPath.get('staffing.roles[receptionist].annualSalaryGbp')?.defaultValue).toBe(24465);
		expect(byPath.get('staffing.fixedStaff[leadClinician].hoursPerWeek')).toMatchObject({ defaultValue: 4, label: 'Hours a week: Lead clinician (consultant)' });
	});

	test('every default names its source or is a placeholder', () => {
		const unsourced = rows.filter((r) => r.defaultValue !== undefined && !r.source && !r.placeholder).map((r) => r.path);
		expect(unsourced).toEqual([]);
	});
});
