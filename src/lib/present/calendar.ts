/**
 * The planning calendar, written one way everywhere. A scenario's `startYear` is its first NHS
 * financial year, which runs April to March: start year 2026 is 2026/27, from April 2026 to
 * March 2027. Year index y is the financial year startYear + y; the engine's month index m
 * (0-based, waiting-list months) is the (m mod 12 + 1)th month of financial year
 * startYear + floor(m / 12), so month 0 is April of the start year and month 8 is December.
 */

export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const monthOf = (i: number): string => MONTHS[((i % 12) + 12) % 12] ?? '';

/** "2026/27" for the financial year that starts in April 2026. */
export function financialYear(year: number): string {
	return `${year}/${String((((year + 1) % 100) + 100) % 100).padStart(2, '0')}`;
}

/** The financial year of year index y: financialYearOf(2026, 3) = "2029/30". */
export function financialYearOf(startYear: number, yearIndex: number): string {
	return financialYear(startYear + yearIndex);
}

/** "2026/27 to 2035/36" for a horizon of financial years. */
export function yearSpan(first: number, last: number): string {
	return first === last ? financialYear(first) : `${financialYear(first)} to ${financialYear(last)}`;
}

/** Calendar month (0 = January) and calendar year of a month index. */
export function calendarMonth(startYear: number, monthIndex: number): { month: number; year: number } {
	const fromJanuary = monthIndex + 3;
	return { month: ((fromJanuary % 12) + 12) % 12, year: startYear + Math.floor(fromJanuary / 12) };
}

/** A month index as a calendar month: monthName(2026, 8) = "December 2026". */
export function monthName(startYear: number, monthIndex: number): string {
	const { month, year } = calendarMonth(startYear, monthIndex);
	return `${monthOf(month)} ${year}`;
}

/** The same month abbreviated for axes and narrow tables: "Dec 2026". */
export function monthShort(startYear: number, monthIndex: number): string {
	const { month, year } = calendarMonth(startYear, monthIndex);
	return `${monthOf(month).slice(0, 3)} ${year}`;
}

/** When the estimated wait comes within the standard for good: a month, or that it never does. */
export function clearsMonth(startYear: number, monthIndex: number | null, never = 'not within the horizon'): string {
	return monthIndex === null ? never : monthName(startYear, monthIndex);
}

/** A document date as YYYY-MM-DD. Exports take it as an option so the app and CLI (and tests) can fix it. */
export function isoDate(date?: Date | string): string {
	if (typeof date === 'string') {
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`export date must be YYYY-MM-DD, got "${date}"`);
		return date;
	}
	const d = date ?? new Date();
	if (Number.isNaN(d.getTime())) throw new Error('export date is not a valid date');
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** "1 March 2026" from "2026-03-01". */
export function longDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${monthOf((m ?? 1) - 1)} ${y}`;
}

/** A moment for "saved at" lists: "9 Jan, 14:05". */
export function savedAt(ms: number): string {
	const d = new Date(ms);
	if (Number.isNaN(d.getTime())) return '';
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getDate()} ${monthOf(d.getMonth()).slice(0, 3)}, ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
