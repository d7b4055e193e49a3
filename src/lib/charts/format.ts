/**
 * Number formatting for axes, labels and tables (en-GB). Formatting only: every value shown comes
 * from the engine's results. Negative values use the minus sign U+2212, which screen readers say
 * as "minus".
 */
import { format } from 'd3-format';

const MINUS = '\u2212';
const groupInt = format(',.0f');
const oneDp = format(',.1f');
const twoDp = format(',.2f');
const shortest = format(',~g');

function signed(value: number, body: (abs: number) => string): string {
	if (!Number.isFinite(value)) return '–';
	const text = body(Math.abs(value));
	return value < 0 && text !== body(0) ? `${MINUS}${text}` : text;
}

/** Trim a trailing ".0" so ticks read £2m rather than £2.0m. */
function trim(text: string): string {
	return text.replace(/\.0$/, '');
}

/** Compact pounds for axes and bar labels: £950, £12k, £1.2m, £3.4bn. */
export function formatGbpShort(value: number): string {
	return signed(value, (v) => {
		if (v >= 1e9) return `£${trim(oneDp(v / 1e9))}bn`;
		if (v >= 1e6) return `£${trim(oneDp(v / 1e6))}m`;
		if (v >= 1e4) return `£${groupInt(v / 1e3)}k`;
		if (v >= 1e3) return `£${trim(oneDp(v / 1e3))}k`;
		return `£${groupInt(v)}`;
	});
}

/** Whole pounds with thousands separators for tables: £1,646,591. */
export function formatGbp(value: number): string {
	return signed(value, (v) => `£${groupInt(v)}`);
}

/** Counts (scans, patients, list size): 2,959. */
export function formatCount(value: number): string {
	return signed(value, (v) => groupInt(v));
}

/** Counts that are often small (fractures averted): one decimal place below 100. */
export function formatSmallCount(value: number): string {
	return signed(value, (v) => (v < 100 ? oneDp(v) : groupInt(v)));
}

/** Whole-time equivalents to two decimal places: 0.73. */
export function formatWte(value: number): string {
	return signed(value, (v) => twoDp(v));
}

/** Axis ticks for small quantities such as WTE: 0.5, 1, 1.25 (no padding zeros). */
export function formatTick(value: number): string {
	return signed(value, (v) => shortest(v));
}

/** Weeks to one decimal place; null (no capacity, so no estimate) reads as a dash. */
export function formatWeeks(value: number | null): string {
	return value === null ? '–' : signed(value, (v) => oneDp(v));
}

/** Compact axis ticks for counts: 950, 1.5k, 12k, 1.2m. */
export function formatCountShort(value: number): string {
	return signed(value, (v) => {
		if (v >= 1e6) return `${trim(oneDp(v / 1e6))}m`;
		if (v >= 1e4) return `${groupInt(v / 1e3)}k`;
		if (v >= 1e3) return `${trim(oneDp(v / 1e3))}k`;
		return trim(oneDp(v));
	});
}

/** A safe file name from a chart title: "Demand & capacity (2026)" -> "demand-capacity-2026". */
export function fileNameFromTitle(title: string): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
	return slug || 'chart';
}
