import type { AppraisalResult, Scenario } from '../../model';
import { SheetBuilder, addr, sheetRef } from './sheet';

export const STAFFING_SHEET = 'Staffing';

export interface StaffingSheet {
	sheet: SheetBuilder;
	/** Reference of the total staff cost cell for option id and year index. */
	costRef: (optionId: string, yearIndex: number) => string;
}

/**
 * Staffing by option, year and role. Hours come from the engine (the weekly rota's sessions x 52, fixed hours,
 * reporting time, FLS caseload); WTE, the leave allowance and cost are formulas:
 * base WTE = hours / HoursPerWte; funded WTE = base x (1 + LeaveAllowance) (guideline: add about
 * 20% for annual, sick and study leave); cost = funded WTE x salary x (1 + OnCostRate).
 */
export function buildStaffingSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string> }): StaffingSheet {
	const { scenario: s, result, refOf } = opts;
	const sh = new SheetBuilder(STAFFING_SHEET);
	sh.set(0, 0, 'Staffing by option, year and role');
	sh.set(1, 0, 'Hours a year from the engine (the weekly rota x 52 weeks: bank holidays and maintenance days do not reduce the staff employed); WTE, leave allowance and cost are formulas on the Inputs sheet (HoursPerWte, LeaveAllowance, salaries, OnCostRate).');
	sh.row(3, 0, ['Option', 'Year', 'Role', 'Band', 'Hours a year', 'Base WTE', 'Leave allowance', 'Funded WTE', 'Salary (GBP a year)', 'On-cost rate', 'Cost (GBP)']);
	const totals = new Map<string, string>();
	let row = 4;
	for (const o of result.options) {
		for (const y of o.staffing.byYear) {
			const year = result.startYear + y.yearIndex;
			const first = row;
			for (const r of y.roles) {
				const roleIndex = s.staffing.roles.findIndex((x) => x.id === r.roleId);
				const salaryRef = refOf.get(`staffing.roles[${roleIndex}].annualSalaryGbp`);
				const salary = s.staffing.roles[roleIndex]?.annualSalaryGbp ?? 0;
				const R = row + 1;
				sh.row(row, 0, [
					o.name,
					{ n: year, fmt: 'year' },
					r.name,
					r.band,
					{ n: r.hours, fmt: 'count1' },
					{ n: r.baseWte, f: `E${R}/HoursPerWte`, fmt: 'wte' },
					{ n: s.staffing.leaveAllowance, f: 'LeaveAllowance', fmt: 'pct' },
					{ n: r.fundedWte, f: `F${R}*(1+G${R})`, fmt: 'wte' },
					salaryRef ? { n: salary, f: salaryRef, fmt: 'gbp' } : { n: salary, fmt: 'gbp' },
					{ n: s.staffing.onCostRate, f: 'OnCostRate', fmt: 'pct' },
					{ n: r.costGbp, f: `H${R}*I${R}*(1+J${R})`, fmt: 'gbp' }
				]);
				row++;
			}
			const range = (col: string) => (row > first ? `SUM(${col}${first + 1}:${col}${row})` : '0');
			sh.row(row, 0, [o.name, { n: year, fmt: 'year' }, 'Total', '', null, null, null, { n: y.totalFundedWte, f: range('H'), fmt: 'wte' }, null, null, { n: y.costGbp, f: range('K'), fmt: 'gbp' }]);
			totals.set(`${o.id}@${y.yearIndex}`, sheetRef(STAFFING_SHEET, addr(row, 10)));
			row += 2;
		}
	}
	sh.setWidths([28, 8, 38, 12, 14, 11, 15, 12, 18, 12, 16]);
	sh.freezeRows = 4;
	return {
		sheet: sh,
		costRef: (optionId, yearIndex) => {
			const ref = totals.get(`${optionId}@${yearIndex}`);
			if (!ref) throw new Error(`workbook: no staffing total for option ${optionId}, year ${yearIndex}`);
			return ref;
		}
	};
}
