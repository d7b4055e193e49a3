/**
 * Number formatting for the command-line table. Formatting only: every figure comes from the
 * engine's AppraisalResult unchanged; these functions round and label it for reading.
 * UK conventions (en-GB): comma thousands separators, "£" prefix, "-" for negatives.
 */

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const fixed = (digits: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const fixed1 = fixed(1);
const fixed2 = fixed(2);

/** Rounds, and drops the sign of a value that rounds to zero (so -0.0000001 prints "0", not "-0"). */
function signed(v: number, f: Intl.NumberFormat, prefix = ''): string {
	const text = f.format(Math.abs(v));
	const isZero = /^[0.,]*$/.test(text);
	return `${v < 0 && !isZero ? '-' : ''}${prefix}${text}`;
}

/** A count to the nearest whole number with thousands separators: 2736.04 -> "2,736". */
export function formatCount(v: number): string {
	return signed(v, whole);
}

/** One decimal place: 172.889 -> "172.9". */
export function formatOneDecimal(v: number): string {
	return signed(v, fixed1);
}

/** Two decimal places: 6.95 -> "6.95". */
export function formatTwoDecimals(v: number): string {
	return signed(v, fixed2);
}

/** Whole pounds with thousands separators: 244000 -> "£244,000"; -1500.4 -> "-£1,500". */
export function formatGbp(v: number): string {
	return signed(v, whole, '£');
}

/** Millions of pounds to two decimals: 1646591.02 -> "£1.65m"; -1082557.96 -> "-£1.08m". */
export function formatGbpMillions(v: number): string {
	return `${signed(v / 1e6, fixed2, '£')}m`;
}

/** A value that may be missing (the engine uses null for "cannot be computed"). */
export function orNotApplicable<T>(v: T | null, f: (x: T) => string, missing = 'n/a'): string {
	return v === null ? missing : f(v);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Calendar month of a waiting-list month index. The scenario's startYear is the first NHS
 * financial year (2026 means 2026/27), which runs April to March, so month index 0 is April of
 * startYear: index 8 with startYear 2026 is December 2026, index 12 is April 2027.
 */
export function formatMonthIndex(monthIndex: number, startYear: number): string {
	const fromJanuary = monthIndex + 3;
	const year = startYear + Math.floor(fromJanuary / 12);
	return `${MONTHS[((fromJanuary % 12) + 12) % 12]} ${year}`;
}

/** "2026/27" for the financial year starting in 2026. */
export function formatFinancialYear(year: number): string {
	return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}
