import { describe, expect, it } from 'vitest';
import { fillStaffing, newStaffingSeries, roleCost, wteFromHours } from '../../src/lib/model/staffing';
import { fillCapacity, newCapacitySeries } from '../../src/lib/model/capacity';
import { effectiveService } from '../../src/lib/model/effective';
import { staffingTable } from '../../src/lib/model/tabulate';
import { scenarioWith, type Raw } from './helpers';

describe('wteFromHours', () => {
	it.each([
		// hours, hours per WTE, leave, base, funded
		[1950, 1950, 0.2, 1, 1.2], // one full-time post (37.5 h x 52) plus the guideline's 20%
		[975, 1950, 0.2, 0.5, 0.6],
		[1984, 1950, 0.2, 1.017436, 1.220923], // 496 sessions x 4 h = 1,984 h; / 1,950 = 1.017436; x 1.2
		[1950, 1950, 0, 1, 1],
		[780, 1950, 0.15, 0.4, 0.46] // 15 h a week x 52 = 780 h = 0.4 WTE; x 1.15
	])('%f hours at %f per WTE with %f leave: base %f, funded %f', (hours, perWte, leave, base, funded) => {
		const r = wteFromHours(hours, perWte, leave);
		expect(r.baseWte).toBeCloseTo(base, 6);
		expect(r.fundedWte).toBeCloseTo(funded, 6);
	});
});

describe('roleCost', () => {
	it('adds employer on-costs to the salary of the funded WTE', () => {
		// 1.2 WTE x 38,682 x 1.27 = 58,951.37
		expect(roleCost(1.2, { annualSalaryGbp: 38682 }, 0.27)).toBeCloseTo(58951.368, 3);
		expect(roleCost(0, { annualSalaryGbp: 38682 }, 0.27)).toBe(0);
	});
});

/**
 * The staffing stage for year 0 of the reference scenario, with `scans` delivered in-house and,
 * when `flsIdentified` is given, an FLS identifying that many patients (base WTE = identified /
 * caseload of 600).
 */
function year0(edit: (r: Raw) => void = () => {}, scans = 4800, flsIdentified = 0) {
	const s = scenarioWith(edit);
	const svc = effectiveService(s, s.options[0]!);
	const H = s.horizonYears;
	const capacity = newCapacitySeries(H, svc.scanners.length);
	fillCapacity(s, svc, capacity);
	const series = newStaffingSeries(H, s.staffing.roles.length);
	fillStaffing(s, svc, capacity, new Array(H).fill(scans), flsIdentified > 0 ? new Array(H).fill(flsIdentified) : null, series);
	const table = staffingTable(s, series);
	return { s, series, table, y: table.byYear[0]! };
}

