import type { AppraisalResult, WaitingMonth } from '../../model/results';
import { selectOptions, type OptionRef } from './select';

export interface WaitingPoint {
	monthIndex: number;
	year: number;
	/** Patients waiting at the end of the month. */
	listSize: number;
	/** Estimated wait in weeks; null when the month has no capacity, so no wait can be estimated. */
	waitWeeks: number | null;
}

export interface WaitingListOption extends OptionRef {
	points: WaitingPoint[];
	/** The waiting-time standard in weeks (six weeks for diagnostics). */
	standardWeeks: number;
	/** First month within the standard; null if never. */
	backlogClearsMonth: number | null;
	/** Months with no wait estimate (no capacity). */
	monthsWithoutEstimate: number;
}

export interface WaitingListSeries {
	/** Month index and calendar year of each point, shared by all options. */
	months: { monthIndex: number; year: number }[];
	options: WaitingListOption[];
	/** The distinct standards among the options (usually one). */
	standards: number[];
}

/** Waiting list size and estimated wait by month for each selected option. */
export function waitingListSeries(result: AppraisalResult, optionIds?: readonly string[]): WaitingListSeries {
	const selected = selectOptions(result, optionIds);
	const options = selected.map(({ option, ref }) => {
		const points = option.waitingList.months.map((m) => ({
			monthIndex: m.monthIndex,
			year: m.year,
			listSize: m.listSize,
			waitWeeks: m.estimatedWaitWeeks
		}));
		return {
			...ref,
			points,
			standardWeeks: option.waitingList.standardWeeks,
			backlogClearsMonth: option.waitingList.backlogClearsMonth,
			monthsWithoutEstimate: points.filter((p) => p.waitWeeks === null).length
		};
	});
	let longest: WaitingMonth[] = [];
	for (const { option } of selected) if (option.waitingList.months.length > longest.length) longest = option.waitingList.months;
	return {
		months: longest.map((m) => ({ monthIndex: m.monthIndex, year: m.year })),
		options,
		standards: [...new Set(options.map((o) => o.standardWeeks))]
	};
}
