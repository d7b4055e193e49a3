/**
 * This checkout's engine bundled with esbuild, as the app's server and workers run it (a bundle,
 * not tsx's per-module transform, whose imports are property getters), so the bench times this
 * engine and an earlier commit's (previous-engine.ts) built the same way. Built into a temporary
 * folder on every run. Named so bench.ts does not load it as a section.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { EngineApi } from './previous-engine';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function thisEngine(): Promise<EngineApi> {
	const dir = join(tmpdir(), 'dxa-service-planner-bench', `this-engine-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	const outfile = join(dir, 'engine.mjs');
	await build({
		stdin: { contents: "export { parseScenarioJson } from './src/lib/model/parse';\nexport { appraise } from './src/lib/model/appraise';\n", resolveDir: ROOT, loader: 'ts' },
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'error',
		outfile
	});
	return (await import(pathToFileURL(outfile).href)) as EngineApi;
}
