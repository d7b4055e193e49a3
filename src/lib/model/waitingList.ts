import type { WaitingListResult, WaitingMonth } from './results';

export const WEEKS_PER_MONTH = 52 / 12;

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

let queue = { arrivals: new Float64Array(0), counts: new Float64Array(0) };

/** The queue's arrays, at least `size` long (reused: a run writes each cell before reading it, and runs never overlap). */
function queueBuffers(size: number): { arrivals: Float64Array; counts: Float64Array } {
	if (queue.arrivals.length < size) {
		const n = Math.max(size, 2 * queue.arrivals.length);
		queue = { arrivals: new Float64Array(n), counts: new Float64Array(n) };
	}
	return queue;
}

export interface WaitingListInput {
	startYear: number;
	/** Annual referrals (demand) by year index. */
	demand: readonly number[];
	/** Annual scans the service can deliver by year index. */
	capacity: readonly number[];
	startingBacklog: number;
	standardWeeks: number;
}

/**
 * Month-by-month waiting list, first in first out. Each month's referrals (annual demand / 12)
 * join as a cohort; the month's capacity (annual capacity / 12) sees the oldest cohorts first.
 * The starting backlog is taken to have built up at the first year's referral rate, so it is
 * spread evenly over the months before the start (at most 24).
 */
export function simulateWaitingList(input: WaitingListInput): WaitingListResult {
	return runWaitingList(input, true).result;
}

/**
 * The simulation behind simulateWaitingList, also giving the scans seen in each year. With
 * `keepMonths` false the month-by-month rows and the share seen within the standard are not worked
 * out (`months` and `withinStandardShareByYear` are empty) but every other figure is computed by the
 * same arithmetic: the Monte Carlo analysis needs only the end-of-horizon summaries.
 */
export function runWaitingList(input: WaitingListInput, keepMonths: boolean): { result: WaitingListResult; seenByYear: number[] } {
	const { demand, capacity, standardWeeks } = input;
	const standardMonths = standardWeeks / WEEKS_PER_MONTH;
	const firstMonthly = (demand[0] ?? 0) / 12;
	const backlogMonths = input.startingBacklog <= 0 ? 0 : firstMonthly > 0 ? Math.min(24, Math.max(1, Math.ceil(input.startingBacklog / firstMonthly))) : 1;
	// The queue of cohorts (month joined, patients left), one per backlog month and horizon month.
	// This runs for every option of every Monte Carlo iteration, so the two arrays are kept between
	// runs (allocating them was a tenth of the run's time); every cell read is first written here.
	const size = (backlogMonths > 0 ? backlogMonths : 0) + 12 * demand.length;
	const { arrivals, counts } = queueBuffers(size);
	let tail = 0;
	for (let k = backlogMonths; k >= 1; k--) {
		arrivals[tail] = -k;
		counts[tail] = input.startingBacklog / backlogMonths;
		tail++;
	}
	let head = 0;
	let list = input.startingBacklog;
	const months: WaitingMonth[] = [];
	const within: number[] = [];
	const seenByYear: number[] = [];
	// The last month whose wait is beyond the standard (or cannot be estimated), and the final month's figures.
	let lastOver = -1;
	let lastList = input.startingBacklog;
	let lastWait: number | null = null;
	let monthCount = 0;

	for (let y = 0; y < demand.length; y++) {
		const referrals = (demand[y] ?? 0) / 12;
		const monthCapacity = Math.max(0, (capacity[y] ?? 0) / 12);
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
				if (keepMonths) seenWithin += take * withinStandardProbability(t - (arrivals[head] as number), standardMonths);
				remaining -= take;
				counts[head] = (counts[head] as number) - take;
				if ((counts[head] as number) <= 1e-9) head++;
			}
			list = Math.max(0, list - seen);
			const weekly = monthCapacity / WEEKS_PER_MONTH;
			// A vanishingly small capacity (e.g. 1e-320 scans) overflows list / weekly to Infinity: treat it as none.
			const ratio = weekly > 0 ? list / weekly : list > 0 ? null : 0;
			const wait = ratio !== null && Number.isFinite(ratio) ? ratio : null;
			if (keepMonths) months.push({ monthIndex: t, year: input.startYear + y, referrals, capacity: monthCapacity, seen, listSize: list, seenWithinStandard: seenWithin, estimatedWaitWeeks: wait });
			if (wait === null || wait > standardWeeks) lastOver = t;
			lastList = list;
			lastWait = wait;
			monthCount = t + 1;
			seenYear += seen;
			withinYear += seenWithin;
		}
		if (keepMonths) within.push(seenYear > 0 ? withinYear / seenYear : 1);
		seenByYear.push(seenYear);
	}
	// The backlog has cleared from the month after the last one whose wait is beyond the standard
	// (or cannot be estimated): a list that dips within the standard and grows again has not cleared.
	const backlogClearsMonth = lastOver + 1 < monthCount ? lastOver + 1 : null;
	return {
		result: {
			months,
			startListSize: input.startingBacklog,
			endListSize: monthCount > 0 ? lastList : input.startingBacklog,
			endEstimatedWaitWeeks: monthCount > 0 ? lastWait : null,
			backlogClearsMonth,
			withinStandardShareByYear: within,
			standardWeeks
		},
		seenByYear
	};
}
