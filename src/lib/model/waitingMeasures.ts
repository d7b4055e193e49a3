import { targetCapacity, targetQueueSize, reliefCapacity, factorForShare, targetMeanWait, squaredCvFromMonthlyCounts } from './queueing';
import { ownBuffers, type Alloc } from './slab';

/** Weeks in a year, for turning annual figures into weekly rates (52, as the waiting list uses 52 / 12 weeks a month). */
const WEEKS = 52;

export interface WaitingMeasureInput {
	years: number;
	/** Referrals (demand) a year and scans the service can do a year, by year index. */
	demand: ArrayLike<number>;
	capacity: ArrayLike<number>;
	startingBacklog: number;
	standardWeeks: number;
	/** Largest share allowed to wait beyond the standard (0.01, 0.05). */
	standardShare: number;
	/** Month-to-month CVs of referrals and of scans; undefined for a Poisson stream (squared CV 1). */
	referralsMonthlyCv?: number;
	scansMonthlyCv?: number;
	reliefWeeks: number;
}

/** One option's waiting-time measures by year, in the engine's arena. */
export interface WaitingMeasureSeries {
	factor: number;
	/** Mean wait that keeps the share beyond the standard at the standard share: standard / ln(1 / share), weeks. */
	meanWaitWeeks: number;
	demandSquaredCv: Float64Array;
	capacitySquaredCv: Float64Array;
	/** Waiting list consistent with the standard (Little's law), patients. */
	targetList: Float64Array;
	/** Scans a year that hold the standard with this variation (Kingman). */
	capacityToHold: Float64Array;
	/** Scans a year in the first year that bring the starting list to the first year's target list in the relief weeks; NaN when it is already there. */
	reliefFirstYear: number;
}

export function newWaitingMeasureSeries(years: number, m: Alloc = ownBuffers()): WaitingMeasureSeries {
	return { factor: 0, meanWaitWeeks: 0, demandSquaredCv: m.f64(years), capacitySquaredCv: m.f64(years), targetList: m.f64(years), capacityToHold: m.f64(years), reliefFirstYear: NaN };
}

/**
 * The waiting-time measures under variation for one option (docs/methods.md, "Waiting times
 * under variation"): per year, the target list and the capacity that holds the standard given
 * the variation of referrals and scans, and in the first year the relief capacity for the
 * starting list. Weekly rates are the annual figures / 52; monthly means (for the squared CVs)
 * the annual figures / 12. A year with no referrals needs no capacity.
 */
export function fillWaitingMeasures(i: WaitingMeasureInput, out: WaitingMeasureSeries): void {
	const factor = factorForShare(i.standardShare);
	out.factor = factor;
	out.meanWaitWeeks = factor > 0 ? targetMeanWait(i.standardWeeks, factor) : i.standardWeeks;
	for (let y = 0; y < i.years; y++) {
		const d = i.demand[y] ?? 0;
		const c = i.capacity[y] ?? 0;
		const ca2 = i.referralsMonthlyCv === undefined ? 1 : squaredCvFromMonthlyCounts(i.referralsMonthlyCv, d / 12);
		const cs2 = i.scansMonthlyCv === undefined ? 1 : squaredCvFromMonthlyCounts(i.scansMonthlyCv, c / 12);
		out.demandSquaredCv[y] = ca2;
		out.capacitySquaredCv[y] = cs2;
		const weekly = d / WEEKS;
		out.targetList[y] = weekly > 0 ? targetQueueSize(weekly, i.standardWeeks, factor) : 0;
		out.capacityToHold[y] = weekly > 0 ? targetCapacity(weekly, i.standardWeeks, factor, Math.sqrt(ca2), Math.sqrt(cs2)) * WEEKS : 0;
	}
	const target = i.years > 0 ? (out.targetList[0] as number) : 0;
	out.reliefFirstYear = i.years > 0 && i.startingBacklog > target ? reliefCapacity((i.demand[0] ?? 0) / WEEKS, i.startingBacklog, target, i.reliefWeeks) * WEEKS : NaN;
}

/** The measures as plain numbers (tests, and readers outside the arena). */
export function waitingMeasures(i: WaitingMeasureInput): { factor: number; meanWaitWeeks: number; demandSquaredCv: number[]; capacitySquaredCv: number[]; targetList: number[]; capacityToHold: number[]; reliefFirstYear: number | null } {
	const s = newWaitingMeasureSeries(i.years);
	fillWaitingMeasures(i, s);
	return {
		factor: s.factor,
		meanWaitWeeks: s.meanWaitWeeks,
		demandSquaredCv: Array.from(s.demandSquaredCv),
		capacitySquaredCv: Array.from(s.capacitySquaredCv),
		targetList: Array.from(s.targetList),
		capacityToHold: Array.from(s.capacityToHold),
		reliefFirstYear: Number.isNaN(s.reliefFirstYear) ? null : s.reliefFirstYear
	};
}
