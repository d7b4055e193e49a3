import type { Scenario, Role } from './schema/scenario';
import type { EffectiveService } from './effective';
import type { ScannerYear, StaffingResult, RoleYear } from './results';

/**
 * Whole-time equivalents from hours: base WTE = hours / hours per WTE; funded WTE = base x
 * (1 + leave allowance), the guideline's 20% for annual, sick and study leave.
 * Cost = funded WTE x salary x (1 + employer on-costs).
 */
export function wteFromHours(hours: number, hoursPerWte: number, leaveAllowance: number): { baseWte: number; fundedWte: number } {
	const baseWte = hours / hoursPerWte;
	return { baseWte, fundedWte: baseWte * (1 + leaveAllowance) };
}

export function roleCost(fundedWte: number, role: Pick<Role, 'annualSalaryGbp'>, onCostRate: number): number {
	return fundedWte * role.annualSalaryGbp * (1 + onCostRate);
}

export interface StaffingYearInput {
	scannerYears: { scannerId: string; year: ScannerYear }[];
	/** Scans delivered this year (for reporting time). */
	scans: number;
	/** FLS coordinator base WTE this year (identified patients / caseload per WTE). */
	flsCoordinatorBaseWte: number;
}

function addHours(hours: Map<string, number>, roleId: string, h: number): void {
	hours.set(roleId, (hours.get(roleId) ?? 0) + h);
}

/**
 * Hours by role in one year: scanning sessions x session hours x staff per session, fixed weekly
 * hours x 52, reporting minutes x scans / 60; the FLS coordinator comes in as base WTE.
 */
export function staffingYear(s: Scenario, svc: EffectiveService, input: StaffingYearInput, yearIndex: number, keepRoles = true): { yearIndex: number; roles: RoleYear[]; totalFundedWte: number; costGbp: number } {
	const st = s.staffing;
	// A module-level helper, not a closure: this runs for every year of every option of every Monte Carlo iteration.
	const hours = new Map<string, number>();
	for (const { scannerId, year } of input.scannerYears) {
		const sc = svc.scanners.find((x) => x.id === scannerId);
		if (!sc) continue;
		for (const p of sc.staffPerSession) addHours(hours, p.roleId, year.sessions * sc.sessionHours * p.count);
	}
	for (const f of svc.fixedStaff) addHours(hours, f.roleId, f.hoursPerWeek * 52);
	addHours(hours, st.reportingRoleId, (input.scans * st.reportingMinutesPerScan) / 60);
	if (input.flsCoordinatorBaseWte > 0) addHours(hours, s.fls.coordinatorRoleId, input.flsCoordinatorBaseWte * st.hoursPerWte);

	// Totals summed in role order, as a reduce over the rows would; the Monte Carlo analysis
	// (keepRoles false) needs only the totals, so the rows are not built for it.
	const roles: RoleYear[] = [];
	let totalFundedWte = 0;
	let costGbp = 0;
	for (const r of st.roles) {
		const h = hours.get(r.id) ?? 0;
		if (!(h > 0)) continue;
		const { baseWte, fundedWte } = wteFromHours(h, st.hoursPerWte, st.leaveAllowance);
		const cost = roleCost(fundedWte, r, st.onCostRate);
		totalFundedWte += fundedWte;
		costGbp += cost;
		if (keepRoles) roles.push({ roleId: r.id, name: r.name, band: r.band, hours: h, baseWte, fundedWte, costGbp: cost });
	}
	return { yearIndex, roles, totalFundedWte, costGbp };
}

/** The slot of a role id in the list, added at the end the first time it is seen. */
function slotIn(ids: string[], id: string): number {
	const k = ids.indexOf(id);
	if (k >= 0) return k;
	ids.push(id);
	return ids.length - 1;
}

/** Hours by role slot within one year of staffingTotals, kept between calls (cleared each year before use). */
let scratchHours = new Float64Array(16);

/**
 * Each year's funded WTE and staff cost, as staffingYear's totals (same hours added in the same
 * order, the same role order for the sums), without a Map or role rows per year: the Monte Carlo
 * analysis runs this for every option of every iteration. Roles are resolved to slots once.
 */
