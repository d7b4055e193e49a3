/** One value to put at one path of a scenario. */
export interface Assignment {
	parts: readonly (string | number)[];
	value: number;
}

/**
 * A copy of the scenario with the values set, sharing every branch it does not touch (only the
 * objects and arrays on the way to each path are copied). The input is never modified, so the
 * base scenario can be reused across thousands of Monte Carlo iterations.
 */
export function withValues<T extends object>(s: T, assignments: readonly Assignment[]): T {
	const root = (Array.isArray(s) ? s.slice() : { ...s }) as Record<string | number, unknown>;
	const copied = new Set<unknown>([root]);
	for (const { parts, value } of assignments) {
		let node = root;
		for (let i = 0; i < parts.length - 1; i++) {
			const k = parts[i] as string | number;
			let child = node[k];
			if (child === null || typeof child !== 'object') throw new Error(`no value at ${parts.slice(0, i + 1).join('.')}`);
			if (!copied.has(child)) {
				child = Array.isArray(child) ? child.slice() : { ...(child as object) };
				node[k] = child;
				copied.add(child);
			}
			node = child as Record<string | number, unknown>;
		}
		node[parts[parts.length - 1] as string | number] = value;
	}
	return root as T;
}

/** A copy with one value set. */
export function withValue<T extends object>(s: T, parts: readonly (string | number)[], value: number): T {
	return withValues(s, [{ parts, value }]);
}

/** The number at a path, or undefined. */
export function numberAt(s: unknown, parts: readonly (string | number)[]): number | undefined {
	let v = s;
	for (const p of parts) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<string | number, unknown>)[p];
	}
	return typeof v === 'number' ? v : undefined;
}

/**
 * A deep copy of plain data (objects and arrays), sharing nothing with the original, not even two
 * places the original shares. The Monte Carlo analysis writes its draws into one such copy per run
 * instead of copying branches every iteration: the engine reads a scenario and keeps none of it.
 */
export function workingCopy<T>(v: T): T {
	if (Array.isArray(v)) return v.map(workingCopy) as T;
	if (v !== null && typeof v === 'object') {
		const o: Record<string, unknown> = {};
		for (const k of Object.keys(v)) o[k] = workingCopy((v as Record<string, unknown>)[k]);
		return o as T;
	}
	return v;
}

/** Where a path's value lives: its parent object or array and its key (for repeated writes). */
export interface Slot {
	node: Record<string | number, unknown>;
	key: string | number;
}

export function slotAt(s: object, parts: readonly (string | number)[]): Slot {
	let node = s as Record<string | number, unknown>;
	for (let i = 0; i < parts.length - 1; i++) {
		const child = node[parts[i] as string | number];
		if (child === null || typeof child !== 'object') throw new Error(`no value at ${parts.slice(0, i + 1).join('.')}`);
		node = child as Record<string | number, unknown>;
	}
	return { node, key: parts[parts.length - 1] as string | number };
}

/**
 * Make `copy` (a working copy, workingCopy) hold `source`'s values again, object for object, when
 * the two have the same shape: the same keys in the same order in every object and the same length
 * in every array. Returns whether it did; when not (a shape differs), `copy` may be partly
 * overwritten and must be dropped (make a new working copy). A PSA worker keeps one working copy
 * between runs this way: the engine's compiled code was specialised to its objects, and a new copy
 * per run would throw that code away once the old copy is collected. A value already there is not
 * written again: V8 treats a field never written since its object was made as a constant, and
 * compiles code that depends on it; writing it, even the same value, throws that code away.
 */
export function refillCopy(copy: unknown, source: unknown): boolean {
	if (Array.isArray(source)) {
		if (!Array.isArray(copy) || copy.length !== source.length) return false;
		for (let i = 0; i < source.length; i++) {
			const v = source[i] as unknown;
			if (v !== null && typeof v === 'object') {
				if (!refillCopy(copy[i], v)) return false;
			} else if (!Object.is(copy[i], v)) copy[i] = v;
		}
		return true;
	}
	if (source === null || typeof source !== 'object' || copy === null || typeof copy !== 'object' || Array.isArray(copy)) return false;
	const keys = Object.keys(source);
	const have = Object.keys(copy);
	if (keys.length !== have.length) return false;
	const c = copy as Record<string, unknown>;
	const src = source as Record<string, unknown>;
	for (let i = 0; i < keys.length; i++) {
		const k = keys[i] as string;
		if (have[i] !== k) return false;
		const v = src[k];
		if (v !== null && typeof v === 'object') {
			if (!refillCopy(c[k], v)) return false;
		} else if (!Object.is(c[k], v)) c[k] = v;
	}
	return true;
}
