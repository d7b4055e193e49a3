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
