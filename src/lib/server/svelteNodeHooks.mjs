/**
 * Node module hooks that compile .svelte files for server rendering, so plain Node (the CLI under
 * tsx) can render the app's chart components with svelte/server, as the SvelteKit server does with
 * the components Vite compiled. Registered by src/lib/server/caseFigures.ts only outside Vite.
 * Svelte 5 strips the type annotations of <script lang="ts"> itself; the components' own .ts
 * imports are resolved by tsx.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { compile } from 'svelte/compiler';

export async function load(url, context, nextLoad) {
	if (!url.endsWith('.svelte')) return nextLoad(url, context);
	const filename = fileURLToPath(url);
	const source = await readFile(filename, 'utf8');
	const { js } = compile(source, { generate: 'server', filename, dev: false });
	return { format: 'module', source: js.code, shortCircuit: true };
}
