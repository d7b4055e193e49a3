import { listInputs, getAt, type InputEntry } from '../model/catalogue';
import { inputContext } from '../present/inputs';
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
			return { entry, value, context: inputContext(scenario, entry.parts), status, formula, sourceText, rationale: scenario.rationale[entry.path] ?? '' };
		});
}
