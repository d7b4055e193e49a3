import type { Scenario } from '../schema/scenario';
import type { InputRange } from './types';
import { uncertainFields } from './fields';
import { samplerFor, distributionMoments, describeDistribution } from './distributions';
import type { Rng } from './prng';

/** An uncertain input ready for the analyses: its range, where it goes and how to draw it. */
export interface CompiledInput {
	range: InputRange;
	parts: readonly (string | number)[];
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
			sample: (rng) => {
				const v = Math.min(max, Math.max(min, draw(rng)));
				return int ? Math.round(v) : v;
			}
		});
	}
	return out;
}

/** The scenario's uncertain inputs with their ranges and distributions (no samplers). */
export function inputRanges(s: Scenario): InputRange[] {
	return compileInputs(s).map((c) => c.range);
}
