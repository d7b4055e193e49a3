import { waitingBeyondStandard } from './beyondStandard';
import { ownBuffers, type Alloc } from './slab';

export const WEEKS_PER_MONTH = 52 / 12;

/** Longest spread of the starting backlog over the months before the start. */
const MAX_BACKLOG_MONTHS = 24;

/**
 * Chance that a patient who joined the list d whole months before the month they are seen waited
 * no longer than the standard W (in months). Joining and seen times are spread evenly within their
 * months, so the wait is d + U1 - U2 with U1, U2 uniform on [0, 1]; U1 - U2 has the triangular
 * distribution on [-1, 1] with CDF (x + 1)^2 / 2 below 0 and 1 - (1 - x)^2 / 2 above.
 * Example, W = 6 weeks = 1.385 months: d = 0 gives 1, d = 1 gives 0.811, d = 2 gives 0.074.
 */
export function withinStandardProbability(d: number, standardMonths: number): number {
	const x = standardMonths - d;
	if (x <= -1) return 0;
	if (x >= 1) return 1;
	return x <= 0 ? ((x + 1) * (x + 1)) / 2 : 1 - ((1 - x) * (1 - x)) / 2;
}

/**
 * The month-by-month waiting list of one option: the month's referrals, capacity, scans seen
 * (and of those, the expected number seen within the standard), the list at the month's end and
 * its estimated wait; by year, scans seen and the share seen within the standard; and the
 * end-of-horizon figures. Months run from 0 (April of the first year).
 */
export interface WaitingSeries {
	referrals: Float64Array;
	capacity: Float64Array;
	seen: Float64Array;
	seenWithinStandard: Float64Array;
	listSize: Float64Array;
	/** Patients on the list at the month's end who have waited longer than the standard (beyondStandard.ts). */
	beyondStandard: Float64Array;
	/** List / weekly capacity, in weeks; NaN when it cannot be estimated (no capacity with patients waiting). */
	waitWeeks: Float64Array;
	seenByYear: Float64Array;
	withinStandardShareByYear: Float64Array;
	startListSize: number;
	endListSize: number;
	/** NaN when it cannot be estimated. */
	endWaitWeeks: number;
	/** First month from which the wait stays within the standard to the end; -1 if it never does. */
	backlogClearsMonth: number;
	/** The queue of cohorts (month joined, patients left), worked through first in first out. */
	arrivals: Float64Array;
	counts: Float64Array;
}

export function newWaitingSeries(years: number, m: Alloc = ownBuffers()): WaitingSeries {
	const months = 12 * years;
	return {
		referrals: m.f64(months),
		capacity: m.f64(months),
		seen: m.f64(months),
		seenWithinStandard: m.f64(months),
		listSize: m.f64(months),
		beyondStandard: m.f64(months),
		waitWeeks: m.f64(months),
		seenByYear: m.f64(years),
		withinStandardShareByYear: m.f64(years),
		startListSize: 0,
		endListSize: 0,
		endWaitWeeks: NaN,
		backlogClearsMonth: -1,
		arrivals: m.f64(MAX_BACKLOG_MONTHS + months),
		counts: m.f64(MAX_BACKLOG_MONTHS + months)
	};
}

export interface WaitingListInput {
	/** Years of the horizon. */
	years: number;
	/** Annual referrals (demand) by year index. */
	demand: ArrayLike<number>;
	/** Annual scans the service can deliver by year index. */
	capacity: ArrayLike<number>;
	startingBacklog: number;
	standardWeeks: number;
	/**
	 * Whether to fill the monthly series (referrals, capacity, scans seen, the list, those on it
	 * beyond the standard and its wait; default true). Without them the yearly and end-of-horizon
	 * figures are the same: only the tables read the months.
	 */
	monthly?: boolean;
}

/**
 * Month-by-month waiting list, first in first out. Each month's referrals (annual demand / 12)
 * join as a cohort; the month's capacity (annual capacity / 12) sees the oldest cohorts first.
 * The starting backlog is taken to have built up at the first year's referral rate, so it is
 * spread evenly over the months before the start (at most 24). The estimated wait is the list
 * over the weekly capacity; the backlog has cleared from the month after the last one whose wait
 * is beyond the standard (or cannot be estimated): a list that dips within the standard and grows
 * again has not cleared.
 */
export function runWaitingList(input: WaitingListInput, w: WaitingSeries): void {
	const { demand, capacity, standardWeeks, startingBacklog } = input;
	const monthly = input.monthly !== false;
	const standardMonths = standardWeeks / WEEKS_PER_MONTH;
	const firstMonthly = (demand[0] ?? 0) / 12;
	const backlogMonths = startingBacklog <= 0 ? 0 : firstMonthly > 0 ? Math.min(MAX_BACKLOG_MONTHS, Math.max(1, Math.ceil(startingBacklog / firstMonthly))) : 1;
	const { arrivals, counts } = w;
	let tail = 0;
	for (let k = backlogMonths; k >= 1; k--) {
		arrivals[tail] = -k;
		counts[tail] = startingBacklog / backlogMonths;
		tail++;
	}
	let head = 0;
	let list = startingBacklog;
	let lastOver = -1;
	let wait = NaN;
	for (let y = 0; y < input.years; y++) {
		const referrals = (demand[y] ?? 0) / 12;
		const monthCapacity = Math.max(0, (capacity[y] ?? 0) / 12);
		const weekly = monthCapacity / WEEKS_PER_MONTH;
		let seenYear = 0;
		let withinYear = 0;
		for (let m = 0; m < 12; m++) {
			const t = y * 12 + m;
			arrivals[tail] = t;
			counts[tail] = referrals;
			tail++;
			list += referrals;
			let remaining = Math.min(monthCapacity, list);
			let seen = 0;
			let seenWithin = 0;
			while (remaining > 1e-9 && head < tail) {
				const take = Math.min(remaining, counts[head] as number);
				seen += take;
				seenWithin += take * withinStandardProbability(t - (arrivals[head] as number), standardMonths);
				remaining -= take;
				counts[head] = (counts[head] as number) - take;
				if ((counts[head] as number) <= 1e-9) head++;
			}
			list = Math.max(0, list - seen);
			// A vanishingly small capacity (e.g. 1e-320 scans) overflows list / weekly to Infinity: treat it as none.
			const ratio = weekly > 0 ? list / weekly : list > 0 ? NaN : 0;
			wait = Number.isFinite(ratio) ? ratio : NaN;
			if (monthly) {
				w.referrals[t] = referrals;
				w.capacity[t] = monthCapacity;
				w.seen[t] = seen;
				w.seenWithinStandard[t] = seenWithin;
				w.listSize[t] = list;
				w.beyondStandard[t] = waitingBeyondStandard(arrivals, counts, head, tail, t, standardMonths, list);
				w.waitWeeks[t] = wait;
			}
			if (Number.isNaN(wait) || wait > standardWeeks) lastOver = t;
			seenYear += seen;
			withinYear += seenWithin;
		}
		w.seenByYear[y] = seenYear;
		w.withinStandardShareByYear[y] = seenYear > 0 ? withinYear / seenYear : 1;
	}
	const months = 12 * input.years;
	w.startListSize = startingBacklog;
	// The last month's list and wait (those the monthly series end with).
	w.endListSize = months > 0 ? list : startingBacklog;
	w.endWaitWeeks = months > 0 ? wait : NaN;
	w.backlogClearsMonth = lastOver + 1 < months ? lastOver + 1 : -1;
}
