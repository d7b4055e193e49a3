import type { Option, Scanner, ScannerChange, Scenario } from './schema/scenario';
import { SCANNER_CHANGE_FIELDS } from './schema/lists';

/**
 * A scanner as it runs under one option: a baseline scanner the option leaves alone (the very
 * object from the scenario), a copy with the option's changes, or a scanner the option adds.
 */
export type EffectiveScanner = Scanner;

/** Fixed weekly hours by role. */
export type FixedStaff = { roleId: string; hoursPerWeek: number }[];

/** The fixed weekly hours in effect from year index `from`. */
export interface FixedStaffStep {
	from: number;
	staff: FixedStaff;
}

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

/**
 * The service under one option: the baseline with the option's changes applied. An arena holds
 * one, which effectiveService refills in place for each option the kernel computes (the Monte
 * Carlo analysis does this for every option of every iteration): read it before the next option's
 * kernel runs. Its lists are rebuilt from objects it keeps (the work space below), so refilling it
 * makes no garbage.
 */
export class EffectiveService {
	option!: Option;
	/** Each scanner as it runs once the option's changes have started, in the service's order. */
	readonly scanners: EffectiveScanner[] = [];
	/** Each scanner's phases, in the same order. */
	readonly phases: ScannerPhase[] = [];
	/** Fixed weekly hours once every change has started (the last step's). */
	fixedStaff: FixedStaff = [];
	/** Fixed weekly hours by the year index they start from: the first step from 0, the last equal to `fixedStaff`. */
	readonly fixedStaffSteps: FixedStaffStep[] = [];
	/**
	 * The year index each of the option's travel changes starts, in option.travel's order: its
	 * first option.travel.length entries (kept from option to option, and made longer when needed).
	 */
	travelFrom = new Float64Array(0);
	hasFls = false;
	/** The year index the option's new FLS starts (0 for an FLS that runs today). */
	flsFrom = 0;
	/**
	 * Share of the FLS's full caseload reached in each year of the horizon: 0 before it starts, then
	 * its ramp (the last share held); null when it is 1 in every year (an FLS running today, or a
	 * new one at full coverage from the first year).
	 */
	flsCoverage: Float64Array | null = null;

	// Work space: the objects the lists above are made of, kept to be refilled.
	/** A copy of a baseline scanner with a change applied, by the change (and the scanner it was copied from). */
	readonly copies = new WeakMap<ScannerChange, { from: Scanner; copy: Scanner }>();
	readonly phasePool: ScannerPhase[] = [];
	/** The fixed staff steps' objects, each with its own entries by role. */
	readonly stepPool: KeptStep[] = [];
	/** The year index each fixed staff change starts (option.fixedStaffChanges' order; the first that many entries). */
	staffStarts = new Float64Array(0);
	readonly coverage: Float64Array;

