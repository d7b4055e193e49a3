/**
 * The years in which things happen, written as workbook conditions over the Inputs sheet so that a
 * changed installation year, lifetime or warranty moves the money (src/lib/model/assets.ts):
 *   installed in year Y         Y = installed year
 *   replaced in year Y          lifetime > 0, Y >= D and MOD(Y - D, lifetime) = 0, where
 *                               D = MAX(installed year + lifetime, first year) (a scanner already past
 *                               its life at the start is replaced in the first year)
 *   last purchase by year Y     D + INT((Y - D) / lifetime) x lifetime once Y >= D, else the installed year
 *   under warranty in year Y    Y - last purchase < warranty years
 * A figure with no Inputs cell is known here, so its condition is decided in TypeScript (`true` or
 * `false`) and the formula carries only the terms that apply; a condition over cells is a string.
 */
import { lastPurchaseYear, purchases } from '../../model/assets';

/** A condition: known (true/false) or a workbook expression. */
export type Cond = boolean | string;

/** An input as the formula reads it: its Inputs cell when it has one, else its value. */
export interface Num {
	v: number;
	cell?: string;
}

export const numOf = (refOf: ReadonlyMap<string, string>, path: string, v: number): Num => {
	const cell = refOf.get(path);
	return cell === undefined ? { v } : { v, cell };
};
const x = (n: Num): string => n.cell ?? String(n.v);
const known = (...ns: Num[]): boolean => ns.every((n) => n.cell === undefined);

/** The term while the condition holds: itself, nothing, or IF(condition, term, 0). */
export function when(c: Cond, term: string): string | null {
	return c === true ? term : c === false ? null : `IF(${c},${term},0)`;
}

export function or(a: Cond, b: Cond): Cond {
	if (a === true || b === true) return true;
	if (a === false) return b;
	if (b === false) return a;
	return `OR(${a},${b})`;
}

export function and(...cs: Cond[]): Cond {
	if (cs.some((c) => c === false)) return false;
	const open = cs.filter((c): c is string => typeof c === 'string');
	return open.length === 0 ? true : open.length === 1 ? (open[0] as string) : `AND(${open.join(',')})`;
}

/** An asset's installation year and lifetime (0 = never replaced). */
export interface AssetYears {
	installed: Num;
	lifetime: Num;
}

/** The workbook's view of year index y: its calendar year as a cell (or number) and the first year. */
export interface YearAt {
	y: number;
	/** The calendar year's cell, e.g. C$4 (or the year as a number). */
	cell: string;
	startYear: number;
	horizonYears: number;
}

const firstDue = (a: AssetYears, start: number) => `MAX(${x(a.installed)}+${x(a.lifetime)},${start})`;

/** Bought as a new installation in year y. */
export function installedIn(a: AssetYears, at: YearAt): Cond {
	if (known(a.installed)) return a.installed.v === at.startYear + at.y;
	return `${at.cell}=${x(a.installed)}`;
}

/** Replaced like for like in year y. */
export function replacedIn(a: AssetYears, at: YearAt): Cond {
	if (known(a.installed, a.lifetime)) return purchases(a.installed.v, a.lifetime.v, at.startYear, at.horizonYears).some((e) => e.yearIndex === at.y && e.kind === 'replacement');
	const d = firstDue(a, at.startYear);
	return `IF(${x(a.lifetime)}>0,AND(${at.cell}>=${d},MOD(${at.cell}-${d},${x(a.lifetime)})=0),FALSE())`;
}

/** Installed by year y (the scanner runs from its installation year). */
export function installedBy(a: AssetYears, at: YearAt): Cond {
	if (known(a.installed)) return at.startYear + at.y >= a.installed.v;
	return `${at.cell}>=${x(a.installed)}`;
}

/** The calendar year of the last purchase at or before `year` (an expression), or the installation year when none. */
export function lastPurchase(a: AssetYears, year: string, start: number): string {
	const d = firstDue(a, start);
	return `IF(AND(${x(a.lifetime)}>0,${year}>=${d}),${d}+INT((${year}-${d})/${x(a.lifetime)})*${x(a.lifetime)},${x(a.installed)})`;
}

/** The engine's last purchase year index (assets.ts) from a list of purchase year indices. */
export function knownLastPurchase(installed: number, start: number, bought: readonly number[], y: number, horizon: number): number {
	const flags = new Uint8Array(horizon);
	for (const b of bought) if (b >= 0 && b < horizon) flags[b] = 1;
	return lastPurchaseYear(installed, start, flags, y);
}

/**
 * Straight-line residual value at the horizon's end of an asset whose last purchase inside the
 * horizon is the calendar year `last` (an expression): cost x MAX(0, lifetime - (end - last)) /
 * lifetime, when bought inside the horizon and lifetime > 0; `end` is the first year after the horizon.
 */
export function residualFormula(cost: string, lifetime: Num, last: string, start: number, end: number): string {
	return `IF(AND(${x(lifetime)}>0,${last}>=${start},${last}<${end}),${cost}*MAX(0,${x(lifetime)}-(${end}-${last}))/${x(lifetime)},0)`;
}

/** A number's text in a formula (its cell or its value). */
export const text = x;
/** True when no input behind these numbers has a cell. */
export const allKnown = known;
