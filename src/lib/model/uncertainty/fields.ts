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
			int: e.meta.int === true,
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
