import type { Option, Scanner, ScannerChange, Scenario } from './schema/scenario';
import { SCANNER_CHANGE_FIELDS } from './schema/lists';

/**
 * A scanner as it runs under one option: a baseline scanner the option leaves alone (the very
 * object from the scenario), a copy with the option's changes, or a scanner the option adds.
 */
export type EffectiveScanner = Scanner;

/** Fixed weekly hours by role. */
export type FixedStaff = { roleId: string; hoursPerWeek: number }[];

/**
 * When one scanner of the service runs under the option (issue #11, phasing), in year indices of
 * the appraisal: as listed in `scanners` from `from` (0 unless its change starts later), as
 * `before` until then (the baseline scanner, when a change starts later), and not at all from
 * `until` (the horizon, unless the option removes it in a later year).
 */
export interface ScannerPhase {
	from: number;
	before: EffectiveScanner | null;
	until: number;
}

/** The service under one option: the baseline with the option's changes applied. */
export interface EffectiveService {
	option: Option;
	/** Each scanner as it runs once the option's changes have started, in the service's order. */
	scanners: EffectiveScanner[];
	/** Each scanner's phases, in the same order. */
	phases: ScannerPhase[];
	/** Fixed weekly hours once every change has started. */
	fixedStaff: FixedStaff;
	/** Fixed weekly hours by the year index they start from: the first step from 0, the last equal to `fixedStaff`. */
	fixedStaffSteps: { from: number; staff: FixedStaff }[];
	/** The year index each of the option's travel changes starts (option.travel's order). */
	travelFrom: number[];
	hasFls: boolean;
	/** The year index the option's new FLS starts (0 for an FLS that runs today). */
	flsFrom: number;
	/**
	 * Share of the FLS's full caseload reached in each year of the horizon: 0 before it starts, then
	 * its ramp (the last share held); null when it is 1 in every year (an FLS running today, or a
	 * new one at full coverage from the first year).
	 */
	flsCoverage: Float64Array | null;
}

/** A calendar start year as a year index of the appraisal: 0 when left out or before the first year, the horizon when after the last. */
export function startIndex(s: Pick<Scenario, 'startYear' | 'horizonYears'>, year: number | undefined): number {
	if (year === undefined) return 0;
	return Math.min(s.horizonYears, Math.max(0, year - s.startYear));
}

/** The index of the option's travel change for a locality, -1 when it has none (the first listed, as findIndex would). */
export function travelChangeIndex(option: Option, localityId: string): number {
	const travel = option.travel;
	for (let j = 0; j < travel.length; j++) if ((travel[j] as (typeof travel)[number]).localityId === localityId) return j;
	return -1;
}

/**
 * Coverage of an FLS starting at year index `from` with its ramp: 0 before it starts, then the
 * ramp's shares in its first, second... year, the last share held. Example: from 1, ramp
 * [0.5, 0.8, 1] over 5 years gives 0, 0.5, 0.8, 1, 1.
 */
export function flsCoverage(years: number, from: number, ramp: readonly number[], out = new Float64Array(years)): Float64Array {
	const last = ramp.length - 1;
	for (let y = 0; y < years; y++) out[y] = y < from ? 0 : (ramp[Math.min(y - from, last)] as number);
	return out;
}

/** The fixed weekly hours with the option's changes that have started by year index `at` applied in order (hours floored at 0). */
function fixedStaffAt(s: Scenario, option: Option, starts: readonly number[], at: number): FixedStaff {
	const fixedStaff: FixedStaff = [];
	for (const f of s.staffing.fixedStaff) {
		const e = fixedEntry(fixedStaff, f.roleId);
		e.hoursPerWeek = e.hoursPerWeek + f.hoursPerWeek;
	}
	const changes = option.fixedStaffChanges;
	for (let j = 0; j < changes.length; j++) {
		if ((starts[j] as number) > at) continue;
		const f = changes[j] as (typeof changes)[number];
		const e = fixedEntry(fixedStaff, f.roleId);
		e.hoursPerWeek = Math.max(0, e.hoursPerWeek + f.extraHoursPerWeek);
	}
	return fixedStaff;
}

/** The role's entry in the list, added with 0 hours at the end when it has none yet. */
function fixedEntry(fixedStaff: FixedStaff, roleId: string): FixedStaff[number] {
	for (const x of fixedStaff) if (x.roleId === roleId) return x;
	const f = { roleId, hoursPerWeek: 0 };
	fixedStaff.push(f);
	return f;
}

