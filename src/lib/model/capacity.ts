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

/**
 * One scanner in one year.
 * operating days = 52 x days a week - bank holidays (pro rata to days a week) - maintenance days
 *   - relocation days (mobile) - commissioning weeks x days a week (installation year)
 *   - cross-calibration days (replacement year);
 * minutes a day = sessions a day x session hours x 60 - daily QA;
 * slots = minutes a day / average slot x operating days (x throughput factor for a mobile unit);
 * capacity = slots x attendance rate.
 */
export function scannerYear(s: Scenario, sc: EffectiveScanner, yearIndex: number, events: readonly PurchaseEvent[]): ScannerYear {
	const year = s.startYear + yearIndex;
	const event = events.find((e) => e.yearIndex === yearIndex);
	if (year < sc.installedYear || sc.sessionsPerWeek <= 0) return { scannerId: sc.id, operatingDays: 0, sessions: 0, slots: 0, capacity: 0, replaced: event?.kind === 'replacement' };
	const days = sc.operatingDaysPerWeek;
	let lost = sc.bankHolidayDays * Math.min(1, days / 5) + sc.maintenanceDays;
	if (sc.kind === 'mobile' && sc.mobile) lost += sc.mobile.movesPerYear * sc.mobile.relocationDaysPerMove;
	if (event?.kind === 'install') lost += sc.commissioningWeeks * days;
	if (event?.kind === 'replacement') lost += sc.crossCalibrationDays;
	const operatingDays = Math.max(0, 52 * days - lost);
	const sessionsPerDay = sc.sessionsPerWeek / days;
	const minutesPerDay = Math.max(0, sessionsPerDay * sc.sessionHours * 60 - sc.qaMinutesPerDay);
	const throughput = sc.kind === 'mobile' && sc.mobile ? sc.mobile.throughputFactor : 1;
	const slots = (minutesPerDay / averageSlotMinutes(s, sc)) * operatingDays * throughput;
	return {
		scannerId: sc.id,
		operatingDays,
		sessions: sessionsPerDay * operatingDays,
		slots,
		capacity: slots * attendanceRate(sc),
		replaced: event?.kind === 'replacement'
	};
}

/** Every scanner's year-by-year figures, with its purchase events. */
export function scannerYears(s: Scenario, scanners: readonly EffectiveScanner[]): { scanner: EffectiveScanner; events: PurchaseEvent[]; years: ScannerYear[] }[] {
	return scanners.map((sc) => ({ scanner: sc, ...oneScannerYears(s, sc) }));
}

/** One scanner's purchase events and year-by-year figures. */
export function oneScannerYears(s: Scenario, sc: EffectiveScanner): { events: PurchaseEvent[]; years: ScannerYear[] } {
	const events = purchases(sc.installedYear, sc.lifetimeYears, s.startYear, s.horizonYears);
	const years = Array.from({ length: s.horizonYears }, (_, y) => scannerYear(s, sc, y, events));
	return { events, years };
}