export function staffingTotals(
	s: Scenario,
	svc: EffectiveService,
	scanners: readonly { scanner: { id: string }; sessions: ArrayLike<number> }[],
	scans: ArrayLike<number>,
	flsCoordinatorBaseWte: ArrayLike<number>
): { fundedWte: number[]; costGbp: number[] } {
	const st = s.staffing;
	const H = s.horizonYears;
	// One slot per distinct role id, as the Map had one entry per id (a short list: a service has a handful of roles).
	const ids: string[] = [];
	const slot = (id: string): number => slotIn(ids, id);
	const roleSlots = st.roles.map((r) => slot(r.id));
	// Per scanner, the (slot, hours per session) of each staff line; as staffingYear, a scanner
	// not in the service (by id) adds nothing.
	const perSession = scanners.map(({ scanner }) => {
		const sc = svc.scanners.find((x) => x.id === scanner.id);
		return sc ? sc.staffPerSession.map((p) => ({ slot: slot(p.roleId), sessionHours: sc.sessionHours, count: p.count })) : [];
	});
	const fixed = svc.fixedStaff.map((f) => ({ slot: slot(f.roleId), hours: f.hoursPerWeek * 52 }));
	const reporting = slot(st.reportingRoleId);
	const coordinator = slot(s.fls.coordinatorRoleId);
	const hours = ids.length <= scratchHours.length ? scratchHours : (scratchHours = new Float64Array(2 * ids.length));
	const fundedWte = new Array<number>(H);
	const costGbp = new Array<number>(H);
	for (let y = 0; y < H; y++) {
		hours.fill(0);
		for (let k = 0; k < scanners.length; k++) {
			const sessions = (scanners[k] as (typeof scanners)[number]).sessions[y] as number;
			for (const p of perSession[k] as (typeof perSession)[number]) hours[p.slot] = (hours[p.slot] as number) + sessions * p.sessionHours * p.count;
		}
		for (const f of fixed) hours[f.slot] = (hours[f.slot] as number) + f.hours;
		hours[reporting] = (hours[reporting] as number) + ((scans[y] ?? 0) * st.reportingMinutesPerScan) / 60;
		const fc = flsCoordinatorBaseWte[y] ?? 0;
		if (fc > 0) hours[coordinator] = (hours[coordinator] as number) + fc * st.hoursPerWte;
		let wte = 0;
		let cost = 0;
		for (let i = 0; i < roleSlots.length; i++) {
			const h = hours[roleSlots[i] as number] as number;
			if (!(h > 0)) continue;
			const { fundedWte: funded } = wteFromHours(h, st.hoursPerWte, st.leaveAllowance);
			wte += funded;
			cost += roleCost(funded, st.roles[i] as Role, st.onCostRate);
		}
		fundedWte[y] = wte;
		costGbp[y] = cost;
	}
	return { fundedWte, costGbp };
}

/** Staffing over the horizon, averages by role, and the IRMER and registration checks. */
export function summariseStaffing(s: Scenario, byYear: StaffingResult['byYear']): StaffingResult {
	const n = Math.max(1, byYear.length);
	const avg = s.staffing.roles
		.map((r) => {
			const base = byYear.reduce((t, y) => t + (y.roles.find((x) => x.roleId === r.id)?.baseWte ?? 0), 0) / n;
			const funded = byYear.reduce((t, y) => t + (y.roles.find((x) => x.roleId === r.id)?.fundedWte ?? 0), 0) / n;
			return { roleId: r.id, name: r.name, baseWte: base, fundedWte: funded };
		})
		.filter((r) => r.fundedWte > 0);
	const staffed = new Set(avg.map((r) => r.roleId));
	const roles = s.staffing.roles.filter((r) => staffed.has(r.id));
	return {
		byYear,
		averageFundedWteByRole: avg,
		hasExposureJustifier: roles.some((r) => r.justifiesExposures),
		hasRegisteredProfessional: roles.some((r) => r.registeredProfessional)
	};
}
