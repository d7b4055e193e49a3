/** Reading and writing a value deep inside the scenario being edited, by path segments. */
export type PathPart = string | number;

// Paths come from the schema catalogue, but a guard keeps a hostile path from reaching a prototype.
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

export function getPath(obj: unknown, parts: readonly PathPart[]): unknown {
	let v = obj;
	for (const p of parts) {
		if (v === null || typeof v !== 'object') return undefined;
		v = (v as Record<PathPart, unknown>)[p];
	}
	return v;
}

/**
 * Set `value` at `parts`, creating missing objects (or arrays, when the next segment is a
 * number) on the way. `undefined` removes the key, so the field falls back to its default.
 */
export function setPath(obj: unknown, parts: readonly PathPart[], value: unknown): void {
	if (parts.length === 0) throw new Error('setPath needs at least one path segment');
	for (const p of parts) if (typeof p === 'string' && FORBIDDEN.has(p)) throw new Error(`refusing to write "${p}"`);
	let v = obj as Record<PathPart, unknown>;
	for (let i = 0; i < parts.length - 1; i++) {
		const p = parts[i] as PathPart;
		let next = v[p];
		if (next === null || typeof next !== 'object') {
			v[p] = typeof parts[i + 1] === 'number' ? [] : {};
			// Re-read rather than keep the new object: on reactive ($state) input the stored value is
			// a proxy, and writes to the raw object would not be seen.
			next = v[p];
		}
		v = next as Record<PathPart, unknown>;
	}
	const last = parts[parts.length - 1] as PathPart;
	if (value === undefined && !Array.isArray(v)) delete v[last];
	else v[last] = value;
}

/** `scanners[0].dnaRate` from `['scanners', 0, 'dnaRate']` (the engine's error-path format). */
export function pathKey(parts: readonly PathPart[]): string {
	let out = '';
	for (const p of parts) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
	return out;
}

/** A DOM id for a path: letters, digits and dashes only. */
export function pathId(parts: readonly PathPart[]): string {
	return 'f-' + pathKey(parts).replace(/[^A-Za-z0-9]+/g, '-');
}

/** A new id not in `taken`, from a stem such as "scanner" -> scanner2, scanner3... */
export function uniqueId(stem: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	const base = stem.replace(/[^A-Za-z0-9_-]/g, '').replace(/^[^A-Za-z]+/, '') || 'item';
	if (!used.has(base)) return base;
	for (let i = 2; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}
