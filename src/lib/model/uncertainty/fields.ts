import type { z } from 'zod';
import { ScenarioSchema } from '../schema/scenario';
import { listInputs, type InputEntry } from '../catalogue';

/** A numeric input that can carry a range: where it is, its bounds and whether it is a whole number. */
export interface UncertainField {
	path: string;
	parts: readonly (string | number)[];
	label: string;
	unit: string;
	/** Bounds of the field from its schema (the sampler clamps to these so the engine always gets a valid scenario). */
	min: number;
	max: number;
	/** Whole-number fields (years, intervals) are rounded after sampling. */
	int: boolean;
	/** A proportion: bounds inside [0, 1], so a beta distribution fits. */
	proportion: boolean;
	entry: InputEntry;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

function unwrap(s: z.ZodType): z.ZodType {
	let cur = s;
	for (;;) {
		const d = defOf(cur);
		if (d.innerType && (d.type === 'default' || d.type === 'prefault' || d.type === 'optional' || d.type === 'nullable')) cur = d.innerType;
		else if (d.type === 'pipe' && d.in) cur = d.in;
		else return cur;
	}
}

/** Whether the number at these schema parts is an integer field (z.number().int()). */
function isIntField(parts: readonly (string | number)[]): boolean {
	let cur: z.ZodType | undefined = unwrap(ScenarioSchema);
	for (const p of parts) {
		if (!cur) return false;
		const d = defOf(cur);
		cur = typeof p === 'number' ? (d.element ? unwrap(d.element) : undefined) : d.shape?.[p] ? unwrap(d.shape[p]) : undefined;
	}
	if (!cur) return false;
	const d = defOf(cur);
	const num = d.type === 'union' && d.options ? d.options[0] : cur;
	return Boolean((num as unknown as { isInt?: boolean }).isInt);
}

/**
 * Every numeric input of a scenario that can carry a range, keyed by path. Built on the input
 * catalogue, so the paths are exactly the ones the editor and the workbook show.
 */
export function uncertainFields(scenario: unknown): Map<string, UncertainField> {
	const out = new Map<string, UncertainField>();
	for (const e of listInputs(scenario)) {
		const min = e.meta.min ?? -Number.MAX_VALUE;
		const max = e.meta.max ?? Number.MAX_VALUE;
		out.set(e.path, {
			path: e.path,
			parts: e.parts,
			label: e.meta.label,
			unit: e.meta.unit,
			min,
			max,
			int: isIntField(e.parts),
			proportion: min >= 0 && max <= 1,
			entry: e
		});
	}
	return out;
}

/** `scanners[0].slotMinutes.standard` -> ['scanners', 0, 'slotMinutes', 'standard']. */
export function parsePath(path: string): (string | number)[] {
	const parts: (string | number)[] = [];
	for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
	return parts;
}
