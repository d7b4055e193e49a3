/**
 * The engine of an earlier commit, built into a temporary folder, so `npm run bench` can time it
 * beside this one in the same run (the change is then a ratio measured under the same load).
 * The commit is `--against <rev>` on the command line, else BENCH_AGAINST, else BEFORE_KERNEL. Its
 * src/ is taken with `git archive`, given this checkout's node_modules, and bundled with esbuild:
 * the engine for the evaluation timings, and the app's PSA worker (behind this checkout's
 * psa-bench-thread.ts shim) for the Monte Carlo timings. Builds are kept by commit hash in the
 * temporary folder (rebuilt when the shim changes). For the Chromium timing, previousApp() builds
 * that commit's whole app the same way (vite build in a copy of its tree). Named so bench.ts does
 * not load it as a section.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Scenario } from '../src/lib/model/schema/scenario';
import type { AppraisalResult } from '../src/lib/model/results';
import type { ParseResult } from '../src/lib/model/parse';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the bench calls on an engine, this commit's or an earlier one's. */
export interface EngineApi {
	parseScenarioJson(text: string): ParseResult;
	appraise(s: Scenario): AppraisalResult;
}

export interface PreviousEngine {
	/** e.g. "HEAD~1 (a1b2c3d)". */
	label: string;
	engine: EngineApi;
	/** The previous commit's PSA worker, bundled for worker_threads (psa-bench-pool.ts). */
	workerBundle: string;
}

/** The last commit before the engine's kernel (issue 9, a268814): the engine the speed-ups are measured against. */
export const BEFORE_KERNEL = '67ec5d9';

/** The commit to compare with: --against <rev>, BENCH_AGAINST, or BEFORE_KERNEL. */
export function previousRevision(argv = process.argv): string {
	const i = argv.indexOf('--against');
	return (i >= 0 ? argv[i + 1] : undefined) ?? process.env.BENCH_AGAINST ?? BEFORE_KERNEL;
}

function git(...args: string[]): string {
	return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}

/** Build (or reuse) the engine and PSA worker of `rev`; null with the reason when it cannot be built. */
export async function previousEngine(rev = previousRevision()): Promise<PreviousEngine | { skipped: string }> {
	let hash: string;
	try {
		hash = git('rev-parse', '--short', `${rev}^{commit}`);
	} catch {
		return { skipped: `no commit "${rev}" here` };
	}
	const dir = join(tmpdir(), 'dxa-service-planner-bench', `engine-${hash}`);
	const engineFile = join(dir, 'engine.mjs');
	const workerFile = join(dir, 'psa-worker.mjs');
	const shim = readFileSync(join(ROOT, 'scripts', 'psa-bench-thread.ts'), 'utf8');
	const builtShim = join(dir, 'tree', 'scripts', 'psa-bench-thread.ts');
	if (!existsSync(engineFile) || !existsSync(workerFile) || !existsSync(builtShim) || readFileSync(builtShim, 'utf8') !== shim) {
		const tree = join(dir, 'tree');
		rmSync(tree, { recursive: true, force: true });
		mkdirSync(join(tree, 'scripts'), { recursive: true });
		execFileSync('sh', ['-c', `git archive ${hash} src | tar -x -C "${tree}"`], { cwd: ROOT });
		symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
		writeFileSync(join(tree, 'engine-entry.ts'), "export { parseScenarioJson } from './src/lib/model/parse';\nexport { appraise } from './src/lib/model/appraise';\n");
		// This checkout's shim around the earlier commit's worker (the shim's messages are the worker's own).
		copyFileSync(join(ROOT, 'scripts', 'psa-bench-thread.ts'), join(tree, 'scripts', 'psa-bench-thread.ts'));
		try {
			const common = { bundle: true, platform: 'node' as const, format: 'esm' as const, target: 'node20', logLevel: 'error' as const };
			await build({ ...common, entryPoints: [join(tree, 'engine-entry.ts')], outfile: engineFile });
			await build({ ...common, entryPoints: [join(tree, 'scripts', 'psa-bench-thread.ts')], outfile: workerFile });
		} catch (e) {
			return { skipped: `${rev} (${hash}) does not build: ${(e as Error).message.split('\n')[0]}` };
		}
	}
	const engine = (await import(engineFile)) as EngineApi;
	return { label: `${rev} (${hash})`, engine, workerBundle: workerFile };
}

/**
 * The whole app of `rev` built for `node build` (its tree from `git archive`, this checkout's
 * node_modules, `vite build`), kept by commit hash; its build folder, or why it could not be built.
 * A build takes a minute or more, once.
 */
export function previousApp(rev = previousRevision()): { label: string; build: string } | { skipped: string } {
	let hash: string;
	try {
		hash = git('rev-parse', '--short', `${rev}^{commit}`);
	} catch {
		return { skipped: `no commit "${rev}" here` };
	}
	const tree = join(tmpdir(), 'dxa-service-planner-bench', `app-${hash}`);
	const build = join(tree, 'build');
	if (!existsSync(join(build, 'index.js'))) {
		rmSync(tree, { recursive: true, force: true });
		mkdirSync(tree, { recursive: true });
		execFileSync('sh', ['-c', `git archive ${hash} | tar -x -C "${tree}"`], { cwd: ROOT });
		symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'));
		try {
			execFileSync('npx', ['vite', 'build'], { cwd: tree, stdio: 'ignore' });
		} catch (e) {
			return { skipped: `${rev} (${hash}): vite build failed: ${(e as Error).message.split('\n')[0]}` };
		}
	}
	return { label: `${rev} (${hash})`, build };
}
