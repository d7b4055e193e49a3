/**
 * Number formats for every output: the app's pages, the charts, the CLI, the workbook's text and
 * the business case (en-GB: comma thousands, "£" before the figure). Formatting only: every number
 * comes from the engine and is rounded here for reading. Negative figures use the minus sign
 * U+2212, which screen readers say as "minus"; a figure that rounds to zero has no sign. A value
 * that is missing or not finite (which the engine never produces) reads as a dash, never "NaN".
 */

export const MINUS = '\u2212';
export const DASH = '–';

type Maybe = number | null | undefined;

const fixedFormats = new Map<number, Intl.NumberFormat>();
/** en-GB grouping with exactly `digits` decimals (formatters are kept: building one is slow). */
function fixed(digits: number): Intl.NumberFormat {
	let f = fixedFormats.get(digits);
	if (!f) fixedFormats.set(digits, (f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
	return f;
}
const shortestFormat = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 6 });

const finite = (v: Maybe): v is number => typeof v === 'number' && Number.isFinite(v);

/** Prefix the minus sign unless the shown figure is zero (so -0.2 reads "0", never "−0"). */
function signed(v: number, body: string): string {
	return v < 0 && /[1-9]/.test(body) ? `${MINUS}${body}` : body;
}

/** A number with `digits` decimals and thousands separators: decimal(1234.567, 1) = "1,234.6". */
export function decimal(v: Maybe, digits: number): string {
	return finite(v) ? signed(v, fixed(digits).format(Math.abs(v))) : DASH;
}

/** A count, rounded to a whole number: 2,959. */
export function count(v: Maybe): string {
	return decimal(v, 0);
}

/** Counts that are often small (fractures averted): one decimal place below 100, whole above. */
export function smallCount(v: Maybe): string {
	return finite(v) && Math.abs(v) < 99.95 ? decimal(v, 1) : count(v);
}

/** Whole-time equivalents to two decimals: 0.73. */
export function wte(v: Maybe): string {
	return decimal(v, 2);
}

/** Whole pounds: £1,646,591; −£1,082,558. */
export function gbp(v: Maybe): string {
	return finite(v) ? signed(v, `£${fixed(0).format(Math.abs(v))}`) : DASH;
}

/** Pounds and pence, for unit costs: £146.40. */
export function gbpPence(v: Maybe): string {
	return finite(v) ? signed(v, `£${fixed(2).format(Math.abs(v))}`) : DASH;
}

/** Millions to two decimals, for prose and tables of large sums: £1.65m. */
export function gbpMillions(v: Maybe): string {
	return finite(v) ? signed(v, `£${fixed(2).format(Math.abs(v) / 1e6)}m`) : DASH;
}

/** Headline money for tiles and prose: £1.65m from a million, £244k from ten thousand, else £950. */
export function gbpShort(v: Maybe): string {
	if (!finite(v)) return DASH;
	const a = Math.abs(v);
	if (a >= 1e6 - 5e3) return gbpMillions(v);
	if (a >= 1e4 - 0.5) return signed(v, `£${fixed(0).format(a / 1e3)}k`);
	return gbp(v);
}

/** Trim a trailing ".0" so ticks read £2m rather than £2.0m. */
const trim = (text: string) => text.replace(/\.0(?=[a-z]*$)/, '');

/**
 * A tick's label with the fewest extra decimals (up to 3) that keep the axis's distinct ticks
 * apart: £4.2m, £4.25m and £4.3m on a narrow axis read £4.20m, £4.25m, £4.30m, never £4.2m twice.
 * `body(a, extra)` writes the unsigned label of |v| with `extra` more decimals than its plain form.
 */
function distinctTick(v: number, ticks: readonly number[] | undefined, body: (a: number, extra: number) => string): string {
	const label = (x: number, extra: number) => signed(x, body(Math.abs(x), extra));
	const distinct = ticks ? [...new Set(ticks.filter(finite))] : [];
	let extra = 0;
	while (extra < 3 && new Set(distinct.map((t) => label(t, extra))).size < distinct.length) extra++;
	return label(v, extra);
}

