import { isFormula } from '$lib/model/schema/meta';

/**
 * Input-by-input differences between two scenarios as written (formulas kept). Lists of items
 * that carry ids (scanners, options, roles, localities...) are matched by id, so adding an
 * option in the middle shows as one added option, not every later option "changed". A path
 * segment is a key, an index (lists without ids) or `{ id }`.
 */
export type Segment = string | number | { id: string };

export type ChangeKind = 'changed' | 'added' | 'removed';

export interface Change {
	path: Segment[];
	/** The path as one string, stable across scenarios: `options{fls}.capitalItems[0].costGbp`. */
	key: string;
	kind: ChangeKind;
	before: unknown;
	after: unknown;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value compared whole: a primitive, a formula, or a list of primitives. */
function isLeaf(v: unknown): boolean {
	if (!isObj(v) && !Array.isArray(v)) return true;
	if (isFormula(v)) return true;
	return Array.isArray(v) && v.every((x) => typeof x !== 'object' || x === null);
}

function idsOf(list: unknown[]): string[] | null {
	const ids = list.map((x) => (isObj(x) && typeof x.id === 'string' ? x.id : null));
	if (ids.some((x) => x === null)) return null;
	return new Set(ids).size === ids.length ? (ids as string[]) : null;
}

export function segmentKey(path: readonly Segment[]): string {
	let out = '';
	for (const s of path) {
		if (typeof s === 'number') out += `[${s}]`;
		else if (typeof s === 'string') out += out ? `.${s}` : s;
		else out += `{${s.id}}`;
	}
	return out;
}

export function sameValue(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

export function diffScenarios(before: unknown, after: unknown): Change[] {
	const out: Change[] = [];
	const push = (path: Segment[], a: unknown, b: unknown) => {
		if (sameValue(a, b)) return;
		out.push({ path, key: segmentKey(path), kind: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed', before: a, after: b });
	};
	const walk = (a: unknown, b: unknown, path: Segment[]) => {
		if (a === undefined || b === undefined || isLeaf(a) || isLeaf(b)) return push(path, a, b);
		if (Array.isArray(a) && Array.isArray(b)) {
			const ia = idsOf(a);
			const ib = idsOf(b);
			if (ia && ib) {
				const byId = (list: unknown[], id: string) => list.find((x) => (x as Obj).id === id);
				for (const id of ib) walk(byId(a, id), byId(b, id), [...path, { id }]);
				for (const id of ia) if (!ib.includes(id)) push([...path, { id }], byId(a, id), undefined);
			} else {
				for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], [...path, i]);
			}
			return;
		}
		if (isObj(a) && isObj(b)) {
			const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !(k in a))];
			for (const k of keys) walk(a[k], b[k], [...path, k]);
			return;
		}
		push(path, a, b);
	};
	walk(before, after, []);
	return out;
}

/** The container a path points into, and the last segment resolved to a key or index; null when missing. */
function locate(root: unknown, path: readonly Segment[]): { parent: Obj | unknown[]; last: string | number } | null {
	let v: unknown = root;
	for (let i = 0; i < path.length; i++) {
		const s = path[i] as Segment;
		const isLast = i === path.length - 1;
		let key: string | number;
		if (typeof s === 'object') {
			if (!Array.isArray(v)) return null;
			const idx = v.findIndex((x) => isObj(x) && x.id === s.id);
			if (idx < 0 && !isLast) return null;
			key = idx < 0 ? -1 : idx;
		} else key = s;
		if (isLast) return Array.isArray(v) || isObj(v) ? { parent: v as Obj | unknown[], last: key } : null;
		const next = (v as Obj | unknown[])?.[key as never];
		if (typeof next !== 'object' || next === null) return null;
		v = next;
	}
	return null;
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Make `target` (a scenario as written, changed in place) take the `after` side of a change.
 * False when the place no longer exists there (say the option was deleted), so it was not applied.
 */
export function applyChange(target: unknown, change: Change): boolean {
	if (change.path.some((s) => typeof s === 'string' && FORBIDDEN.has(s))) return false;
	const at = locate(target, change.path);
	if (!at) return false;
	const value = change.after === undefined ? undefined : structuredClone(change.after);
	const { parent, last } = at;
	if (Array.isArray(parent)) {
		if (typeof last !== 'number') return false;
		const lastSeg = change.path[change.path.length - 1];
		if (typeof lastSeg === 'object') {
			if (value === undefined) {
				if (last >= 0) parent.splice(last, 1);
			} else if (last >= 0) parent[last] = value;
			else parent.push(value);
			return true;
		}
		if (value === undefined) {
			if (last < parent.length) parent.splice(last, 1);
		} else parent[last] = value;
		return true;
	}
	if (value === undefined) delete (parent as Obj)[last as string];
	else (parent as Obj)[last as string] = value;
	return true;
}

/** The value at a path (ids resolved), or undefined when it is not there. */
export function valueAt(root: unknown, path: readonly Segment[]): unknown {
	let v: unknown = root;
	for (const s of path) {
		if (typeof s === 'object') v = Array.isArray(v) ? v.find((x) => isObj(x) && x.id === s.id) : undefined;
		else v = isObj(v) || Array.isArray(v) ? (v as Obj)[s as never] : undefined;
		if (v === undefined) return undefined;
	}
	return v;
}
