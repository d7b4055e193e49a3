import type { z } from 'zod';
import { ScenarioShape } from './schema/scenario';
import { isFormula, type FieldMeta } from './schema/meta';
import { childrenOf, unwrap } from './schema/walk';
import { formatPath } from './issues';

/** One numeric input of a scenario, with where it sits, its metadata and its value. */
export interface InputEntry {
	/** Display path, e.g. `scanners[0].dnaRate`. */
	path: string;
	/** Path segments, for reading and writing the value. */
	parts: (string | number)[];
	/** Top-level section: catchment, demand, scanners, staffing, costs, fls, options, appraisal. */
	section: string;
	meta: FieldMeta;
	/** Value in the scenario as given (a number, a formula object, or undefined when left to its default). */
	value: unknown;
	/** The schema default, if the field has one. */
	defaultValue: number | undefined;
}

function getAt(obj: unknown, parts: readonly (string | number)[]): unknown {
	let v = obj;
	for (const p of parts) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[p];
	}
	return v;
}

/**
 * Every numeric input in a scenario, in schema order, with its metadata. Arrays (localities,
 * scanners, options...) are expanded for the items the scenario has; nested objects left out of
 * the scenario are listed with their defaults. Pass the scenario as written (input) or parsed.
 */
export function listInputs(scenario: unknown): InputEntry[] {
	const out: InputEntry[] = [];
	const visit = (schema: z.ZodType, parts: (string | number)[]) => {
		const { core, meta, defaultValue, optional } = unwrap(schema);
		const value = getAt(scenario, parts);
		// An optional block or field the scenario leaves out is not an input of this scenario.
		if (optional && value === undefined) return;
		if (meta) {
			out.push({
				path: formatPath(parts),
				parts,
				section: parts.length > 1 ? String(parts[0]) : 'general',
				meta,
				value,
				defaultValue: typeof defaultValue === 'number' ? defaultValue : undefined
			});
			return;
		}
		const { fields, item } = childrenOf(core);
		if (fields) {
			for (const [k, v] of Object.entries(fields)) visit(v, [...parts, k]);
		} else if (item && Array.isArray(value)) value.forEach((_, i) => visit(item, [...parts, i]));
	};
	visit(ScenarioShape, []);
	return out;
}

/** The number an input currently has: its value, its formula's evaluated value, or its default. */
export function effectiveNumber(entry: InputEntry, resolved?: unknown): number | undefined {
	if (typeof entry.value === 'number') return entry.value;
	if (resolved !== undefined) {
		const v = getAt(resolved, entry.parts);
		if (typeof v === 'number') return v;
	}
	if (isFormula(entry.value)) return undefined;
	return entry.defaultValue;
}

export { getAt };
