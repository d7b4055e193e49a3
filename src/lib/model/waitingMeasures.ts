import { targetCapacity, targetQueueSize, reliefCapacity, factorForShare, targetMeanWait, squaredCvFromMonthlyCounts } from './queueing';

/** Weeks in a year, for turning annual figures into weekly rates (52, as the waiting list uses 52 / 12 weeks a month). */
const WEEKS = 52;

export interface WaitingMeasureInput {
	/** Referrals (demand) a year and scans the service can do a year, by year index. */
	demand: readonly number[];
	capacity: readonly number[];
	startingBacklog: number;
	standardWeeks: number;
	/** Largest share allowed to wait beyond the standard (0.01, 0.05). */
	standardShare: number;
	/** Month-to-month CVs of referrals and of scans; undefined for a Poisson stream (squared CV 1). */
	referralsMonthlyCv?: number;
	scansMonthlyCv?: number;
	reliefWeeks: number;
}

export interface WaitingMeasureYear {
	/** Mean wait that keeps the share beyond the standard at `standardShare`: standard / ln(1 / share). */
	meanWaitWeeks: number;
	/** Waiting list consistent with the standard (Little's law), patients. */
	targetQueue: number;
	/** Scans a year that hold the standard with this variation (Kingman), and that minus the capacity (positive: short). */
	capacityToHold: number;
	shortfall: number;
}

export interface WaitingMeasures {
	factor: number;
	demandSquaredCv: number[];
	capacitySquaredCv: number[];
	byYear: WaitingMeasureYear[];
	/** Scans a year, in the first year, that bring the starting list to the first year's target queue in `reliefWeeks`; null when it is already there. */
	reliefCapacityFirstYear: number | null;
}

/**
 * The waiting-time measures under variation for one option (docs/methods.md, "Waiting times
 * under variation"): per year, the target list and the capacity that holds the standard given
 * the variation of referrals and scans, and in the first year the relief capacity for the
 * starting list. Weekly rates are the annual figures / 52; monthly means (for the squared CVs)
 * the annual figures / 12. Every number is finite for valid input (a year with no referrals
 * needs no capacity).
 */
export function waitingMeasures(i: WaitingMeasureInput): WaitingMeasures {
	const factor = factorForShare(i.standardShare);
	const sq = (cv: number | undefined, perYear: number) => (cv === undefined ? 1 : squaredCvFromMonthlyCounts(cv, perYear / 12));
	const demandSquaredCv = i.demand.map((d) => sq(i.referralsMonthlyCv, d));
	const capacitySquaredCv = i.capacity.map((c) => sq(i.scansMonthlyCv, c));
	const meanWaitWeeks = factor > 0 ? targetMeanWait(i.standardWeeks, factor) : i.standardWeeks;
	const byYear = i.demand.map((d, y) => {
		const weekly = d / WEEKS;
		if (!(weekly > 0)) return { meanWaitWeeks, targetQueue: 0, capacityToHold: 0, shortfall: -(i.capacity[y] ?? 0) };
		const perWeek = targetCapacity(weekly, i.standardWeeks, factor, Math.sqrt(demandSquaredCv[y] as number), Math.sqrt(capacitySquaredCv[y] as number));
		const capacityToHold = perWeek * WEEKS;
		return { meanWaitWeeks, targetQueue: targetQueueSize(weekly, i.standardWeeks, factor), capacityToHold, shortfall: capacityToHold - (i.capacity[y] ?? 0) };
	});
	const first = byYear[0];
	const relief = first && i.startingBacklog > first.targetQueue ? reliefCapacity((i.demand[0] ?? 0) / WEEKS, i.startingBacklog, first.targetQueue, i.reliefWeeks) * WEEKS : null;
	return { factor, demandSquaredCv, capacitySquaredCv, byYear, reliefCapacityFirstYear: relief };
}
