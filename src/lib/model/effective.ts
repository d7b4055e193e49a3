import type { Option, Scanner, Scenario } from './schema/scenario';

/** A scanner as it runs under one option, with whether the option added it. */
export interface EffectiveScanner extends Scanner {
	addedByOption: boolean;
}

/** The service under one option: the baseline with the option's changes applied. */
export interface EffectiveService {
	option: Option;
	scanners: EffectiveScanner[];
	fixedStaff: { roleId: string; hoursPerWeek: number }[];
	hasFls: boolean;
}

/** Baseline scanners as copied unchanged into an option's service, each with the scanner it copies. */
const unchanged = new WeakMap<EffectiveScanner, Scanner>();

/**
 * The baseline scanner this one is an unchanged copy of (every field the same), or undefined when
 * the option changed or added it: options that leave a scanner alone share its figures.
 */
export function unchangedBaseline(sc: EffectiveScanner): Scanner | undefined {
	return unchanged.get(sc);
}

/** Apply an option's changes to the baseline service. Pure; the scenario is not modified. */
export function effectiveService(s: Scenario, option: Option): EffectiveService {
	const removed = new Set(option.removeScannerIds);
	const scanners: EffectiveScanner[] = s.scanners
		.filter((sc) => !removed.has(sc.id))
		.map((sc) => {
			const change = option.scannerChanges.find((c) => c.scannerId === sc.id);
			if (!change) {
				const copy: EffectiveScanner = { ...sc, addedByOption: false };
				unchanged.set(copy, sc);
				return copy;
			}
			// The baseline's fields with the change's defined ones written over them, keys in the same
			// order as { ...sc, ...definedFields, addedByOption } (a loop: this runs for every option
			// of every Monte Carlo iteration).
			const copy = { ...sc } as Record<string, unknown>;
			for (const key of Object.keys(change)) {
				const v = (change as Record<string, unknown>)[key];
				if (key !== 'scannerId' && v !== undefined) copy[key] = v;
			}
			copy.addedByOption = false;
			return copy as unknown as EffectiveScanner;
		});
	for (const sc of option.addScanners) scanners.push({ ...sc, addedByOption: true });

	const fixed = new Map<string, number>();
	for (const f of s.staffing.fixedStaff) fixed.set(f.roleId, (fixed.get(f.roleId) ?? 0) + f.hoursPerWeek);
	for (const f of option.fixedStaffChanges) fixed.set(f.roleId, Math.max(0, (fixed.get(f.roleId) ?? 0) + f.extraHoursPerWeek));

	return {
		option,
		scanners,
		fixedStaff: [...fixed].map(([roleId, hoursPerWeek]) => ({ roleId, hoursPerWeek })),
		hasFls: s.fls.inBaseline || option.addFls
	};
}
