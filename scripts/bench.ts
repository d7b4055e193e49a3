/**
 * `npm run bench`: timings printed as plain tables, one section per topic. The scenario section
 * (scripts/bench-models.ts) runs first; every other scripts/bench-<topic>.ts that exports
 * `section: BenchSection` (see bench-lib.ts) is found and run after it, in file-name order, so
 * exports and Monte Carlo timings are added without editing this file.
 *
 *   npm run bench                       every section
 *   npm run bench -- --only exports     sections whose title or file contains "exports"
 *   npm run bench -- --duration 3000    time each case for 3 s instead of 1 s
 *   npm run bench -- --against main     compare with another commit's engine (default: the commit before the kernel, 67ec5d9; previous-engine.ts)
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadExampleModels, setBenchDefaults, type BenchSection } from './bench-lib';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1] : undefined;
}

async function discover(only: string | undefined): Promise<{ file: string; section: BenchSection }[]> {
	const all = readdirSync(import.meta.dirname).filter((f) => /^bench-.+\.ts$/.test(f) && f !== 'bench-lib.ts');
	// A file named by --only is loaded alone (loading a file can run work of its own).
	const named = all.filter((f) => only && f.toLowerCase().includes(only));
	const files = (named.length ? named : all)
		.sort((a, b) => Number(b === 'bench-models.ts') - Number(a === 'bench-models.ts') || a.localeCompare(b));
	const found: { file: string; section: BenchSection }[] = [];
	for (const file of files) {
		const mod = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { section?: BenchSection };
		if (mod.section && typeof mod.section.run === 'function') found.push({ file, section: mod.section });
		else console.warn(`scripts/${file}: no exported "section"; skipped`);
	}
	return found;
}

const only = option('only')?.toLowerCase();
const duration = option('duration');
if (duration !== undefined) {
	const d = Number(duration);
	if (!(d > 0)) {
		console.error(`--duration: expected milliseconds above 0, got "${duration}"`);
		process.exit(2);
	}
	setBenchDefaults({ durationMs: d, warmupMs: Math.min(300, d) });
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`DXA Service Planner benchmarks: Node ${process.version}, ${cpus().length} x ${cpu}`);
console.log('Timings vary with machine load; compare runs on the same machine.');

const models = loadExampleModels();
const sections = (await discover(only)).filter(({ file, section }) => !only || file.toLowerCase().includes(only) || section.title.toLowerCase().includes(only));
if (!sections.length) console.error(`no bench section matches "${only}"`);
for (const { section } of sections) await section.run({ models });
