import type { AppraisalResult, Scenario } from '../../model';
import { effectiveService, scannerInYear, startIndex } from '../../model/effective';
import { SheetBuilder, addr, sheetRef } from './sheet';
import { scannerPaths } from './ledgerFormulas';

export const STAFFING_SHEET = 'Staffing';

export interface StaffingSheet {
	sheet: SheetBuilder;
	/** Reference of the total staff cost cell for option id and year index. */
	costRef: (optionId: string, yearIndex: number) => string;
}

/**
 * Staffing by option, year and role, every figure a formula (src/lib/model/staffing.ts and
 * establishment.ts, Methods: staffing). Hours a year = each scanner's rota sessions a year (Capacity
 * by scanner sheet: sessions a week x 52 while it runs; bank holidays and maintenance days do not
 * reduce the staff employed) x session hours x staff per session, + fixed hours a week x 52,
 * + reporting minutes x in-house scans / 60 (the reporting role), + the FLS coordinator's patients
 * identified / caseload per WTE x HoursPerWte. Base WTE = hours / HoursPerWte; funded WTE = base x
 * (1 + LeaveAllowance) (guideline: add about 20% for annual, sick and study leave); cost = funded
 * WTE x salary x (1 + OnCostRate).
 */
export function buildStaffingSheet(opts: {
	scenario: Scenario;
	result: AppraisalResult;
	refOf: Map<string, string>;
	rotaRef: (optionId: string, scannerIndex: number, yearIndex: number) => string;
	inHouseRef: (optionIndex: number, yearIndex: number) => string;
	/** The FLS cohort in a year (Catchment sheet); the engine's figure as a number without it. */
	cohortRef?: (yearIndex: number) => string;
}): StaffingSheet {
	const { scenario: s, result, refOf, rotaRef, inHouseRef, cohortRef } = opts;
	const st = s.staffing;
	const ref = (path: string, value: number) => refOf.get(path) ?? String(value);
	const sh = new SheetBuilder(STAFFING_SHEET);
	sh.set(0, 0, 'Staffing by option, year and role');
	sh.set(1, 0, 'Hours a year: rota sessions (Capacity by scanner sheet) x session hours x staff per session, fixed hours x 52, reporting minutes x in-house scans / 60, and the FLS coordinator\'s caseload; WTE, leave allowance and cost on the Inputs sheet (HoursPerWte, LeaveAllowance, salaries, OnCostRate). Bank holidays and maintenance days do not reduce the staff employed.');
	sh.row(3, 0, ['Option', 'Year', 'Role', 'Band', 'Hours a year', 'Base WTE', 'Leave allowance', 'Funded WTE', 'Salary (GBP a year)', 'On-cost rate', 'Cost (GBP)']);
	const totals = new Map<string, string>();
	let row = 4;
	result.options.forEach((o, i) => {
		const oi = s.options.findIndex((x) => x.id === o.id);
		const option = s.options[oi];
		if (!option) return;
		const svc = effectiveService(s, option);
		const paths = scannerPaths(s, oi);
		// Each role's hour terms as formulas, by year: the rota lines, fixed hours, reporting, the coordinator.
		const terms = (roleId: string, y: number): string[] => {
			const out: string[] = [];
			svc.scanners.forEach((_, k) => {
				// The scanner's rota as it runs this year (phasing: the baseline's until its change starts).
				const sc = scannerInYear(svc, k, y);
				if (!sc) return;
				const phase = svc.phases[k];
				const p = (phase && phase.before && y < phase.from ? paths[k]?.before : paths[k]?.after) ?? ((f: string) => f);
				sc.staffPerSession.forEach((line, j) => {
					if (line.roleId === roleId) out.push(`${rotaRef(o.id, k, y)}*${ref(p('sessionHours'), sc.sessionHours)}*${ref(p(`staffPerSession[${j}].count`), line.count)}`);
				});
			});
			// Fixed hours a week: the baseline's, then each change of the option floored at 0 (effective.ts).
			let fixed = '';
			st.fixedStaff.forEach((f, j) => {
				if (f.roleId === roleId) fixed = fixed ? `${fixed}+${ref(`staffing.fixedStaff[${j}].hoursPerWeek`, f.hoursPerWeek)}` : ref(`staffing.fixedStaff[${j}].hoursPerWeek`, f.hoursPerWeek);
			});
			option.fixedStaffChanges.forEach((c, j) => {
				// A change counts from its start year (phasing).
				if (c.roleId === roleId && startIndex(s, c.startYear) <= y) fixed = `MAX(0,${fixed || '0'}+${ref(`options[${oi}].fixedStaffChanges[${j}].extraHoursPerWeek`, c.extraHoursPerWeek)})`;
			});
			if (fixed) out.push(`(${fixed})*52`);
			if (roleId === st.reportingRoleId) out.push(`${inHouseRef(i, y)}*${ref('staffing.reportingMinutesPerScan', st.reportingMinutesPerScan)}/60`);
			const fy = o.fls?.byYear[y];
			const coverage = svc.flsCoverage ? (svc.flsCoverage[y] ?? 1) : 1;
			if (svc.hasFls && fy && roleId === s.fls.coordinatorRoleId && coverage > 0) out.push(`${cohortRef ? cohortRef(y) : fy.cohort}*${coverage}*${ref('fls.identifiedShare', s.fls.identifiedShare)}/${ref('fls.caseloadPerCoordinatorWte', s.fls.caseloadPerCoordinatorWte)}*HoursPerWte`);
			return out;
		};
		for (const y of o.staffing.byYear) {
			const year = result.startYear + y.yearIndex;
			const first = row;
			st.roles.forEach((role, roleIndex) => {
				const r = y.roles.find((x) => x.roleId === role.id);
				const hours = terms(role.id, y.yearIndex);
				if (!r && hours.length === 0) return;
				const salaryRef = refOf.get(`staffing.roles[${roleIndex}].annualSalaryGbp`);
				const R = row + 1;
				sh.row(row, 0, [
					o.name,
					{ n: year, fmt: 'year' },
					role.name,
					role.band,
					{ n: r?.hours ?? 0, f: hours.length ? hours.join('+') : '0', fmt: 'count1' },
					{ n: r?.baseWte ?? 0, f: `E${R}/HoursPerWte`, fmt: 'wte' },
					{ n: st.leaveAllowance, f: 'LeaveAllowance', fmt: 'pct' },
					{ n: r?.fundedWte ?? 0, f: `F${R}*(1+G${R})`, fmt: 'wte' },
					salaryRef ? { n: role.annualSalaryGbp, f: salaryRef, fmt: 'gbp' } : { n: role.annualSalaryGbp, fmt: 'gbp' },
					{ n: st.onCostRate, f: 'OnCostRate', fmt: 'pct' },
					{ n: r?.costGbp ?? 0, f: `H${R}*I${R}*(1+J${R})`, fmt: 'gbp' }
				]);
				row++;
			});
			const range = (col: string) => (row > first ? `SUM(${col}${first + 1}:${col}${row})` : '0');
			sh.row(row, 0, [o.name, { n: year, fmt: 'year' }, 'Total', '', null, null, null, { n: y.totalFundedWte, f: range('H'), fmt: 'wte' }, null, null, { n: y.costGbp, f: range('K'), fmt: 'gbp' }]);
			totals.set(`${o.id}@${y.yearIndex}`, sheetRef(STAFFING_SHEET, addr(row, 10)));
			row += 2;
		}
	});
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
