import { ScenarioSchema } from '$lib/model/schema/scenario';
import { migrate } from '$lib/model/migrate';
import { formatPath } from '$lib/model/issues';

/**
 * Whether a scenario's JSON text can be opened in the editor. An invalid value in a field is
 * fine (the editor shows the problem and the user fixes it); a scenario whose structure is
 * broken (a list that is not a list, a section that is not an object) is not something the
 * editor ever writes, and its pages cannot show it: that is a damaged copy. Returns null when it
 * can be opened, otherwise what is wrong in words.
 */
export function scenarioDamage(json: string): string | null {
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return 'its scenario is not readable JSON';
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it does not hold a scenario';
	const m = migrate(raw);
	if (!m.ok) return `its scenario cannot be read (${m.message})`;
	const r = ScenarioSchema.safeParse(m.value);
	if (r.success) return null;
	for (const issue of r.error.issues) {
		const expected = (issue as { expected?: string }).expected;
		if (issue.code === 'invalid_type' && (expected === 'array' || expected === 'object' || expected === 'record')) {
			return `its “${formatPath(issue.path)}” is not ${expected === 'array' ? 'a list' : 'a group of fields'} as it should be`;
		}
	}
	return null;
}
