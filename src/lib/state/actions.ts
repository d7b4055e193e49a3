import type { InputIssue, ScenarioInput } from '$lib/model';
import { workspace, confirmDiscard } from './workspace.svelte';
import { checkScenarioText, readScenarioFile } from './files';
import { fetchExample } from './examples';
import { blankScenario } from './blank';
import { browserStore, readLibrary } from './storage';
import { decodeShare } from './shareLink';
import type { TeamLink } from '$lib/team/link';

/**
 * Ways to replace the working scenario. Each checks the new scenario completely before touching
 * the current work, asks before discarding unsaved changes, and returns the problems otherwise.
 * `cancelled` means the user chose to keep their current work.
 */
export type OpenOutcome = { ok: true } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; errors: InputIssue[] };

function accept(text: string, then: (raw: ScenarioInput) => void): OpenOutcome {
	const r = checkScenarioText(text);
	if (!r.ok) return { ok: false, errors: r.errors };
	if (!confirmDiscard()) return { ok: false, cancelled: true };
	then(r.raw as ScenarioInput);
	return { ok: true };
}

export async function openExample(file: string): Promise<OpenOutcome> {
	let text: string;
	try {
		text = await fetchExample(file);
	} catch (e) {
		return { ok: false, errors: [{ path: `(example ${file})`, message: (e as Error).message }] };
	}
	return accept(text, (raw) => workspace.open(raw, { origin: `example ${file}`, kind: 'example', ref: file }));
}

export function openSaved(id: string): OpenOutcome {
	const store = browserStore();
	const item = store ? readLibrary(store).find((s) => s.id === id) : undefined;
	if (!item) return { ok: false, errors: [{ path: '(library)', message: 'that saved scenario is no longer in this browser' }] };
	return accept(item.json, (raw) => workspace.open(raw, { origin: item.name, kind: 'saved', ref: id, savedId: id }));
}

export async function openFile(file: File): Promise<OpenOutcome> {
	const r = await readScenarioFile(file);
	if (!r.ok) return { ok: false, errors: r.errors };
	return accept(r.text, (raw) => workspace.open(raw, { origin: `imported ${file.name}`, kind: 'imported' }));
}

export async function openLink(value: string): Promise<OpenOutcome> {
	const d = await decodeShare(value);
	if (!d.ok) return { ok: false, errors: [{ path: '(link)', message: d.message }] };
	return accept(d.value, (raw) => workspace.open(raw, { origin: 'shared link', kind: 'link' }));
}

/** Open a version from a team space; the next save to the space is based on it. */
export function openTeamVersion(scenario: unknown, link: Omit<TeamLink, 'baseJson'>): OpenOutcome {
	return accept(JSON.stringify(scenario), (raw) => {
		// The workspace writes its JSON this way too, so "changed since this version" compares like with like.
		const baseJson = JSON.stringify(raw, null, 2);
		workspace.open(raw, { origin: `${link.scenarioName} (team space “${link.spaceName}”, version ${link.version})`, kind: 'team', ref: `${link.spaceId}/${link.scenarioId}`, team: { ...link, baseJson } });
	});
}

export function openBlank(): OpenOutcome {
	if (!confirmDiscard()) return { ok: false, cancelled: true };
	workspace.open(blankScenario(), { origin: 'blank', kind: 'blank' });
	return { ok: true };
}
