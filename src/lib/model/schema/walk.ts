import type { z } from 'zod';
import type { FieldMeta } from './meta';

/**
 * Reading the scenario's zod schema as data: the one place that looks inside zod's definitions.
 * The input catalogue (catalogue.ts) walks it to list every numeric input with its metadata, and
 * the parser (parse.ts) to refuse oversized lists and records before validating them. zod 4 keeps
 * a schema's structure in `def`: wrappers (default, prefault, optional, nullable, pipe) around a
 * structural type (object, array, record, union, number...).
 */
interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	defaultValue?: unknown;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	valueType?: z.ZodType;
	checks?: { _zod: { def: { check?: string; maximum?: number } } }[];
}

function defOf(s: z.ZodType): Def {
	return s.def as Def;
}

/** A schema's FieldMeta (an input's label, unit, help, source, bounds...), if it carries one. */
export function fieldMetaOf(s: z.ZodType): FieldMeta | undefined {
	const m = s.meta() as Partial<FieldMeta> | undefined;
	return m && typeof m.label === 'string' && typeof m.unit === 'string' ? (m as FieldMeta) : undefined;
}

/** A schema with its wrappers taken off: the structural schema, the first FieldMeta and default met, and whether it may be left out. */
export interface Unwrapped {
	core: z.ZodType;
	meta?: FieldMeta;
	defaultValue?: unknown;
	optional: boolean;
}

export function unwrap(s: z.ZodType): Unwrapped {
	let core = s;
	let meta = fieldMetaOf(s);
	let defaultValue: unknown;
	let optional = false;
	for (;;) {
		const d = defOf(core);
		if ((d.type === 'default' || d.type === 'prefault' || d.type === 'optional' || d.type === 'nullable') && d.innerType) {
			if (d.type === 'default' && defaultValue === undefined) defaultValue = d.defaultValue;
			if (d.type === 'optional') optional = true;
			core = d.innerType;
		} else if (d.type === 'pipe' && d.in) core = d.in;
		else return { core, meta, defaultValue, optional };
		meta ??= fieldMetaOf(core);
	}
}

/** The kind of structural schema: 'object', 'array', 'record', 'union', 'number'... */
export function kindOf(core: z.ZodType): string {
	return defOf(core).type;
}

/** The schemas of an object's fields, an array's items or a record's values (empty for other kinds). */
export function childrenOf(core: z.ZodType): { fields?: Record<string, z.ZodType>; item?: z.ZodType } {
	const d = defOf(core);
	if (d.type === 'object') return { fields: d.shape };
	if (d.type === 'array') return { item: d.element };
	if (d.type === 'record') return { item: d.valueType };
	return {};
}

/**
 * Most entries a list (its `.max()`) or a record (its `maxProperties` metadata, which the JSON
 * Schema carries too) may hold; undefined when unbounded.
 */
export function maxEntries(core: z.ZodType): number | undefined {
	const d = defOf(core);
	if (d.type === 'array') for (const c of d.checks ?? []) if (c._zod.def.check === 'max_length') return c._zod.def.maximum;
	if (d.type === 'record') {
		const m = core.meta() as { maxProperties?: unknown } | undefined;
		return typeof m?.maxProperties === 'number' ? m.maxProperties : undefined;
	}
	return undefined;
}

/**
 * Lists and records in a raw value that hold more entries than the schema allows, each as its
 * path and sizes, found before validation: validating 100,000 entries only to report each one
 * would hold a server for seconds. Oversized containers are not looked inside.
 */
export function oversized(schema: z.ZodType, value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; count: number; max: number }[] = []): typeof out {
	if (value === null || typeof value !== 'object') return out;
	const { core } = unwrap(schema);
	const max = maxEntries(core);
	const entries = Array.isArray(value) ? value.length : Object.keys(value).length;
	if (max !== undefined && entries > max) {
		out.push({ path, count: entries, max });
		return out;
	}
	const { fields, item } = childrenOf(core);
	if (fields && !Array.isArray(value)) {
		for (const [k, v] of Object.entries(value)) if (fields[k]) oversized(fields[k], v, [...path, k], out);
	} else if (item) {
		if (Array.isArray(value)) value.forEach((v, i) => oversized(item, v, [...path, i], out));
		else for (const [k, v] of Object.entries(value)) oversized(item, v, [...path, k], out);
	}
	return out;
}
