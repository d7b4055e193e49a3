import { evaluateFormula, FormulaError } from '$lib/model';

export type Entry = { ok: true; value: number; formula: string | null } | { ok: false; message: string };

/**
 * A number as typed in the guided setup: plain ("205,000", "205000") or, with a leading "=", a
 * formula evaluated by the engine's locked-down formula evaluator over the given named
 * quantities ("=120000 + 85000", "=population50Plus * 3.1 / 1000"). Thousands separators are
 * allowed in plain numbers only.
 */
export function readEntry(text: string, scope: Readonly<Record<string, number>> = {}): Entry {
	const s = text.trim();
	if (!s) return { ok: false, message: 'enter a number, or a formula starting with =' };
	if (s.startsWith('=')) {
		const formula = s.slice(1).trim();
		try {
			const value = evaluateFormula(formula, scope);
			return { ok: true, value, formula };
		} catch (e) {
			return { ok: false, message: `formula "${formula}": ${e instanceof FormulaError ? e.message : 'cannot be evaluated'}` };
		}
	}
	if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return { ok: false, message: `"${s}" is not a number (a formula starts with =)` };
	return { ok: true, value: Number(s.replace(/,/g, '')), formula: null };
}
