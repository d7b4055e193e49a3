/**
 * The example scenarios in models/, bundled into the server at build time by Vite (no
 * filesystem paths at run time, so the built app serves them from anywhere). Only files found
 * here can be served: a requested name is looked up in this list, never joined onto a path.
 */

const raw = import.meta.glob(['/models/*.json', '!/models/scenario.schema.json'], { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

export interface ModelSummary {
	/** File name in models/, e.g. "urban-backlog.json"; the key for GET /api/models/[file]. */
	file: string;
	name: string;
	description: string;
}

interface ModelEntry {
	summary: ModelSummary;
	text: string;
}

function str(v: unknown, fallback: string): string {
	return typeof v === 'string' && v.trim() ? v : fallback;
}

function entry(path: string, text: string): ModelEntry {
	const file = path.slice(path.lastIndexOf('/') + 1);
	let data: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(text);
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
	} catch {
		// A malformed example still lists under its file name; opening it shows the parse errors.
	}
	return { summary: { file, name: str(data.name, file), description: str(data.description, '') }, text };
}

const MODELS: ReadonlyMap<string, ModelEntry> = new Map(
	Object.entries(raw)
		.map(([path, text]) => entry(path, text))
		.sort((a, b) => a.summary.file.localeCompare(b.summary.file))
		.map((e) => [e.summary.file, e])
);

/** Every example model, by file name. */
export function listModels(): ModelSummary[] {
	return [...MODELS.values()].map((e) => ({ ...e.summary }));
}

/** The JSON text of one example, by file name with or without ".json"; null if there is no such example. */
export function getModelText(file: string): string | null {
	const key = file.endsWith('.json') ? file : `${file}.json`;
	return MODELS.get(key)?.text ?? null;
}
