import type { Scenario } from '../schema/scenario';
import type { InputRange } from './types';
import { uncertainFields } from './fields';
import { distributionMoments, describeDistribution } from './distributions';
import { withSampler, type CompiledInput, type ResolvedInput, type Target } from './compiled';

export { assignmentsFor, linkedValue, withSampler, type CompiledInput, type ResolvedInput, type Target } from './compiled';

/**
 * The scenario's uncertain inputs resolved against the input catalogue, as plain data (the page
 * posts them to the PSA workers; compiled.ts). The parser has already checked every path and
 * range, so an entry that no longer resolves (which only an unparsed scenario could have) is left
 * out rather than failing.
 */
export function resolveInputs(s: Scenario): ResolvedInput[] {
	const inputs = s.uncertainty?.inputs ?? [];
	if (inputs.length === 0) return [];
	const fields = uncertainFields(s);
	const out: ResolvedInput[] = [];
	for (const inp of inputs) {
		const f = fields.get(inp.path);
		const base = f?.entry.value;
		if (!f || typeof base !== 'number') continue;
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
			targets
		});
	}
	return out;
}

/** The scenario's uncertain inputs ready for the analyses: resolved, each with its sampler. */
export function compileInputs(s: Scenario): CompiledInput[] {
	return resolveInputs(s).map(withSampler);
}

/** The scenario's uncertain inputs with their ranges and distributions (no samplers). */
export function inputRanges(s: Scenario): InputRange[] {
	return resolveInputs(s).map((c) => c.range);
}
