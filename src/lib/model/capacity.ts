import type { Scenario } from './schema/scenario';
import type { EffectiveScanner } from './effective';
import type { ScannerYear } from './results';
import { purchases, type PurchaseEvent } from './assets';

/** Average booked minutes per scan for the scenario's mix of hip and spine, VFA and one-stop scans. */
export function averageSlotMinutes(s: Scenario, sc: EffectiveScanner): number {
	const { vfaShare, oneStopShare } = s.demand;
	return (1 - vfaShare - oneStopShare) * sc.slotMinutes.standard + vfaShare * sc.slotMinutes.withVfa + oneStopShare * sc.slotMinutes.oneStop;
}

/** Share of slots that produce a scan: booked (1 + overbooking) x attended (1 - DNA), never above 1. */
export function attendanceRate(sc: Pick<EffectiveScanner, 'dnaRate' | 'overbookingRate'>): number {
	return Math.min(1, (1 + sc.overbookingRate) * (1 - sc.dnaRate));
}

/** A scanner's figures that do not change from year to year (see scannerYear). */
interface ScannerConstants {
	days: number;
	/** Bank holidays, maintenance and (mobile) relocation days, before any install or replacement in the year. */
	lost: number;
	sessionsPerDay: number;
	/** Slots a day: minutes a day / average slot. */
	slotsPerDay: number;
	throughput: number;
	attendance: number;
}

function scannerConstants(s: Scenario, sc: EffectiveScanner): ScannerConstants {
	const days = sc.operatingDaysPerWeek;
	let lost = sc.bankHolidayDays * Math.min(1, days / 5) + sc.maintenanceDays;
	if (sc.kind === 'mobile' && sc.mobile) lost += sc.mobile.movesPerYear * sc.mobile.relocationDaysPerMove;
	const sessionsPerDay = sc.sessionsPerWeek / days;
	const minutesPerDay = Math.max(0, sessionsPerDay * sc.sessionHours * 60 - sc.qaMinutesPerDay);
	return {
		days,
		lost,
		sessionsPerDay,
		slotsPerDay: minutesPerDay / averageSlotMinutes(s, sc),
		throughput: sc.kind === 'mobile' && sc.mobile ? sc.mobile.throughputFactor : 1,
		attendance: attendanceRate(sc)
	};
}

/**
 * One scanner in one year.
 * operating days = 52 x days a week - bank holidays (pro rata to days a week) - maintenance days
 *   - relocation days (mobile) - commissioning weeks x days a week (installation year)
 *   - cross-calibration days (replacement year);
 * minutes a day = sessions a day x session hours x 60 - daily QA;
 * slots = minutes a day / average slot x operating days (x throughput factor for a mobile unit);
 * capacity = slots x attendance rate.
 */
export function scannerYear(s: Scenario, sc: EffectiveScanner, yearIndex: number, events: readonly PurchaseEvent[], k: ScannerConstants = scannerConstants(s, sc)): ScannerYear {
	const event = eventIn(events, yearIndex);
	const operatingDays = operatingDaysIn(s, sc, yearIndex, event, k);
	if (operatingDays === null) return { scannerId: sc.id, operatingDays: 0, sessions: 0, slots: 0, capacity: 0, replaced: event?.kind === 'replacement' };
	const slots = k.slotsPerDay * operatingDays * k.throughput;
	return {
		scannerId: sc.id,
		operatingDays,
		sessions: k.sessionsPerDay * operatingDays,
		slots,
		capacity: slots * k.attendance,
		replaced: event?.kind === 'replacement'
	};
}

function eventIn(events: readonly PurchaseEvent[], yearIndex: number): PurchaseEvent | undefined {
	for (const e of events) if (e.yearIndex === yearIndex) return e;
	return undefined;
}

/** Operating days in the year, or null before installation or with no sessions. */
function operatingDaysIn(s: Scenario, sc: EffectiveScanner, yearIndex: number, event: PurchaseEvent | undefined, k: ScannerConstants): number | null {
	if (s.startYear + yearIndex < sc.installedYear || sc.sessionsPerWeek <= 0) return null;
	// The year's lost days add to the constant ones in the order listed above.
	let lost = k.lost;
	if (event?.kind === 'install') lost += sc.commissioningWeeks * k.days;
	if (event?.kind === 'replacement') lost += sc.crossCalibrationDays;
	return Math.max(0, 52 * k.days - lost);
}

/**
 * One scanner's capacity and sessions by year as plain arrays: the same numbers as the rows of
 * oneScannerYears, without a record per year (the Monte Carlo analysis needs only these two).
 */
export function scannerSeries(s: Scenario, sc: EffectiveScanner): { events: PurchaseEvent[]; capacity: number[]; sessions: number[] } {
	const events = purchases(sc.installedYear, sc.lifetimeYears, s.startYear, s.horizonYears);
	const k = scannerConstants(s, sc);
	const H = s.horizonYears;
	const capacity: number[] = new Array(H);
	const sessions: number[] = new Array(H);
	for (let y = 0; y < H; y++) {
		const operatingDays = operatingDaysIn(s, sc, y, eventIn(events, y), k);
		if (operatingDays === null) {
			capacity[y] = 0;
			sessions[y] = 0;
			continue;
		}
		capacity[y] = k.slotsPerDay * operatingDays * k.throughput * k.attendance;
		sessions[y] = k.sessionsPerDay * operatingDays;
	}
	return { events, capacity, sessions };
}

/** Every scanner's year-by-year figures, with its purchase events. */
export function scannerYears(s: Scenario, scanners: readonly EffectiveScanner[]): { scanner: EffectiveScanner; events: PurchaseEvent[]; years: ScannerYear[] }[] {
	return scanners.map((sc) => ({ scanner: sc, ...oneScannerYears(s, sc) }));
}

/** One scanner's purchase events and year-by-year figures. */
export function oneScannerYears(s: Scenario, sc: EffectiveScanner): { events: PurchaseEvent[]; years: ScannerYear[] } {
	const events = purchases(sc.installedYear, sc.lifetimeYears, s.startYear, s.horizonYears);
	const k = scannerConstants(s, sc);
	const years: ScannerYear[] = new Array(s.horizonYears);
	for (let y = 0; y < s.horizonYears; y++) years[y] = scannerYear(s, sc, y, events, k);
	return { events, years };
}
