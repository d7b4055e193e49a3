import { z } from 'zod';

/**
 * Metadata carried by every scenario input through zod's `.meta()`. Forms, the workbook's Inputs
 * sheet, the business case's references and docs all read this one place.
 * Every default either names its `source` or sets `placeholder: true` (a figure to replace locally).
 */
export type FieldMeta = {
	label: string;
	unit: string;
	help: string;
	/** Citation for the default figure. */
	source?: string;
	/** True when the default is an illustrative figure that must be replaced with a local one. */
	placeholder?: boolean;
	/** Lower and upper bounds, repeated here so forms can show them without parsing checks. */
	min?: number;
	max?: number;
	/** Whether the input may be written as a formula over named quantities. */
	formula?: boolean;
	/** A whole number (years, intervals, counts): ranges and draws of it are whole numbers too. */
	int?: boolean;
};

/** A formula over the scenario's named quantities, e.g. `population50Plus * 3.1 / 1000`. */
export const FormulaSchema = z
	.object({
		formula: z.string().min(1).max(300)
	})
	.strict()
	.meta({ id: 'Formula', description: 'A formula over named quantities (see docs/methods.md)' });

export type Formula = z.infer<typeof FormulaSchema>;

export function isFormula(v: unknown): v is Formula {
	return typeof v === 'object' && v !== null && 'formula' in v && typeof (v as Formula).formula === 'string';
}

interface NumOpts {
	min?: number;
	max?: number;
	int?: boolean;
	default?: number;
}

type NumMeta = Omit<FieldMeta, 'min' | 'max' | 'formula' | 'int'>;
type NumOrFormula = z.ZodUnion<[z.ZodNumber, typeof FormulaSchema]>;
type WithDefault = NumOpts & { default: number };

function numberSchema(o: NumOpts) {
	let n = o.int ? z.number().int() : z.number();
	if (o.min !== undefined) n = n.min(o.min);
	if (o.max !== undefined) n = n.max(o.max);
	return n;
}

/**
 * A numeric input that may also be written as `{ "formula": "..." }`. Formulas are evaluated by
 * the parser before the engine runs; the scenario is then validated again, so bounds apply
 * to the evaluated number.
 */
export function num(meta: NumMeta, o: WithDefault): z.ZodDefault<NumOrFormula>;
export function num(meta: NumMeta, o?: NumOpts): NumOrFormula;
export function num(meta: NumMeta, o: NumOpts = {}): z.ZodType {
	const full = { ...meta, description: meta.help, min: o.min, max: o.max, formula: true, ...(o.int ? { int: true } : {}) };
	const base = z.union([numberSchema(o), FormulaSchema]);
	return o.default !== undefined ? base.default(o.default).meta(full) : base.meta(full);
}

/** A plain number (no formula), for structural figures such as years and intervals. */
export function plainNum(meta: NumMeta, o: WithDefault): z.ZodDefault<z.ZodNumber>;
export function plainNum(meta: NumMeta, o?: NumOpts): z.ZodNumber;
export function plainNum(meta: NumMeta, o: NumOpts = {}): z.ZodType {
	const full = { ...meta, description: meta.help, min: o.min, max: o.max, formula: false, ...(o.int ? { int: true } : {}) };
	const base = numberSchema(o);
	return o.default !== undefined ? base.default(o.default).meta(full) : base.meta(full);
}

type LooseMeta = Omit<NumMeta, 'unit'> & { unit?: string };

/** A proportion between 0 and 1 (never a percentage). */
export function frac(meta: LooseMeta, def: number): z.ZodDefault<NumOrFormula>;
export function frac(meta: LooseMeta): NumOrFormula;
export function frac(meta: LooseMeta, def?: number): z.ZodType {
	const m = { unit: 'fraction 0-1', ...meta };
	return def === undefined ? num(m, { min: 0, max: 1 }) : num(m, { min: 0, max: 1, default: def });
}

/** Money in GBP at the scenario's price base year. */
export function gbp(meta: LooseMeta, def: number, max?: number): z.ZodDefault<NumOrFormula>;
export function gbp(meta: LooseMeta, def?: undefined, max?: number): NumOrFormula;
export function gbp(meta: LooseMeta, def?: number, max = 1e9): z.ZodType {
	const m = { unit: 'GBP', ...meta };
	return def === undefined ? num(m, { min: 0, max }) : num(m, { min: 0, max, default: def });
}

export const IdSchema = z
	.string()
	.min(1)
	.max(40)
	.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'must start with a letter and use only letters, digits, - or _');