/** Trim ".0" only from a label shown with its plain number of decimals. */
const trimIf = (text: string, extra: number) => (extra === 0 ? trim(text) : text);

/**
 * Compact pounds for axes and bar labels: £950, £1.2k, £12k, £1.6m, £3.4bn. Given the axis's
 * ticks (as the chart axes pass them), each label has as many decimals as it takes to tell
 * the ticks apart (distinctTick).
 */
export function gbpTick(v: Maybe, ticks?: readonly number[]): string {
	if (!finite(v)) return DASH;
	return distinctTick(v, ticks, (a, e) =>
		a >= 1e9
			? `£${trimIf(fixed(1 + e).format(a / 1e9), e)}bn`
			: a >= 1e6
				? `£${trimIf(fixed(1 + e).format(a / 1e6), e)}m`
				: a >= 1e4
					? `£${fixed(e).format(a / 1e3)}k`
					: a >= 1e3
						? `£${trimIf(fixed(1 + e).format(a / 1e3), e)}k`
						: `£${fixed(Math.min(2, e)).format(a)}`
	);
}

/** Compact counts for axes: 950, 1.5k, 12k, 1.2m; with the axis's ticks, distinct as gbpTick's. */
export function countTick(v: Maybe, ticks?: readonly number[]): string {
	if (!finite(v)) return DASH;
	return distinctTick(v, ticks, (a, e) =>
		a >= 1e6
			? `${trimIf(fixed(1 + e).format(a / 1e6), e)}m`
			: a >= 1e4
				? `${fixed(e).format(a / 1e3)}k`
				: a >= 1e3
					? `${trimIf(fixed(1 + e).format(a / 1e3), e)}k`
					: trimIf(fixed(1 + e).format(a), e)
	);
}

/** Axis ticks for small quantities such as WTE: 0.5, 1, 1.25 (no padding zeros). */
export function tick(v: Maybe): string {
	return finite(v) ? signed(v, shortestFormat.format(Math.abs(v))) : DASH;
}

/** A fraction as a percentage: pct(0.035) = "3.5%", pct(0.2, 0) = "20%". */
export function pct(v: Maybe, digits = 1): string {
	return finite(v) ? `${decimal(v * 100, digits)}%` : DASH;
}

/** A discount factor to four decimals: 0.9662. */
export function factor(v: Maybe): string {
	return decimal(v, 4);
}

/** Weeks to one decimal, without the unit (table cells under a "weeks" header): 12.6. */
export function weeksValue(v: Maybe): string {
	return decimal(v, 1);
}

/**
 * An estimated wait in prose: "12.6 weeks". The engine gives null when a month has no capacity,
 * so no wait can be estimated.
 */
export function weeks(v: Maybe): string {
	return finite(v) ? `${decimal(v, 1)} weeks` : 'no estimate (no scanning capacity)';
}

/** Yes or No. */
export function yesNo(b: boolean): string {
	return b ? 'Yes' : 'No';
}

/** A number as a user would type it back into a field: no grouping, at most 10 significant digits. */
export function plainNumber(v: number): string {
	if (!Number.isFinite(v)) return '';
	return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
}

/** An input's value in its unit: money as £, fractions as %, otherwise the number and the unit. */
export function inputValue(v: Maybe, unit: string): string {
	if (!finite(v)) return DASH;
	if (unit.startsWith('GBP')) return Math.abs(v) < 100 && !Number.isInteger(v) ? gbpPence(v) : gbp(v);
	if (unit.startsWith('fraction')) return `${tick(Number((v * 100).toPrecision(4)))}%`;
	const n = Math.abs(v) >= 1000 ? count(v) : tick(Number(v.toPrecision(4)));
	return unit ? `${n} ${unit}` : n;
}

/** A signed change as a percentage: +12.5%, −3.0%. */
export function changePct(v: Maybe, digits = 1): string {
	if (!finite(v)) return DASH;
	const text = pct(v, digits);
	return v > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}
