import type { InputRange } from './types';
import type { Rng } from './prng';
import type { Assignment } from './paths';
import { samplerFor } from './distributions';

/**
 * An uncertain input as the analyses use it, once resolved against the input catalogue
 * (ranges.ts): plain data, so the page can resolve the inputs (the catalogue walks the zod schema)
 * and post them to the PSA workers, whose code then carries no schema library (workers/psa.worker.ts).
 */

/** An input a range moves: its own path, or a path linked to it. */
export interface Target {
	parts: readonly (string | number)[];
	base: number;
	min: number;
	max: number;
	int: boolean;
}

/** An uncertain input resolved against the catalogue: its range and the paths it moves (the input itself first, then its linked paths). */
export interface ResolvedInput {
	range: InputRange;
	parts: readonly (string | number)[];
	targets: Target[];
}

/** A resolved input with a way to draw it. */
export interface CompiledInput extends ResolvedInput {
	/** One draw, clamped to the field's bounds (so the engine always gets a valid value) and rounded for whole-number fields. */
	sample: (rng: Rng) => number;
}

/** A resolved input with its sampler: the range's distribution over [low, high] around its base, clamped to the field's bounds. */
export function withSampler(r: ResolvedInput): CompiledInput {
	const { range } = r;
	const draw = samplerFor(range.distribution, range.low, range.high, range.base);
	const { fieldMin: min, fieldMax: max, int } = range;
	return {
		range,
		parts: r.parts,
		targets: r.targets,
		sample: (rng) => {
			const v = Math.min(max, Math.max(min, draw(rng)));
			return int ? Math.round(v) : v;
		}
	};
}

/**
 * The values to set for one value of an input: the input itself, and each linked path in
 * proportion to its own base (base x value / the input's base; the same value when that base is
 * 0), kept inside its bounds.
 */
export function assignmentsFor(c: ResolvedInput, value: number): Assignment[] {
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