describe('the staffing stage', () => {
	/**
	 * Reference scanner on the weekly rota: 10 sessions a week x 52 = 520 rota sessions x 4 h
	 * (bank holidays and maintenance days cut the 496 sessions run, not the staff employed).
	 * Per-session staff (defaults): operator 1, assistant 1, receptionist 0.5 -> 2,080 / 2,080 /
	 * 1,040 h. Fixed staff (defaults) x 52 weeks: lead clinician 4 h = 208, secretary 15 h = 780,
	 * MPE 1 h = 52, nurse specialist 7.5 h = 390. Reporting 4,800 scans x 5 min / 60 = 400 h.
	 * Total 7,030 h = 3.605128 base WTE; x 1.2 = 4.326154 funded.
	 */
	it('turns hours by role into WTE and cost', () => {
		const { y } = year0();
		const hours = Object.fromEntries(y.roles.map((r) => [r.roleId, r.hours]));
		expect(hours).toEqual({ dxaOperator: 2080, assistant: 2080, nurseSpecialist: 390, receptionist: 1040, secretary: 780, leadClinician: 208, reporter: 400, mpe: 52 });
		expect(y.totalFundedWte).toBeCloseTo(4.326154, 6);
		const op = y.roles.find((r) => r.roleId === 'dxaOperator')!;
		// 2,080 / 1,950 x 1.2 = 1.28 WTE; x 38,682 x 1.27 = 62,881.46
		expect(op.fundedWte).toBeCloseTo(1.28, 9);
		expect(op.costGbp).toBeCloseTo(62881.4592, 3);
		// Sum of (hours / 1,950 x 1.2 x salary x 1.27) over the eight roles = 190,587.97
		expect(y.costGbp).toBeCloseTo(190587.97, 1);
	});

	it('funds the establishment from the weekly rota: 10 sessions x 3.5 h x 1 operator is 1.12 WTE, not 1.068', () => {
		// 10 x 3.5 x 1 = 35 h a week; x 52 = 1,820 h; / 1,950 = 0.933333 base; x 1.2 = 1.12 funded.
		// Counting sessions run instead (52 x 5 - 8 bank holidays - 4 maintenance = 248 days x 2 =
		// 496 sessions x 3.5 = 1,736 h) would give 1,736 / 1,950 x 1.2 = 1.068 WTE.
		const { y } = year0((r) => {
			r.scanners[0].sessionHours = 3.5;
			r.scanners[0].staffPerSession = [{ roleId: 'dxaOperator', count: 1 }];
			r.staffing = { fixedStaff: [] };
		}, 0);
		expect(y.roles.map((r) => r.roleId)).toEqual(['dxaOperator']);
		const op = y.roles[0]!;
		expect(op.hours).toBeCloseTo(1820, 9);
		expect(op.baseWte).toBeCloseTo(0.933333, 6);
		expect(op.fundedWte).toBeCloseTo(1.12, 12);
	});

	it('staffs a scanner from the year it is installed, the whole rota in its commissioning year', () => {
		// Installed 2027 (year 1): no operator hours in 2026; in 2027 the rota's 520 sessions x 4 h
		// = 2,080 h although commissioning takes 2 weeks of the sessions run.
		const s = scenarioWith((r) => {
			r.scanners[0].installedYear = 2027;
			r.scanners[0].staffPerSession = [{ roleId: 'dxaOperator', count: 1 }];
			r.staffing = { fixedStaff: [] };
		});
		const svc = effectiveService(s, s.options[0]!);
		const capacity = newCapacitySeries(s.horizonYears, 1);
		fillCapacity(s, svc, capacity);
		const series = newStaffingSeries(s.horizonYears, s.staffing.roles.length);
		fillStaffing(s, svc, capacity, new Array(s.horizonYears).fill(0), null, series);
		const table = staffingTable(s, series);
		expect(table.byYear[0]!.roles).toEqual([]);
		expect(table.byYear[1]!.roles[0]!.hours).toBe(2080);
		// Sessions run in 2027: 52 x 5 - 8 - 4 - 2 x 5 commissioning = 238 days x 2 = 476.
		expect(capacity.sessions[1]).toBeCloseTo(476, 9);
	});

	it('adds the FLS coordinator as base WTE', () => {
		// 300 identified / 600 caseload = 0.5 base WTE -> 975 h; funded 0.6; cost 0.6 x 38,682 x 1.27 = 29,475.68
		const { y } = year0(() => {}, 4800, 300);
		const c = y.roles.find((r) => r.roleId === 'flsCoordinator')!;
		expect(c.hours).toBeCloseTo(975, 9);
		expect(c.fundedWte).toBeCloseTo(0.6, 9);
		expect(c.costGbp).toBeCloseTo(29475.684, 3);
	});

	it('applies a 10% leave allowance and 30% on-costs as given', () => {
		// Operator: 2,080 / 1,950 x 1.1 = 1.173333 WTE; x 38,682 x 1.3 = 1.173333 x 50,286.6 = 59,002.94
		const { y } = year0((r) => (r.staffing = { leaveAllowance: 0.1, onCostRate: 0.3 }));
		const op = y.roles.find((r) => r.roleId === 'dxaOperator')!;
		expect(op.fundedWte).toBeCloseTo(1.173333, 6);
		expect(op.costGbp).toBeCloseTo(59002.944, 2);
	});
});

describe('the staffing table', () => {
	it('flags a service with no exposure justifier or registered professional', () => {
		const edit = (r: Raw) => {
			r.staffing = {
				roles: [
					{ id: 'assistant', name: 'Assistant', annualSalaryGbp: 24937 },
					{ id: 'reporter', name: 'Reporter', annualSalaryGbp: 55690 },
					{ id: 'flsCoordinator', name: 'Coordinator', annualSalaryGbp: 38682, registeredProfessional: true }
				],
				fixedStaff: []
			};
			r.scanners[0].staffPerSession = [{ roleId: 'assistant', count: 1 }];
		};
		const sum = year0(edit).table;
		expect(sum.hasExposureJustifier).toBe(false);
		// The coordinator is registered but not staffed without an FLS, so it does not count.
		expect(sum.hasRegisteredProfessional).toBe(false);
		expect(sum.averageFundedWteByRole.map((r) => r.roleId)).toEqual(['assistant', 'reporter']);
	});

	it('averages WTE by role over the years', () => {
		// Year 0 of the reference scenario, then a year with no staff at all (a two-year horizon).
		const { s, series } = year0();
		const two = { ...s, horizonYears: 2 };
		const R = s.staffing.roles.length;
		for (const a of [series.baseWte, series.fundedWte, series.hours]) a.fill(0, R, 2 * R);
		const sum = staffingTable(two, series);
		expect(sum.byYear[1]!.roles).toEqual([]);
		// Operator 1.28 in one year, 0 in the other: average 0.64
		expect(sum.averageFundedWteByRole.find((r) => r.roleId === 'dxaOperator')!.fundedWte).toBeCloseTo(0.64, 9);
		expect(sum.hasExposureJustifier).toBe(true); // lead clinician (default role) justifies exposures
	});
});
