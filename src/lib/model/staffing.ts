import type { Scenario, Role } from './schema/scenario';
import type { EffectiveScanner, EffectiveService } from './effective';
import type { CapacitySeries } from './capacity';
import { ownBuffers, type Alloc } from './slab';

/**
 * Whole-time equivalents from hours: base WTE = hours / hours per WTE; funded WTE = base x
 * (1 + leave allowance), the guideline's 20% for annual, sick and study leave.
 */
export function wteFromHours(hours: number, hoursPerWte: number, leaveAllowance: number): { baseWte: number; fundedWte: number } {
	const baseWte = hours / hoursPerWte;
	return { baseWte, fundedWte: baseWte * (1 + leaveAllowance) };
}

/** Cost = funded WTE x salary x (1 + employer on-costs). */
export function roleCost(fundedWte: number, role: Pick<Role, 'annualSalaryGbp'>, onCostRate: number): number {
	return fundedWte * role.annualSalaryGbp * (1 + onCostRate);
}

/**
 * The option's staffing by year and role ([year][role], roles in the scenario's order): hours,
 * base and funded WTE and cost (zero for a role with no hours that year), and each year's totals.
 */
export interface StaffingSeries {
	hours: Float64Array;
	baseWte: Float64Array;
	fundedWte: Float64Array;
	costGbp: Float64Array;
	totalFundedWte: Float64Array;
	totalCostGbp: Float64Array;
}

export function newStaffingSeries(years: number, roles: number, m: Alloc = ownBuffers()): StaffingSeries {
	const n = years * roles;
	return { hours: m.f64(n), baseWte: m.f64(n), fundedWte: m.f64(n), costGbp: m.f64(n), totalFundedWte: m.f64(years), totalCostGbp: m.f64(years) };
}

/** Reporting hours for a year's in-house scans: scans x reporting minutes per scan / 60 (the pathway shows them as their own line). */
export function reportingHours(inHouseScans: number, reportingMinutesPerScan: number): number {
	return (inHouseScans * reportingMinutesPerScan) / 60;
}

/**
 * Hours by role in each year, from the weekly rota (establishment.ts): rota sessions (sessions a
 * week x 52 while the scanner runs) x session hours x staff per session, scanner by scanner; bank
 * holidays and maintenance days cut the sessions run, not the staff employed, since annual leave
 * under Agenda for Change includes bank holidays and the leave allowance covers it. Then fixed
 * weekly hours x 52 (those in effect that year: a fixed staff change counts from its start year),
 * reporting minutes x in-house scans / 60, and the FLS
 * coordinator's base WTE (patients the FLS identifies / caseload per WTE) x hours per WTE;
 * `flsIdentified` is null when the option has no FLS. Then WTE and
 * cost by role, and the year's totals summed in role order.
 */
export function fillStaffing(s: Scenario, svc: EffectiveService, capacity: CapacitySeries, inHouseScans: ArrayLike<number>, flsIdentified: ArrayLike<number> | null, out: StaffingSeries): void {
	const st = s.staffing;
	const H = s.horizonYears;
	const R = st.roles.length;
	const slot = (roleId: string) => st.roles.findIndex((r) => r.id === roleId);
	// Each scanner's staff lines and the fixed hours, resolved to role slots once.
	const lines = (sc: EffectiveScanner) => sc.staffPerSession.map((p) => ({ slot: slot(p.roleId), sessionHours: sc.sessionHours, count: p.count }));
	const perSession = svc.scanners.map(lines);
	// Before a scanner's change starts (phasing), the rota is the baseline scanner's.
	const perSessionBefore = svc.phases.map((p) => (p.before ? lines(p.before) : null));
	const steps = svc.fixedStaffSteps.map((step) => ({ from: step.from, fixed: step.staff.map((f) => ({ slot: slot(f.roleId), hours: f.hoursPerWeek * 52 })) }));
	let step = 0;
	const reporting = slot(st.reportingRoleId);
	const coordinator = slot(s.fls.coordinatorRoleId);
	const hours = out.hours;
	hours.fill(0, 0, H * R);
	for (let y = 0; y < H; y++) {
		const row = y * R;
		for (let k = 0; k < perSession.length; k++) {
			const sessions = capacity.rotaSessions[k * H + y] as number;
			const before = perSessionBefore[k];
			const rota = before && y < (svc.phases[k] as EffectiveService['phases'][number]).from ? before : (perSession[k] as (typeof perSession)[number]);
			for (const p of rota) hours[row + p.slot] = (hours[row + p.slot] as number) + sessions * p.sessionHours * p.count;
		}
		while (step + 1 < steps.length && (steps[step + 1] as (typeof steps)[number]).from <= y) step++;
		for (const f of (steps[step] as (typeof steps)[number]).fixed) hours[row + f.slot] = (hours[row + f.slot] as number) + f.hours;
		hours[row + reporting] = (hours[row + reporting] as number) + reportingHours(inHouseScans[y] as number, st.reportingMinutesPerScan);
		const coordinatorBaseWte = flsIdentified ? (flsIdentified[y] as number) / s.fls.caseloadPerCoordinatorWte : 0;
		if (coordinatorBaseWte > 0) hours[row + coordinator] = (hours[row + coordinator] as number) + coordinatorBaseWte * st.hoursPerWte;
		let wte = 0;
		let cost = 0;
		for (let r = 0; r < R; r++) {
			const at = row + r;
			const h = hours[at] as number;
			if (!(h > 0)) {
				out.baseWte[at] = 0;
				out.fundedWte[at] = 0;
				out.costGbp[at] = 0;
				continue;
			}
			const { baseWte, fundedWte } = wteFromHours(h, st.hoursPerWte, st.leaveAllowance);
			const c = roleCost(fundedWte, st.roles[r] as Role, st.onCostRate);
			out.baseWte[at] = baseWte;
			out.fundedWte[at] = fundedWte;
			out.costGbp[at] = c;
			wte += fundedWte;
			cost += c;
		}
		out.totalFundedWte[y] = wte;
		out.totalCostGbp[y] = cost;
	}
}
