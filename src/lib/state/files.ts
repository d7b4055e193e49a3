import { MAX_SCENARIO_CHARS, parseScenarioJson, type InputIssue } from '$lib/model';

export type FileRead = { ok: true; text: string; raw: unknown } | { ok: false; errors: InputIssue[] };

/**
 * Read and check a scenario file chosen by the user. The size is checked before reading so a
 * huge file is refused without being loaded; the content must parse to a valid scenario.
 */
export async function readScenarioFile(file: File): Promise<FileRead> {
	const where = `(file ${file.name})`;
	if (file.size > MAX_SCENARIO_CHARS * 4) return { ok: false, errors: [{ path: where, message: `the file is too large (${(file.size / 1e6).toFixed(1)} MB; the limit is about ${MAX_SCENARIO_CHARS / 1e6} MB)` }] };
	let text: string;
	try {
		text = await file.text();
	} catch {
		return { ok: false, errors: [{ path: where, message: 'the file could not be read' }] };
	}
	return checkScenarioText(text);
}

/** Parse scenario JSON text; on success also return the raw object as written (formulas kept). */
export function checkScenarioText(text: string): FileRead {
	const parsed = parseScenarioJson(text);
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	return { ok: true, text, raw: JSON.parse(text) };
}

/** Offer text to the user as a file download. */
export function downloadText(fileName: string, text: string, mime = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type: mime }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A safe file name from a scenario name. */
export function fileNameFor(name: string, ext: string): string {
	const stem = name.replace(/[^A-Za-z0-9 _-]+/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60);
	return `${stem || 'scenario'}.${ext}`;
}
