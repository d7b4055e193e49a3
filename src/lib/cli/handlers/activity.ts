import { readFile, stat } from 'node:fs/promises';
import { readActivityCsv, MAX_ACTIVITY_CHARS } from '../../activity/read';
import { fitActivity, type ActivityFit } from '../../activity/fit';
import { offerFromFit, applyOffer } from '../../activity/offer';
import type { Scenario, ScenarioInput } from '../../model';
import { problemLines } from '../activityReport';

export type ActivityRead = { ok: true; fit: ActivityFit } | { ok: false; lines: string[]; usage: boolean };

/**
 * Read and fit an activity CSV from disk (UTF-8, a byte-order mark dropped). A file that cannot be
 * read is a usage problem; a file with problems in it is refused with one line per problem,
 * naming its row and column.
 */
export async function readActivityFile(path: string): Promise<ActivityRead> {
	let text: string;
	try {
		const info = await stat(path);
		if (info.isDirectory()) return { ok: false, usage: true, lines: [`${path}: is a directory, not a CSV file`] };
		if (info.size > MAX_ACTIVITY_CHARS * 4) return { ok: false, usage: true, lines: [`${path}: file is too large (${info.size} bytes)`] };
		text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : e instanceof TypeError ? 'not UTF-8 text (save the CSV as UTF-8)' : (e as Error).message;
		return { ok: false, usage: true, lines: [`${path}: cannot read the activity file (${why})`] };
	}
	const name = path.split(/[\\/]/).pop() ?? path;
	const r = readActivityCsv(text.replace(/^\uFEFF/, ''), name);
	if (!r.ok) return { ok: false, usage: false, lines: problemLines(name, r.problems) };
	return { ok: true, fit: fitActivity(r.data) };
}

/**
 * The scenario with everything the fit offers applied (as the app's "Apply to the scenario"
 * with every box ticked), and one line per value applied or not offered.
 */
export function applyActivity(input: ScenarioInput, scenario: Scenario, fit: ActivityFit): { input: ScenarioInput; notes: string[] } {
	const offer = offerFromFit(fit, input, scenario);
	const applied = applyOffer(input, offer.items, scenario);
	const notes = [
		...offer.items.map((i) => `activity: ${i.label}: ${i.rationale}`),
		...offer.unavailable.map((u) => `activity: not applied: ${u}`),
		...(applied.movedRanges.length ? [`activity: uncertainty ranges moved with the new values: ${applied.movedRanges.join(', ')}`] : [])
	];
	return { input: applied.input, notes };
}
