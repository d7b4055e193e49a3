import type { Scenario } from '../schema/scenario';
import type { InputRange, SwitchPoint, SwitchingValue } from './types';
import { compileInputs, assignmentsFor } from './ranges';
import { evaluate, preferredIndex } from './evaluate';
import { withValues } from './paths';
import { crossFieldViolation } from './constraints';
import { arenaFor } from '../arena';

/** Bisection steps: the bracket shrinks to 2^-40 of its starting width (about 1e-12), far below any input's precision. */
const BISECTION_STEPS = 40;
/** The widening search doubles the distance from the base this many times at most before stopping at the field's bound. */
const MAX_WIDENING = 40;

type Probe = (v: number) => string | null;

/**
 * Walk from the base towards `limit`: the stated end of the range at quarter steps, then doubling
 * the distance until the field's bound. Return the first pair (last value with the base-case
 * preferred option, first value with another), or only how far the search got when none.
 */
function findBracket(probe: Probe, basePreferred: string, base: number, end: number, bound: number, int: boolean): { a: number; b: number; searched: number } | { searched: number } {
	const dir = Math.sign(end - base) || Math.sign(bound - base);
	if (dir === 0) return { searched: base };
	const points: number[] = [];
	const span = Math.abs(end - base);
	for (const f of [0.25, 0.5, 0.75, 1]) points.push(base + dir * span * f);
	let d = span > 0 ? span : Math.max(Math.abs(base), 1) * 0.25;
	for (let k = 0; k < MAX_WIDENING; k++) {
		d *= 2;
		const v = base + dir * d;
		if ((dir > 0 && v >= bound) || (dir < 0 && v <= bound)) {
			points.push(bound);
			break;
		}
		points.push(v);
	}
	let last = base;
	for (const raw of points) {
		const v = int ? (dir > 0 ? Math.ceil(raw) : Math.floor(raw)) : raw;
		if ((dir > 0 && v <= last) || (dir < 0 && v >= last)) continue;
		const pref = probe(v);
		if (pref === null) return { searched: last }; // the value breaks a cross-field rule: stop here
		if (pref !== basePreferred) return { a: last, b: v, searched: v };
		last = v;
	}
	return { searched: last };
}

/** Narrow [a, b] (a keeps the base-case option, b does not) by bisection; whole-number fields stop at neighbours. */
function bisect(probe: Probe, basePreferred: string, a: number, b: number, int: boolean): [number, number] {
	for (let k = 0; k < BISECTION_STEPS; k++) {
		if (int && Math.abs(b - a) <= 1) break;
		const mid = int ? Math.round((a + b) / 2) : (a + b) / 2;
		if (mid === a || mid === b) break;
		const pref = probe(mid);
		if (pref === basePreferred) a = mid;
		else b = mid;
	}
	return [a, b];
}

function fmt(v: number, unit: string): string {
	const abs = Math.abs(v);
	const n = abs >= 1000 ? Math.round(v).toLocaleString('en-GB') : String(Number(v.toPrecision(4)));
	return unit.startsWith('GBP') ? `GBP ${n}` : unit.startsWith('fraction') ? `${Number((v * 100).toPrecision(4))}%` : `${n} ${unit}`;
}

/** "DNA rate" -> "DNA rate", "Scanner price" -> "scanner price", "QALYs lost" -> "QALYs lost": lower-case the first word unless it is an acronym. */
function lowerFirst(label: string): string {
	const first = label.split(' ')[0] ?? '';
	return first.length > 1 && first.slice(0, 2) === first.slice(0, 2).toUpperCase() ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function statement(r: InputRange, basePreferredName: string, below: SwitchPoint | null, above: SwitchPoint | null, from: number, to: number): string {
	const parts: string[] = [];
	const one = (p: SwitchPoint, word: string) => {
		const pct = p.changeFromBase === null ? '' : ` (${p.changeFromBase >= 0 ? '+' : ''}${(p.changeFromBase * 100).toFixed(1)}%)`;
		return `${p.newPreferredName} would become preferred if ${lowerFirst(r.label)} ${word} to ${fmt(p.value, r.unit)}${pct}, ${p.withinRange ? 'inside' : 'outside'} the stated range`;
	};
	if (below) parts.push(one(below, 'fell'));
	if (above) parts.push(one(above, 'rose'));
	if (parts.length === 0) return `No value of ${lowerFirst(r.label)} from ${fmt(from, r.unit)} to ${fmt(to, r.unit)} changes the preferred option (${basePreferredName}).`;
	return `${parts.join('; ')}.`;
}

/**
 * Switching values (Green Book 5.5, Annex A5): for each uncertain input, the value at which the
 * preferred option would change, found below and above the base value. The search probes the
 * stated range, then widens (doubling the distance from the base) to the field's own bounds,
 * stopping early where a value would break a cross-field rule; the first change is then narrowed
 * by bisection. Only the nearest change on each side is reported.
 */
export function switchingValues(s: Scenario): SwitchingValue[] {
	// One work area for every probe (the variants have the base scenario's shape).
	const arena = arenaFor(s);
	const baseEval = evaluate(s, arena);
	const bp = preferredIndex(baseEval);
	const basePreferred = baseEval.optionIds[bp] as string;
	const nameOf = new Map(baseEval.optionIds.map((id, i) => [id, baseEval.names[i] as string]));
	return compileInputs(s).map((c) => {
		const r = c.range;
		const probe: Probe = (v) => {
			const sc = withValues(s, assignmentsFor(c, v));
			if (crossFieldViolation(sc)) return null;
			const e = evaluate(sc, arenaFor(sc, arena));
			return e.optionIds[preferredIndex(e)] as string;
		};
		const side = (end: number, bound: number): { point: SwitchPoint | null; searched: number } => {
			const found = findBracket(probe, basePreferred, r.base, end, bound, r.int);
			if (!('a' in found)) return { point: null, searched: found.searched };
			const [a, b] = bisect(probe, basePreferred, found.a, found.b, r.int);
			const value = r.int ? b : (a + b) / 2;
			const newId = probe(b) as string;
			return {
				searched: found.searched,
				point: {
					value,
					bracket: [a, b],
					changeFromBase: r.base !== 0 ? (value - r.base) / r.base : null,
					newPreferredOptionId: newId,
					newPreferredName: nameOf.get(newId) ?? newId,
					withinRange: value >= r.low && value <= r.high
				}
			};
		};
		const down = side(r.low, r.fieldMin);
		const up = side(r.high, r.fieldMax);
		return {
			path: r.path,
			label: r.label,
			unit: r.unit,
			base: r.base,
			low: r.low,
			high: r.high,
			searchedFrom: down.searched,
			searchedTo: up.searched,
			below: down.point,
			above: up.point,
			statement: statement(r, nameOf.get(basePreferred) ?? basePreferred, down.point, up.point, down.searched, up.searched)
		};
	});
}
