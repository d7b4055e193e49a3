/** The example scenarios offered on the home page, from the server's models API. */
export interface ExampleInfo {
	name: string;
	description: string;
	file: string;
}

// When the API is not reachable (a static build, or while it is being deployed), fall back to the
// example files bundled at build time; each is its own lazily loaded chunk.
const bundled = import.meta.glob<string>(['/models/*.json', '!/models/*.schema.json'], { query: '?raw', import: 'default' });

function fileOf(path: string): string {
	return path.split('/').pop() ?? path;
}

export async function listExamples(fetcher: typeof fetch = fetch): Promise<ExampleInfo[]> {
	try {
		const res = await fetcher('/api/models');
		if (res.ok) {
			const list = (await res.json()) as unknown;
			const items = Array.isArray(list) ? list : (list as { models?: unknown })?.models;
			if (Array.isArray(items)) return items.filter((m): m is ExampleInfo => !!m && typeof m.file === 'string' && typeof m.name === 'string').map((m) => ({ ...m, description: m.description ?? '' }));
		}
	} catch {
		// fall through to the bundled copies
	}
	const out: ExampleInfo[] = [];
	for (const [path, load] of Object.entries(bundled)) {
		try {
			const s = JSON.parse(await load()) as { name?: string; description?: string };
			out.push({ name: s.name ?? fileOf(path), description: s.description ?? '', file: fileOf(path) });
		} catch {
			// a broken example is left out rather than breaking the home page
		}
	}
	return out;
}

/** The example's JSON text. */
export async function fetchExample(file: string, fetcher: typeof fetch = fetch): Promise<string> {
	try {
		const res = await fetcher(`/api/models/${encodeURIComponent(file)}`);
		if (res.ok) return await res.text();
	} catch {
		// fall through
	}
	const load = bundled[`/models/${file}`];
	if (!load) throw new Error(`example "${file}" was not found`);
	return load();
}