	constructor(years: number) {
		this.coverage = new Float64Array(years);
	}
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
export function flsCoverage(years: number, from: number, ramp: readonly number[], out: Float64Array = new Float64Array(years)): Float64Array {
	const last = ramp.length - 1;
	for (let y = 0; y < years; y++) out[y] = y < from ? 0 : (ramp[Math.min(y - from, last)] as number);
	return out;
}

/** A fixed staff step with the entry objects its list is made of (kept to be refilled). */
interface KeptStep {
	step: FixedStaffStep;
	entries: FixedStaff;
}

/** The fixed weekly hours with the option's changes that have started by year index `at` applied in order (hours floored at 0), into `into`. */
function fixedStaffAt(s: Scenario, option: Option, starts: ArrayLike<number>, at: number, into: KeptStep): void {
	const staff = into.step.staff;
	let n = 0;
	const base = s.staffing.fixedStaff;
	for (let j = 0; j < base.length; j++) {
		const f = base[j] as (typeof base)[number];
		const i = entryIndex(into, n, f.roleId);
		if (i === n) n++;
		const e = staff[i] as FixedStaff[number];
		e.hoursPerWeek = e.hoursPerWeek + f.hoursPerWeek;
	}
	const changes = option.fixedStaffChanges;
	for (let j = 0; j < changes.length; j++) {
		if ((starts[j] as number) > at) continue;
		const f = changes[j] as (typeof changes)[number];
		const i = entryIndex(into, n, f.roleId);
		if (i === n) n++;
		const e = staff[i] as FixedStaff[number];
		e.hoursPerWeek = Math.max(0, e.hoursPerWeek + f.extraHoursPerWeek);
	}
	// Shortened, never emptied unless it has no entries at all (an emptied list gives up its storage).
	setLength(staff, n);
}

/**
 * The index of the role's entry among the first n of the step's list; n when it has none yet,
 * after putting the n-th entry object there with the role and 0 hours (in order of first mention).
 */
function entryIndex(into: KeptStep, n: number, roleId: string): number {
	const staff = into.step.staff;
	for (let i = 0; i < n; i++) if ((staff[i] as FixedStaff[number]).roleId === roleId) return i;
	let e = into.entries[n];
	if (!e) {
		e = { roleId, hoursPerWeek: 0 };
		into.entries.push(e);
	}
	e.roleId = roleId;
	e.hoursPerWeek = 0;
	staff[n] = e;
	return n;
}

/** A kept list cut to n entries (setting a length is a call into the engine's runtime: most fills leave it as it was). */
function setLength(list: unknown[], n: number): void {
	if (list.length !== n) list.length = n;
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
	const added = option.addScanners;
	for (let i = 0; i < added.length; i++) {
		const sc = added[i] as Scanner;
		if (sc.id === id) return startIndex(s, sc.installedYear);
	}
	const change = changeOf(option, id);
	return change ? startIndex(s, change.startYear) : 0;
}

/**
 * The baseline scanner with the change's defined fields written over it: a copy kept by `svc`
 * from an earlier fill with the same change and scanner, its fields rewritten (the same fields,
 * in the same order, as a fresh copy's), else a fresh copy.
 */
function changedScanner(svc: EffectiveService, sc: Scanner, change: ScannerChange): Scanner {
	const kept = svc.copies.get(change);
	let copy: Scanner;
	if (kept && kept.from === sc && sameOptionalFields(kept.copy, sc)) copy = refreshCopy(kept.copy, sc);
	else {
		// Property by property onto {}, as the scenario's own objects are built, so the copy has the
		// baseline scanner's hidden class and every stage reads both kinds of scanner alike (a spread
		// made a class of its own, and V8 then boxed each number it read from either).
		copy = Object.assign({}, sc);
		svc.copies.set(change, { from: sc, copy });
	}
	for (let i = 0; i < SCANNER_CHANGE_FIELDS.length; i++) changeField(copy, change, SCANNER_CHANGE_FIELDS[i] as (typeof SCANNER_CHANGE_FIELDS)[number]);
	return copy;
}

/**
 * Every field of a baseline scanner written onto a copy made from it (so with the same fields):
 * field by field rather than by Object.assign, which boxed every number it copied.
 * test/model/serviceReuse.test.ts checks that this list is the schema's (ScannerSchema).
 */
function refreshCopy(to: Scanner, from: Scanner): Scanner {
	to.id = from.id;
	to.name = from.name;
	to.kind = from.kind;
	if (from.localityId !== undefined) to.localityId = from.localityId;
	to.servesLocalityIds = from.servesLocalityIds;
	to.installedYear = from.installedYear;
	to.sessionsPerWeek = from.sessionsPerWeek;
	to.sessionHours = from.sessionHours;
	to.operatingDaysPerWeek = from.operatingDaysPerWeek;
	to.bankHolidayDays = from.bankHolidayDays;
	to.maintenanceDays = from.maintenanceDays;
	to.qaMinutesPerDay = from.qaMinutesPerDay;
	to.slotMinutes = from.slotMinutes;
	to.dnaRate = from.dnaRate;
	to.overbookingRate = from.overbookingRate;
	to.commissioningWeeks = from.commissioningWeeks;
	to.staffPerSession = from.staffPerSession;
	to.purchaseCostGbp = from.purchaseCostGbp;
	to.lifetimeYears = from.lifetimeYears;
	to.installationCostGbp = from.installationCostGbp;
	to.roomWorksCostGbp = from.roomWorksCostGbp;
	to.itCostGbp = from.itCostGbp;
	to.warrantyYears = from.warrantyYears;
	to.maintenancePerYearGbp = from.maintenancePerYearGbp;
	to.estatesPerYearGbp = from.estatesPerYearGbp;
	to.crossCalibrationCostGbp = from.crossCalibrationCostGbp;
	to.crossCalibrationDays = from.crossCalibrationDays;
	if (from.mobile !== undefined) to.mobile = from.mobile;
	return to;
}

/** Whether a copy has the optional fields the scanner has (a copy refreshed field by field keeps its own). */
function sameOptionalFields(copy: Scanner, sc: Scanner): boolean {
	return (copy.localityId === undefined) === (sc.localityId === undefined) && (copy.mobile === undefined) === (sc.mobile === undefined);
}

/** The k-th phase object of `svc`, kept from an earlier fill when there is one, with its fields set. */
function phase(svc: EffectiveService, k: number, from: number, before: EffectiveScanner | null, until: number): ScannerPhase {
	let p = svc.phasePool[k];
	if (!p) {
		p = { from, before, until };
		svc.phasePool.push(p);
	}
	p.from = from;
	p.before = before;
	p.until = until;
	return p;
}

/** An FLS ramp when the option gives none: full coverage from its start. */
const FULL_RAMP: readonly number[] = Object.freeze([1]);

/**
 * Apply an option's changes to the baseline service, into `out` (by default a new service; the
 * kernel passes its arena's). The scenario is not modified, and the engine never writes to a
 * scanner, so unchanged and added scanners are used as they are.
 */
export function effectiveService(s: Scenario, option: Option, out: EffectiveService = new EffectiveService(s.horizonYears)): EffectiveService {
	const H = s.horizonYears;
	const removed = option.removeScannerIds;
	const scanners = out.scanners;
	const phases = out.phases;
	let K = 0;
	const baseline = s.scanners;
	for (let i = 0; i < baseline.length; i++) {
		const sc = baseline[i] as Scanner;
		// A scanner removed from the first year is not in the service; one removed later runs until then.
		const until = removed.includes(sc.id) ? startIndex(s, (option.removeScannerYears ?? NO_REMOVAL_YEARS)[sc.id]) : H;
		if (until <= 0) continue;
		const change = changeOf(option, sc.id);
		if (!change) {
			scanners[K] = sc;
			phases[K] = phase(out, K, 0, null, until);
			K++;
			continue;
		}
		const from = startIndex(s, change.startYear);
		scanners[K] = changedScanner(out, sc, change);
		phases[K] = phase(out, K, from, from > 0 ? sc : null, until);
		K++;
	}
	const added = option.addScanners;
	for (let i = 0; i < added.length; i++) {
		scanners[K] = added[i] as Scanner;
		phases[K] = phase(out, K, 0, null, H);
		K++;
	}
	setLength(scanners, K);
	setLength(phases, K);

	// Fixed weekly hours by role, in order of first mention (baseline, then the option's changes), at each start:
	// one step from year 0, then one from each later start inside the horizon, in year order.
	const changes = option.fixedStaffChanges;
	if (out.staffStarts.length < changes.length) out.staffStarts = new Float64Array(changes.length);
	const starts = out.staffStarts;
	for (let j = 0; j < changes.length; j++) starts[j] = startIndex(s, (changes[j] as (typeof changes)[number]).startYear);
	const steps = out.fixedStaffSteps;
	let n = stepFrom(out, 0, 0);
	for (let j = 0; j < changes.length; j++) {
		const from = starts[j] as number;
		if (from < H) n = stepFrom(out, n, from);
	}
	setLength(steps, n);
	// The steps in use are the pool's first n (stepFrom), each filled for its own year.
	for (let i = 0; i < n; i++) {
		const kept = out.stepPool[i] as KeptStep;
		fixedStaffAt(s, option, starts, kept.step.from, kept);
	}
	out.fixedStaff = (steps[n - 1] as FixedStaffStep).staff;

	// A travel change starts with the site that causes it (an added scanner's installation, a changed scanner's change) and not before its own start year.
	const travel = option.travel;
	if (out.travelFrom.length < travel.length) out.travelFrom = new Float64Array(travel.length);
	const travelFrom = out.travelFrom;
	for (let j = 0; j < travel.length; j++) {
		const t = travel[j] as (typeof travel)[number];
		travelFrom[j] = Math.max(siteOpens(s, option, t.siteScannerId), startIndex(s, t.startYear));
	}

	const newFls = option.addFls && !s.fls.inBaseline;
	const flsFrom = newFls ? startIndex(s, option.fls?.startYear) : 0;
	const ramp = newFls ? (option.fls?.ramp ?? FULL_RAMP) : null;
	let phased = false;
	if (ramp !== null) {
		phased = flsFrom > 0;
		for (let i = 0; i < ramp.length && !phased; i++) phased = ramp[i] !== 1;
	}
	out.option = option;
	out.hasFls = s.fls.inBaseline || option.addFls;
	out.flsFrom = flsFrom;
	out.flsCoverage = phased && ramp ? flsCoverage(H, flsFrom, ramp, out.coverage) : null;
	return out;
}

/** With n steps so far, a step from year index `from` inserted in year order unless there is one already; returns the count of steps. */
function stepFrom(svc: EffectiveService, n: number, from: number): number {
	const steps = svc.fixedStaffSteps;
	for (let i = 0; i < n; i++) if ((steps[i] as FixedStaffStep).from === from) return n;
	let kept = svc.stepPool[n];
	if (!kept) {
		kept = { step: { from, staff: [] }, entries: [] };
		svc.stepPool.push(kept);
	}
	const step = kept.step;
	step.from = from;
	// Into year order: later steps move up one.
	let i = n;
	for (; i > 0 && (steps[i - 1] as FixedStaffStep).from > from; i--) steps[i] = steps[i - 1] as FixedStaffStep;
	steps[i] = step;
	return n + 1;
}

/** The scanner as it runs in year index y under the option (phases), or null when it is not in the service that year. */
export function scannerInYear(svc: EffectiveService, k: number, y: number): EffectiveScanner | null {
	const p = svc.phases[k] as ScannerPhase;
	if (y >= p.until) return null;
	return y < p.from && p.before ? p.before : (svc.scanners[k] as EffectiveScanner);
}
