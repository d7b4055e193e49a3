/**
 * Display formatting for the app's pages (en-GB). Formatting only: every number shown comes from
 * the engine. Non-finite values (which the engine never produces) read as a dash, never "NaN".
 */
const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const dp1 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const dp2 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DASH = '–';

const ok = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
// Minus sign U+2212 reads as "minus" to screen readers.
const sign = (t: string) => t.replace(/^-/, '\u2212');

/** £1,646,591 */
export function gbp(v: number | null | undefined): string {
	return ok(v) ? sign(`${v < 0 ? '-' : ''}£${int.format(Math.abs(v))}`) : DASH;
}

/** £1.65m, £244k, £950 */
export function gbpShort(v: number | null | undefined): string {
	if (!ok(v)) return DASH;
	const a = Math.abs(v);
	const body = a >= 1e6 ? `£${(a / 1e6).toFixed(2)}m` : a >= 1e4 ? `£${int.format(a / 1e3)}k` : `£${int.format(a)}`;
	return sign(`${v < 0 ? '-' : ''}${body}`);
}

export function count(v: number | null | undefined): string {
	return ok(v) ? sign(int.format(v)) : DASH;
}

export function oneDp(v: number | null | undefined): string {
	return ok(v) ? sign(dp1.format(v)) : DASH;
}

export function twoDp(v: number | null | undefined): string {
	return ok(v) ? sign(dp2.format(v)) : DASH;
}

/** A general number as typed back into a field: no grouping, up to 6 significant decimals. */
export function plain(v: number): string {
	return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
}

/** Month index from the start of the horizon to "month 8 (2026)". */
export function monthLabel(index: number | null, startYear: number): string {
	if (index === null) return 'not within the horizon';
	return `month ${index + 1} (${startYear + Math.floor(index / 12)}/${String((startYear + Math.floor(index / 12) + 1) % 100).padStart(2, '0')})`;
}

export function when(ms: number): string {
	return new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
