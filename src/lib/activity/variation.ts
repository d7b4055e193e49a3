import { targetCapacity, targetQueueSize, reliefCapacity, factorForShare, squaredCvFromMonthlyCounts } from '../model/queueing';
import type { ActivityFit } from './fit';

const WEEKS_PER_MONTH = 52 / 12;

export interface VariationInputs {
	/** Maximum wait standard in weeks (the scenario's, 6 by default). */
	standardWeeks: number;
	/** Share of the list allowed to wait beyond it: 0.01 (the historic DM01 standard) or 0.05 (recent planning guidance). */
	share: number;
	/** Weeks in which to bring today's list down to the target queue. */
	reliefWeeks: number;
}

export interface VariationSummary {
	referralsMonthlyCv: number | null;
	scansMonthlyCv: number | null;
	/** Kingman's squared coefficients of variation (1, a Poisson stream, where the file has no figures). */
	demandSquaredCv: number;
	capacitySquaredCv: number;
	/** Fitted referrals a week over the next 12 months. */
	demandPerWeek: number;
	factor: number;
	meanWaitWeeks: number;
	/** Patients on the list consistent with the standard (Little's law). */
	targetQueue: number;
	/** Scans a week that hold the standard with this variation (Kingman). */
	capacityToHoldPerWeek: number;
	/** Scans a week over the last 12 months of the file. */
	scansPerWeek: number | null;
	/** Scans a week that bring today's list to the target queue in `reliefWeeks`; null with no list or already below it. */
	reliefPerWeek: number | null;
	/** Share of the last month's list waiting 6 weeks or more. */
	shareWaitingNow: number | null;
}

/**
 * The capacity a service needs to hold its waiting-time standard given its own month-to-month
 * variation (queueing.ts; docs/methods.md "Waiting times under variation"): the standard as a
 * factor ln(1 / share), the monthly CVs turned into Kingman's squared CVs by CV^2 x monthly mean.
 */
export function variationSummary(fit: ActivityFit, v: VariationInputs): VariationSummary | null {
	const ref = fit.referrals;
	if (!ref) return null;
	const scans = fit.scans;
	const demandSquaredCv = squaredCvFromMonthlyCounts(ref.monthlyCv, ref.mean);
	const capacitySquaredCv = scans ? squaredCvFromMonthlyCounts(scans.monthlyCv, scans.mean) : 1;
	const demandPerWeek = ref.nextYearTotal / 52;
	const factor = factorForShare(v.share);
	const meanWaitWeeks = v.standardWeeks / factor;
	const targetQueue = targetQueueSize(demandPerWeek, v.standardWeeks, factor);
	const lastYear = scans ? scans.values.slice(-12) : [];
	const scansPerWeek = lastYear.length ? lastYear.reduce((a, b) => a + b, 0) / lastYear.length / WEEKS_PER_MONTH : null;
	const list = fit.backlog?.waitingList ?? null;
	return {
		referralsMonthlyCv: ref.monthlyCv,
		scansMonthlyCv: scans?.monthlyCv ?? null,
		demandSquaredCv,
		capacitySquaredCv,
		demandPerWeek,
		factor,
		meanWaitWeeks,
		targetQueue,
		capacityToHoldPerWeek: targetCapacity(demandPerWeek, v.standardWeeks, factor, Math.sqrt(demandSquaredCv), Math.sqrt(capacitySquaredCv)),
		scansPerWeek,
		reliefPerWeek: list !== null && list > targetQueue ? reliefCapacity(demandPerWeek, list, targetQueue, v.reliefWeeks) : null,
		shareWaitingNow: fit.backlog && fit.backlog.waiting6 !== null && fit.backlog.waitingList > 0 ? fit.backlog.waiting6 / fit.backlog.waitingList : null
	};
}
