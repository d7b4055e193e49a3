import type { Scenario, Option } from './schema/scenario';
import type { EffectiveScanner, EffectiveService, ScannerPhase } from './effective';
import { markPurchases, NO_EVENT, INSTALL, REPLACEMENT } from './assets';
import { slotMix, type SlotMix } from './pathwayDemand';
import { ownBuffers, type Alloc } from './slab';

/** Average booked minutes per scan for the scenario's mix of hip and spine, VFA and one-stop scans. */
export function averageSlotMinutes(s: Scenario, sc: EffectiveScanner, mix: SlotMix = s.demand): number {
	const { vfaShare, oneStopShare } = mix;
	return (1 - vfaShare - oneStopShare) * sc.slotMinutes.standard + vfaShare * sc.slotMinutes.withVfa + oneStopShare * sc.slotMinutes.oneStop;
}

/** Share of slots that produce a scan: booked (1 + overbooking) x attended (1 - DNA), never above 1. */
export function attendanceRate(sc: Pick<EffectiveScanner, 'dnaRate' | 'overbookingRate'>): number {
	return Math.min(1, (1 + sc.overbookingRate) * (1 - sc.dnaRate));
}

/**
 * The option's scanning capacity: each scanner's figures by year ([scanner][year], scanners in the
 * service's order), its purchases inside the horizon, outsourced scans and the total.
 */
export interface CapacitySeries {
	/** Scanners of the option being computed. */
	count: number;
	operatingDays: Float64Array;
	sessions: Float64Array;
	/**
	 * Sessions the weekly rota staffs in the year: sessions a week x 52 while the scanner runs
	 * (installed and with sessions). Bank holidays, maintenance, relocation and commissioning
	 * days cut the sessions run, not the staff employed (establishment.ts).
	 */
	rotaSessions: Float64Array;
	slots: Float64Array;
	capacity: Float64Array;
	/** NO_EVENT, INSTALL or REPLACEMENT (assets.ts). */
	event: Uint8Array;
	/** Scans bought from an independent provider, by year. */
	outsourced: Float64Array;
	/** Scans the option can deliver, by year: every scanner's capacity plus outsourced scans. */
	total: Float64Array;
	/** The option's shares of VFA and one-stop scans (pathwayDemand.ts slotMix), which set the average slot. */
	mix: SlotMix;
}

export function newCapacitySeries(years: number, scanners: number, m: Alloc = ownBuffers()): CapacitySeries {
	const n = years * Math.max(1, scanners);
	return {
		count: 0,
		operatingDays: m.f64(n),
		sessions: m.f64(n),
		rotaSessions: m.f64(n),
		slots: m.f64(n),
		capacity: m.f64(n),
		event: m.u8(n),
		outsourced: m.f64(years),
		total: m.f64(years),
		mix: { vfaShare: 0, oneStopShare: 0 }
	};
}

/** Outsourced scans in a year under the option's contract. */
export function outsourcedScans(option: Option, yearIndex: number): number {
	const o = option.outsourcing;
	if (!o || yearIndex < o.fromYearIndex || yearIndex >= o.fromYearIndex + o.years) return 0;
	return o.scansPerYear;
}

/**
 * One scanner in years [from, to) of the horizon, into row `k` of the series.
 * operating days = 52 x days a week - bank holidays (pro rata to days a week) - maintenance days
 *   - relocation days (mobile) - commissioning weeks x days a week (installation year)
 *   - cross-calibration days (replacement year); none before installation or with no sessions;
 * minutes a day = sessions a day x session hours x 60 - daily QA;
 * slots = minutes a day / average slot x operating days (x throughput factor for a mobile unit);
 * capacity = slots x attendance rate; sessions = sessions a day x operating days;
 * rota sessions = sessions a week x 52 (the staff establishment, establishment.ts).
 * Purchases (installation, replacements) are marked in the years of the range they fall in.
 */
function fillScanner(s: Scenario, sc: EffectiveScanner, c: CapacitySeries, k: number, mix: SlotMix, from: number, to: number): void {
	const H = s.horizonYears;
	const days = sc.operatingDaysPerWeek;
	// Days lost every year (bank holidays, maintenance, relocations), before any purchase in the year.
	let lost = sc.bankHolidayDays * Math.min(1, days / 5) + sc.maintenanceDays;
	if (sc.kind === 'mobile' && sc.mobile) lost += sc.mobile.movesPerYear * sc.mobile.relocationDaysPerMove;
	const sessionsPerDay = sc.sessionsPerWeek / days;
	const minutesPerDay = Math.max(0, sessionsPerDay * sc.sessionHours * 60 - sc.qaMinutesPerDay);
	const slotsPerDay = minutesPerDay / averageSlotMinutes(s, sc, mix);
	const throughput = sc.kind === 'mobile' && sc.mobile ? sc.mobile.throughputFactor : 1;
	const attendance = attendanceRate(sc);
	const row = k * H;
	markPurchases(sc.installedYear, sc.lifetimeYears, s.startYear, H, c.event, row, from, to);
	for (let y = from; y < to; y++) {
		const at = row + y;
		if (s.startYear + y < sc.installedYear || sc.sessionsPerWeek <= 0) {
			idle(c, at);
			continue;
		}
		// The year's lost days add to the constant ones in the order listed above.
		let yearLost = lost;
		if (c.event[at] === INSTALL) yearLost += sc.commissioningWeeks * days;
		if (c.event[at] === REPLACEMENT) yearLost += sc.crossCalibrationDays;
		const operatingDays = Math.max(0, 52 * days - yearLost);
		const slots = slotsPerDay * operatingDays * throughput;
		c.operatingDays[at] = operatingDays;
		c.sessions[at] = sessionsPerDay * operatingDays;
		c.rotaSessions[at] = sc.sessionsPerWeek * 52;
		c.slots[at] = slots;
		c.capacity[at] = slots * attendance;
	}
}

/** A year in which the scanner does not run (not yet installed, no sessions, or removed). */
function idle(c: CapacitySeries, at: number): void {
	c.operatingDays[at] = 0;
	c.sessions[at] = 0;
	c.rotaSessions[at] = 0;
	c.slots[at] = 0;
	c.capacity[at] = 0;
}

/** Every scanner of the service, then the option's capacity: the scanners' capacity summed in order, plus outsourced scans. */
export function fillCapacity(s: Scenario, svc: EffectiveService, c: CapacitySeries): void {
	const H = s.horizonYears;
	const K = svc.scanners.length;
	c.count = K;
	// The option's shares of VFA and one-stop scans (pathway.ts) set the average slot.
	const mix = slotMix(s, svc.option, c.mix);
	// Each scanner as it runs before its change starts, then as changed, and idle once removed (phasing, effective.ts).
	for (let k = 0; k < K; k++) {
		const p = svc.phases[k] as ScannerPhase;
		c.event.fill(NO_EVENT, k * H, k * H + H);
		if (p.before) fillScanner(s, p.before, c, k, mix, 0, Math.min(p.from, p.until));
		fillScanner(s, svc.scanners[k] as EffectiveScanner, c, k, mix, p.before ? p.from : 0, p.until);
		for (let y = p.until; y < H; y++) idle(c, k * H + y);
	}
	for (let y = 0; y < H; y++) {
		let total = 0;
		for (let k = 0; k < K; k++) total += c.capacity[k * H + y] as number;
		c.outsourced[y] = outsourcedScans(svc.option, y);
		c.total[y] = total + (c.outsourced[y] as number);
	}
}
