import { listInputs, getAt, type InputEntry } from '../model/catalogue';
import type { Scenario } from '../model';
import type { FormulaValue } from '../model/parse';

export const PLACEHOLDER_TEXT = 'PLACEHOLDER — replace with local figure';

export interface InputRow {
	entry: InputEntry;
	/** The value the engine used (formulas evaluated, defaults filled). */
	value: number;
	context: string;
	status: 'placeholder' | 'set' | 'sourced';
	/** The scenario's formula for this input, if it is written as one. */
	formula?: string;
	sourceText: string;
	rationale: string;
}

/** Names of the array items along a path, e.g. "Second static scanner › Community diagnostic centre scanner". */
function contextOf(scenario: Scenario, parts: readonly (string | number)[]): string {
	const names: string[] = [];
	for (let i = 0; i < parts.length; i++) {
		if (typeof parts[i] !== 'number') continue;
		const item = getAt(scenario, parts.slice(0, i + 1));
		if (item && typeof item === 'object') {
			const o = item as { name?: unknown; id?: unknown; roleId?: unknown; scannerId?: unknown; localityId?: unknown };
			const label = o.name ?? o.roleId ?? o.scannerId ?? o.localityId ?? o.id;
			if (typeof label === 'string') names.push(label);
		}
	}
	return names.join(' › ');
}

/**
 * Every numeric input with the figure the engine used, its status and source. `input` is the
 * scenario as written: an input it leaves out runs on its default, which is a placeholder when
 * the schema says so. Without `input`, a placeholder input still at its default value is flagged.
 */
export function inputRows(opts: { scenario: Scenario; input?: unknown; formulas?: readonly FormulaValue[] }): InputRow[] {
	const { scenario, input, formulas = [] } = opts;
	const formulaAt = new Map(formulas.map((f) => [f.path, f.formula]));
	return listInputs(scenario)
		.filter((e) => typeof e.value === 'number')
		.map((entry) => {
			const value = entry.value as number;
			const m = entry.meta;
			const formula = formulaAt.get(entry.path);
			const written = input !== undefined ? getAt(input, entry.parts) !== undefined : !(m.placeholder && (entry.defaultValue === undefined || entry.defaultValue === value));
			let status: InputRow['status'];
			let sourceText: string;
			if (written || formula) {
				status = 'set';
				sourceText = formula ? `Set in scenario by formula: ${formula}` : 'Set in scenario';
				if (m.source) sourceText += ` (default's source: ${m.source})`;
			} else if (m.placeholder) {
				status = 'placeholder';
				sourceText = m.source ? `${PLACEHOLDER_TEXT} (${m.source})` : PLACEHOLDER_TEXT;
			} else {
				status = 'sourced';
				sourceText = m.source ?? 'Schema default (no source recorded)';
			}
			return { entry, value, context: contextOf(scenario, entry.parts), status, formula, sourceText, rationale: scenario.rationale[entry.path] ?? '' };
		});
}
