import { parseScenario } from '$lib/model/parse';
import { appraise } from '$lib/model/appraise';
import type { InputIssue } from '$lib/model/issues';
import { summarise } from '$lib/team/summary';
import type { PreparedScenario } from './teamStore';

/**
 * A scenario entering the team store is checked by the one parser (the scenario schema) and
 * appraised once, so the history can show what each version did to the result. What is stored
 * is the scenario as written (formulas kept). Problems are named with the `scenario.` prefix of
 * the request body they came from.
 */
export function prepareScenario(raw: unknown, prefix = 'scenario'): { ok: true; value: PreparedScenario } | { ok: false; errors: InputIssue[] } {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, errors: [{ path: prefix, message: 'required: the scenario as a JSON object' }] };
	const parsed = parseScenario(raw);
	if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => ({ path: e.path === '(scenario)' ? prefix : prefix.endsWith('.json') ? `${prefix}: ${e.path}` : `${prefix}.${e.path}`, message: e.message })) };
	const result = appraise(parsed.scenario);
	return { ok: true, value: { text: JSON.stringify(raw), name: parsed.scenario.name, summary: summarise(result) } };
}
