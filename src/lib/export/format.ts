/**
 * Display formatting for documents (business case, report view). Formatting only: every number
 * shown is the engine's, rounded for reading.
 */
const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const minus = (v: number, s: string) => (v < 0 && s !== '0' ? `-${s}` : s);

/** Whole pounds: £1,234,567 (negative: -£1,234). */
export function gbp(v: number): string {
	return minus(Math.round(v), `£${int.format(Math.abs(Math.round(v)))}`);
}

/** Pounds and pence, for unit costs: £12.34. */
export function gbp2(v: number): string {
	const s = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(v));
	return minus(v, `£${s}`);
}

/** Millions for prose: £1.23m. */
export function gbpM(v: number): string {
	return minus(v, `£${(Math.abs(v) / 1e6).toFixed(2)}m`);
}

/** A count rounded to a whole number with thousands separators. */
export function count(v: number): string {
	return int.format(Math.round(v));
}

/** A number with fixed decimals and thousands separators. */
export function dec(v: number, digits: number): string {
	return new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v);
}

/** A fraction as a percentage: 0.035 -> "3.5%". */
export function pct(v: number, digits = 1): string {
	return `${dec(v * 100, digits)}%`;
}

/** Estimated wait in weeks, or why there is none. */
export function weeks(v: number | null): string {
	return v === null ? 'no capacity' : `${dec(v, 1)} weeks`;
}

export function yesNo(b: boolean): string {
	return b ? 'Yes' : 'No';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month m of the simulation (0 = first month of the start year) as "month 14 (February 2027)". */
export function simulationMonth(monthIndex: number, startYear: number): string {
	return `month ${monthIndex + 1} (${MONTHS[monthIndex % 12]} ${startYear + Math.floor(monthIndex / 12)})`;
}
