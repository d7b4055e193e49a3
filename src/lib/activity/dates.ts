import { monthIndex, type MonthIndex } from './months';

const MONTHS: Record<string, number> = {
	jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
	aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12
};

/** Years a monthly activity file may plausibly cover. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function year(y: string): number {
	const n = Number(y);
	return y.length === 2 ? 2000 + n : n;
}

function valid(y: number, m: number, d = 1): MonthIndex | null {
	if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return null;
	return monthIndex(y, m);
}

/** Excel's day count (1900 date system, as exported to CSV by some systems): day 1 is 1 January 1900, serial 60 the phantom 29 February. */
function fromExcelSerial(n: number): MonthIndex | null {
	const ms = Date.UTC(1899, 11, 30) + n * 86_400_000;
	const d = new Date(ms);
	return valid(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/**
 * The month of a date written in one of the usual English forms, or null. Numeric dates are read
 * day first (01/04/2024 is 1 April 2024). Accepted:
 *   2024-04, 2024-04-01, 2024/04 (ISO order, optionally with a time);
 *   01/04/2024, 1.4.24, 01-04-2024 00:00 (day, month, year);
 *   04/2024 (month and year);
 *   Apr-24, Apr 2024, April 2024, 1 April 2024, 1st Apr 24, Apr'24, 2024 April, APRIL-2024;
 *   DM01-APRIL-2024 (the national DM01 return's Period column);
 *   a five-digit Excel date serial (36526-73050, i.e. 2000 to 2099).
 * Only the month is kept: the day, if any, is checked and dropped.
 */
export function parseMonth(text: string): MonthIndex | null {
	let s = text.trim().toLowerCase();
	if (!s) return null;
	s = s.replace(/^dm01[\s_-]*/, '');
	let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/.exec(s);
	if (m) return valid(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1);
	m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
	if (m) return valid(year(m[3] as string), Number(m[2]), Number(m[1]));
	m = /^(\d{1,2})[-/.](\d{4})$/.exec(s);
	if (m) return valid(Number(m[2]), Number(m[1]));
	m = /^(?:(\d{1,2})(?:st|nd|rd|th)?[\s-]+)?([a-z]+)\.?[\s\-/.,']*(\d{4}|'?\d{2})$/.exec(s);
	if (m) {
		const month = MONTHS[m[2] as string];
		return month ? valid(year((m[3] as string).replace("'", '')), month, m[1] ? Number(m[1]) : 1) : null;
	}
	m = /^(\d{4})[\s\-/.,]+([a-z]+)\.?$/.exec(s);
	if (m) {
		const month = MONTHS[m[2] as string];
		return month ? valid(Number(m[1]), month) : null;
	}
	if (/^\d{5}$/.test(s)) {
		const n = Number(s);
		if (n >= 36526 && n <= 73050) return fromExcelSerial(n);
	}
	return null;
}
