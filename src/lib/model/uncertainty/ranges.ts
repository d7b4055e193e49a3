import type { Scenario } from '../schema/scenario';
import type { InputRange } from './types';
import { uncertainFields } from './fields';
import { samplerFor, distributionMoments, describeDistribution } from './distributions';
import type { Rng } from './prng';
import type { Assignment } from './paths';

/** An input a range moves: its own path, or a path linked to it. */
export interface Target {
	parts: readonly (string | number)[];
	base: number;
	min: number;
	max: number;
	int: boolean;
}

/** An uncertain input ready for the analyses: its range, where it goes and how to draw it. */
export interface CompiledInput {
	range: InputRange;
	parts: readonly (string | number)[];
	/** The input itself first, then its linked paths. */
	targets: Target[];
	/** One draw, clamped to the field's bounds (so the engine always gets a valid value) and rounded for whole-number fields. */
	sample: (rng: Rng) => number;
}

/**
 * The scenario's uncertain inputs resolved against the input catalogue. The parser has already
 * checked every path and range, so an entry that no longer resolves (which only an unparsed
 * scenario could have) is left out rather than failing.
 */
export function compileInputs(s: Scenario): CompiledInput[] {
	const inputs = s.uncertainty?.inputs ?? [];
	if (inputs.length === 0) return [];
	const fields = uncertainFields(s);
	const out: CompiledInput[] = [];
	for (const inp of inputs) {
		const f = fields.get(inp.path);
		const base = f?.entry.value;
		if (!f || typeof base !== 'number') continue;
		const draw = samplerFor(inp.distribution, inp.low, inp.high, base);
		const { min, max, int } = f;
		const targets: Target[] = [{ parts: f.parts, base, min, max, int }];
		for (const lp of inp.linkedPaths ?? []) {
			const lf = fields.get(lp);
			if (lf && typeof lf.entry.value === 'number') targets.push({ parts: lf.parts, base: lf.entry.value, min: lf.min, max: lf.max, int: lf.int });
		}
		out.push({
			range: {
				path: inp.path,
				label: f.label,
				unit: f.unit,
				base,
				low: inp.low,
				high: inp.high,
				fieldMin: min,
				fieldMax: max,
				int,
				distribution: inp.distribution,
				distributionLabel: describeDistribution(inp.distribution, inp.low, inp.high, base),
				mean: distributionMoments(inp.distribution, inp.low, inp.high, base).mean,
				...(inp.source !== undefined ? { source: inp.source } : {}),
				...(inp.placeholder !== undefined ? { placeholder: inp.placeholder } : {})
			},
			parts: f.parts,
			targets,
			sample: (rng) => {
				const v = Math.min(max, Math.max(min, draw(rng)));
				return int ? Math.round(v) : v;
			}
		});
	}
	return out;
}

/**
 * The values to set for one value of an input: the input itself, and each linked path in
 * proportion to its own base (base x value / the input's base; the same value when that base is
 * 0), kept inside its bounds.
 */
export function assignmentsFor(c: CompiledInput, value: number): Assignment[] {
	const [main, ...linked] = c.targets as [Target, ...Target[]];
	const out: Assignment[] = [{ parts: main.parts, value }];
	for (const t of linked) out.push({ parts: t.parts, value: linkedValue(main, t, value) });
	return out;
}

/** A linked path's value for one value of its input: base x value / the input's base (the value itself when that base is 0), inside its bounds. */
export function linkedValue(main: Target, t: Target, value: number): number {
	const v = Math.min(t.max, Math.max(t.min, main.base !== 0 ? (t.base * value) / main.base : value));
	return t.int ? Math.round(v) : v;
}

/** The scenario's uncertain inputs with their ranges and distributions (no samplers). */
export function inputRanges(s: Scenario): InputRange[] {
	return compileInputs(s).map((c) => c.range);
}