/** One field of an option's scanner change written over the baseline's, when the change sets it. */
function changeField<K extends (typeof SCANNER_CHANGE_FIELDS)[number]>(copy: Scanner, change: ScannerChange, key: K): void {
	const v = change[key];
	if (v !== undefined) copy[key] = v as Scanner[K];
}

/** An option without removal years (a constant, not a new object per call). */
const NO_REMOVAL_YEARS: Readonly<Record<string, number>> = Object.freeze({});

/** The option's change to the scanner with this id, if it changes it (the first listed, as find() would). */
function changeOf(option: Option, id: string): ScannerChange | undefined {
	const changes = option.scannerChanges;
	for (let i = 0; i < changes.length; i++) if ((changes[i] as ScannerChange).scannerId === id) return changes[i];
	return undefined;
}

/** The year index the site a travel change follows opens: an added scanner's installation, a changed scanner's change (0 when none is named). */
function siteOpens(s: Scenario, option: Option, id: string | undefined): number {
	if (id === undefined) return 0;
	const added = option.addScanners.find((sc) => sc.id === id);
	if (added) return startIndex(s, added.installedYear);
	const change = changeOf(option, id);
	return change ? startIndex(s, change.startYear) : 0;
}

/**
 * Apply an option's changes to the baseline service. Pure: the scenario is not modified, and the
 * engine never writes to a scanner, so unchanged and added scanners are used as they are (this
 * runs for every option of every Monte Carlo iteration).
 */
export function effectiveService(s: Scenario, option: Option): EffectiveService {
	const H = s.horizonYears;
	const removed = option.removeScannerIds;
	const scanners: EffectiveScanner[] = [];
	const phases: ScannerPhase[] = [];
	for (const sc of s.scanners) {
		// A scanner removed from the first year is not in the service; one removed later runs until then.
		const until = removed.includes(sc.id) ? startIndex(s, (option.removeScannerYears ?? NO_REMOVAL_YEARS)[sc.id]) : H;
		if (until <= 0) continue;
		const change = changeOf(option, sc.id);
		if (!change) {
			scanners.push(sc);
			phases.push({ from: 0, before: null, until });
			continue;
		}
		// The baseline's fields with the change's defined ones written over them.
		const copy: Scanner = { ...sc };
		for (const key of SCANNER_CHANGE_FIELDS) changeField(copy, change, key);
		const from = startIndex(s, change.startYear);
		scanners.push(copy);
		phases.push({ from, before: from > 0 ? sc : null, until });
	}
	for (const sc of option.addScanners) {
		scanners.push(sc);
		phases.push({ from: 0, before: null, until: H });
	}

	// Fixed weekly hours by role, in order of first mention (baseline, then the option's changes), at each start.
	const staffStarts = option.fixedStaffChanges.map((f) => startIndex(s, f.startYear));
	// With no fixed staff changes (most options) the one step is the baseline's from year 0.
	const fixedStaffSteps =
		staffStarts.length === 0
			? [{ from: 0, staff: fixedStaffAt(s, option, staffStarts, 0) }]
			: [...new Set([0, ...staffStarts])]
					.filter((y) => y < H || y === 0)
					.sort((a, b) => a - b)
					.map((from) => ({ from, staff: fixedStaffAt(s, option, staffStarts, from) }));

	// A travel change starts with the site that causes it (an added scanner's installation, a changed scanner's change) and not before its own start year.
	const travelFrom = option.travel.map((t) => Math.max(siteOpens(s, option, t.siteScannerId), startIndex(s, t.startYear)));

	const newFls = option.addFls && !s.fls.inBaseline;
	const flsFrom = newFls ? startIndex(s, option.fls?.startYear) : 0;
	const ramp = newFls ? (option.fls?.ramp ?? [1]) : null;
	const phased = ramp !== null && (flsFrom > 0 || ramp.some((r) => r !== 1));

	return {
		option,
		scanners,
		phases,
		fixedStaff: (fixedStaffSteps[fixedStaffSteps.length - 1] as (typeof fixedStaffSteps)[number]).staff,
		fixedStaffSteps,
		travelFrom,
		hasFls: s.fls.inBaseline || option.addFls,
		flsFrom,
		flsCoverage: phased && ramp ? flsCoverage(H, flsFrom, ramp) : null
	};
}

/** The scanner as it runs in year index y under the option (phases), or null when it is not in the service that year. */
export function scannerInYear(svc: EffectiveService, k: number, y: number): EffectiveScanner | null {
	const p = svc.phases[k] as ScannerPhase;
	if (y >= p.until) return null;
	return y < p.from && p.before ? p.before : (svc.scanners[k] as EffectiveScanner);
}
