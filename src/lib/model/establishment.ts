import { wteFromHours } from './staffing';

/**
 * The staff establishment a rota needs (issue #11; NHS Terms and Conditions of Service, section 13).
 * Funded WTE follows the weekly rota, not the days the scanner runs: annual leave under Agenda for
 * Change includes the 8 bank holidays, and the guideline's 20% allowance covers annual leave,
 * sickness and study, so neither bank holidays nor maintenance days reduce the staff employed.
 *
 *   weekly hours = sessions a week x session hours x staff per session + fixed hours a week
 *   funded WTE   = weekly hours x 52 / hours per WTE x (1 + leave allowance)
 *
 * The staffing stage (staffing.ts) works this way: its hours are the capacity stage's rota sessions
 * (sessions a week x 52 while the scanner runs) x session hours x staff per session.
 *
 * Example: 10 sessions x 3.5 h x 1 operator = 35 h a week; 35 x 52 = 1,820 h; 1,820 / 1,950 =
 * 0.9333 base WTE; x 1.2 = 1.12 funded WTE.
 */
export interface RotaLine {
	sessionsPerWeek: number;
	sessionHours: number;
	staffPerSession: number;
}

export function weeklyRotaHours(lines: readonly RotaLine[], fixedHoursPerWeek = 0): number {
	let h = fixedHoursPerWeek;
	for (const l of lines) h += l.sessionsPerWeek * l.sessionHours * l.staffPerSession;
	return h;
}

/** The rota's WTE, by the staffing stage's own formula (staffing.ts wteFromHours) on 52 weeks of it. */
export function establishmentWte(weeklyHours: number, hoursPerWte: number, leaveAllowance: number): { baseWte: number; fundedWte: number } {
	return wteFromHours(weeklyHours * 52, hoursPerWte, leaveAllowance);
}
