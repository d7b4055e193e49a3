import type { Option, Scanner, ScannerChange, Scenario } from './schema/scenario';
import { SCANNER_CHANGE_FIELDS } from './schema/options';

/**
 * A scanner as it runs under one option: a baseline scanner the option leaves alone (the very
 * object from the scenario), a copy with the option's changes, or a scanner the option adds.
 */
export type EffectiveScanner = Scanner;

/** The service under one option: the baseline with the option's changes applied. */
export interface EffectiveService {
	option: Option;
	scanners: EffectiveScanner[];
	fixedStaff: { roleId: string; hoursPerWeek: number }[];
	hasFls: boolean;
}

/** One field of an option's scanner change written over the baseline's, when the change sets it. */
function changeField<K extends (typeof SCANNER_CHANGE_FIELDS)[number]>(copy: Scanner, change: ScannerChange, key: K): void {
	const v = change[key];
	if (v !== undefined) copy[key] = v as Scanner[K];
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
		// The baseline's fields with the change's defined ones written over them.
		const copy: Scanner = { ...sc };
		for (const key of SCANNER_CHANGE_FIELDS) changeField(copy, change, key);
		scanners.push(copy);
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
