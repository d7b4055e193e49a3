import type { Option, Scanner, Scenario } from './schema/scenario';

/**
 * A scanner as it runs under one option: a baseline scanner the option leaves alone (the very
 * object from the scenario, so options that leave it alone can share its figures), a copy with the
 * option's changes, or a scanner the option adds (the option's own object).
 */
export type EffectiveScanner = Scanner;

/** The service under one option: the baseline with the option's changes applied. */
export interface EffectiveService {
	option: Option;
	scanners: EffectiveScanner[];
	fixedStaff: { roleId: string; hoursPerWeek: number }[];
	hasFls: boolean;
}

/**
 * The baseline scanner this one is (every field the same), or undefined when the option changed or
 * added it: options that leave a scanner alone share its figures.
 */
export function unchangedBaseline(s: Scenario, sc: EffectiveScanner): Scanner | undefined {
	return s.scanners.includes(sc) ? sc : undefined;
}

/**
 * Apply an option's changes to the baseline service. Pure: the scenario is not modified, and the
 * engine never writes to a scanner, so unchanged and added scanners are used as they are (this
 * runs for every option of every Monte Carlo iteration).
 */
export function effectiveService(s: Scenario, option: Option): EffectiveService {
	const removed = option.removeScannerIds;
	const scanners: EffectiveScanner[] = [];
	for (const sc of s.scanners) {
		if (removed.includes(sc.id)) continue;
		const change = option.scannerChanges.find((c) => c.scannerId === sc.id);
		if (!change) {
			scanners.push(sc);
			continue;
		}
		// The baseline's fields with the change's defined ones written over them, keys in the same
		// order as { ...sc, ...definedFields }.
		const copy = { ...sc } as Record<string, unknown>;
		for (const key of Object.keys(change)) {
			const v = (change as Record<string, unknown>)[key];
			if (key !== 'scannerId' && v !== undefined) copy[key] = v;
		}
		scanners.push(copy as unknown as EffectiveScanner);
	}
	for (const sc of option.addScanners) scanners.push(sc);

	// Fixed weekly hours by role, in order of first mention (baseline, then the option's changes).
	const fixedStaff: { roleId: string; hoursPerWeek: number }[] = [];
	const at = (roleId: string) => {
		let f = fixedStaff.find((x) => x.roleId === roleId);
		if (!f) fixedStaff.push((f = { roleId, hoursPerWeek: 0 }));
		return f;
	};
	for (const f of s.staffing.fixedStaff) {
		const e = at(f.roleId);
		e.hoursPerWeek = e.hoursPerWeek + f.hoursPerWeek;
	}
	for (const f of option.fixedStaffChanges) {
		const e = at(f.roleId);
		e.hoursPerWeek = Math.max(0, e.hoursPerWeek + f.extraHoursPerWeek);
	}

	return {
		option,
		scanners,
		fixedStaff,
		hasFls: s.fls.inBaseline || option.addFls
	};
}
