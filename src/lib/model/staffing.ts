import type { Scenario, Role } from './schema/scenario';
import type { EffectiveScanner, EffectiveService } from './effective';
import type { CapacitySeries } from './capacity';
import { ownBuffers, type Alloc } from './slab';

/** Base whole-time equivalents from hours: hours / hours per WTE. */
export function wteBase(hours: number, hoursPerWte: number): number {
	return hours / hoursPerWte;
}

/** Funded WTE = base WTE x (1 + leave allowance), the guideline's 20% for annual, sick and study leave. */
export function wteFunded(baseWte: number, leaveAllowance: number): number {
	return baseWte * (1 + leaveAllowance);
}

/** Base and funded whole-time equivalents from hours (wteBase, wteFunded). */
export function wteFromHours(hours: number, hoursPerWte: number, leaveAllowance: number): { baseWte: number; fundedWte: number } {
	const baseWte = wteBase(hours, hoursPerWte);
	return { baseWte, fundedWte: wteFunded(baseWte, leaveAllowance) };
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
 * cost by role, and the year's totals summed in role order. The role-by-role WTE are stored for
 * the summary too: appraise() flags an option with no IRMER practitioner or registered
 * professional from them before its tables are written.
 */
export function fillStaffing(s: Scenario, svc: EffectiveService, capacity: CapacitySeries, inHouseScans: ArrayLike<number>, flsIdentified: ArrayLike<number> | null, out: StaffingSeries): void {
	const st = s.staffing;
	const H = s.horizonYears;
	const R = st.roles.length;
	const roles = st.roles;
	const hours = out.hours;
	hours.fill(0, 0, H * R);
	// Each cell receives its hours in the order: scanner by scanner (each scanner's staff lines in
	// order), the fixed hours, reporting, the coordinator. Working scanner by scanner and line by
	// line over the years keeps that order in every cell, and each role is looked up once per line
	// rather than once per year (the Monte Carlo analysis runs this for every option of every run).
	const K = svc.scanners.length;
	for (let k = 0; k < K; k++) {
		const phase = svc.phases[k] as EffectiveService['phases'][number];
		// Before a scanner's change starts (phasing), the rota is the baseline scanner's.
		const from = phase.before ? phase.from : 0;
		if (phase.before) addRota(hours, R, roles, phase.before, capacity.rotaSessions, k * H, 0, Math.min(from, H));
		addRota(hours, R, roles, svc.scanners[k] as EffectiveScanner, capacity.rotaSessions, k * H, from, H);
	}
	// Each year's fixed hours are those of the last step started by then (the first from year 0).
	const steps = svc.fixedStaffSteps;
	for (let i = 0; i < steps.length; i++) {
		const step = steps[i] as (typeof steps)[number];
		const next = steps[i + 1];
		const until = next ? Math.min(next.from, H) : H;
		for (let j = 0; j < step.staff.length; j++) {
			const f = step.staff[j] as (typeof step.staff)[number];
			const slot = roleSlot(roles, f.roleId);
			const h = f.hoursPerWeek * 52;
			for (let y = i === 0 ? 0 : step.from; y < until; y++) hours[y * R + slot] = (hours[y * R + slot] as number) + h;
		}
	}
	const reporting = roleSlot(roles, st.reportingRoleId);
	const coordinator = roleSlot(roles, s.fls.coordinatorRoleId);
	for (let y = 0; y < H; y++) {
		const row = y * R;
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
			const baseWte = wteBase(h, st.hoursPerWte);
			const fundedWte = wteFunded(baseWte, st.leaveAllowance);
			const c = roleCost(fundedWte, roles[r] as Role, st.onCostRate);
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

/** The slot of a role in the scenario's order (the schema checks every role id refers to one). */
function roleSlot(roles: readonly Role[], id: string): number {
	for (let r = 0; r < roles.length; r++) if ((roles[r] as Role).id === id) return r;
	return -1;
}

/** A scanner's rota hours in years [from, to): rota sessions x session hours x staff per session, line by line. */
function addRota(hours: Float64Array, R: number, roles: readonly Role[], sc: EffectiveScanner, rotaSessions: Float64Array, row: number, from: number, to: number): void {
	const lines = sc.staffPerSession;
	for (let i = 0; i < lines.length; i++) {
		const p = lines[i] as (typeof lines)[number];
		const slot = roleSlot(roles, p.roleId);
		const sessionHours = sc.sessionHours;
		const count = p.count;
		for (let y = from; y < to; y++) hours[y * R + slot] = (hours[y * R + slot] as number) + (rotaSessions[row + y] as number) * sessionHours * count;
	}
}
