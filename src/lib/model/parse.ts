import { ScenarioSchema, type Scenario, type ScenarioParsed } from './schema/scenario';
import { isFormula } from './schema/meta';
import { oversized } from './schema/walk';
import { uncertaintyIssues } from './uncertainty/validate';
import { evaluateFormula, FormulaError } from './formula';
import { namedQuantities } from './quantities';
import { migrate } from './migrate';
import { capIssues, formatPath, zodIssues, type InputIssue } from './issues';

export type ParseResult =
	| { ok: true; scenario: Scenario; formulas: FormulaValue[]; migratedFrom?: number }
	| { ok: false; errors: InputIssue[] };

/** A formula found in the scenario with the value it evaluated to. */
export interface FormulaValue {
	path: string;
	formula: string;
	value: number;
}

/** Largest scenario file accepted, in characters (a generous bound: real scenarios are ~20 kB). */
export const MAX_SCENARIO_CHARS = 1_000_000;

function fail(path: string, message: string): ParseResult {
	return { ok: false, errors: [{ path, message }] };
}

/** A failed parse: the problems, the list capped (a hostile file can hold a hundred thousand). */
function failed(errors: InputIssue[]): ParseResult {
	return { ok: false, errors: capIssues(errors) };
}

const atPath = (issues: readonly { path: (string | number)[]; message: string }[]): InputIssue[] => issues.map((i) => ({ path: formatPath(i.path), message: i.message }));

/** Replace every `{ formula }` with its value, collecting one error per bad formula. */
function resolveFormulas(parsed: ScenarioParsed): { value: unknown; formulas: FormulaValue[]; errors: InputIssue[] } {
	const scope = namedQuantities(parsed);
	const formulas: FormulaValue[] = [];
	const errors: InputIssue[] = [];
	const walk = (v: unknown, path: PropertyKey[]): unknown => {
		if (isFormula(v)) {
			const p = formatPath(path);
			try {
				const value = evaluateFormula(v.formula, scope);
				formulas.push({ path: p, formula: v.formula, value });
				return value;
			} catch (e) {
				errors.push({ path: p, message: `formula "${v.formula}": ${e instanceof FormulaError ? e.message : 'cannot be evaluated'}` });
				return 0;
			}
		}
		if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, i]));
		if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, [...path, k])]));
		return v;
	};
	return { value: walk(parsed, []), formulas, errors };
}

/**
 * Parse a raw scenario object: migrate older versions; refuse lists and records longer than the
 * schema allows before looking inside them; validate every field and cross-reference; evaluate formulas and validate the evaluated numbers against their bounds; then check the
 * uncertainty section against the valid scenario. Either a complete valid scenario or the list
 * of problems (the first 100, and how many more), never a partial result.
 */
export function parseScenario(raw: unknown): ParseResult {
	const m = migrate(raw);
	if (!m.ok) {
		const [path, ...rest] = m.message.split(': ');
		return rest.length ? fail(path ?? '(scenario)', rest.join(': ')) : fail('(scenario)', m.message);
	}
	const tooLong = oversized(ScenarioSchema, m.value);
	if (tooLong.length) return failed(tooLong.map((o) => ({ path: formatPath(o.path), message: `has ${o.count.toLocaleString('en-GB')} entries; at most ${o.max.toLocaleString('en-GB')} are allowed` })));
	const first = ScenarioSchema.safeParse(m.value, { reportInput: true });
	if (!first.success) return failed(zodIssues(first.error));
	const resolved = resolveFormulas(first.data);
	if (resolved.errors.length) return failed(resolved.errors);
	const second = ScenarioSchema.safeParse(resolved.value, { reportInput: true });
	if (!second.success) {
		const byPath = new Map(resolved.formulas.map((f) => [f.path, f]));
		return failed(
			zodIssues(second.error).map((i) => {
				const f = byPath.get(i.path);
				return f ? { ...i, message: `${i.message} (from formula "${f.formula}")` } : i;
			})
		);
	}
	const scenario = second.data as Scenario;
	const uncertainty = uncertaintyIssues(scenario);
	if (uncertainty.length) return failed(atPath(uncertainty));
	return { ok: true, scenario, formulas: resolved.formulas, migratedFrom: m.migratedFrom };
}

/** Parse scenario JSON text, with a size limit and a clear message for malformed JSON. */
export function parseScenarioJson(text: string): ParseResult {
	if (text.length > MAX_SCENARIO_CHARS) return fail('(file)', `scenario is too large (${text.length} characters; the limit is ${MAX_SCENARIO_CHARS})`);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return fail('(file)', `not valid JSON: ${(e as Error).message}`);
	}
	return parseScenario(raw);
}
