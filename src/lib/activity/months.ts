import { MONTHS } from '../present/calendar';

/**
 * Calendar months as whole numbers: month index = year x 12 + (month - 1), so January 2024 is
 * 24,288 and consecutive months differ by 1. Gaps and durations are plain subtraction.
 */
export type MonthIndex = number;

/** Month names from the presentation layer, so a month is written the same way everywhere. */
export const MONTH_NAMES = MONTHS;

export function monthIndex(year: number, month: number): MonthIndex {
	return year * 12 + (month - 1);
}

export function yearOf(m: MonthIndex): number {
	return Math.floor(m / 12);
}

/** Calendar month 1-12. */
export function calendarMonth(m: MonthIndex): number {
	return (m % 12) + 1;
}

/** "April 2024". */
export function monthLabel(m: MonthIndex): string {
	return `${MONTH_NAMES[m % 12]} ${yearOf(m)}`;
}

/** "Apr 2024". */
export function monthShort(m: MonthIndex): string {
	return `${MONTH_NAMES[m % 12]?.slice(0, 3)} ${yearOf(m)}`;
}

/** "April 2024 to March 2026" (one month gives one label). */
export function monthSpan(first: MonthIndex, last: MonthIndex): string {
	return first === last ? monthLabel(first) : `${monthLabel(first)} to ${monthLabel(last)}`;
}

/** April of the financial year that starts in `year` (the scenario's "2026" is April 2026 to March 2027). */
export function financialYearStart(year: number): MonthIndex {
	return monthIndex(year, 4);
}
