import { readFile, stat } from 'node:fs/promises';
import { parseScenarioJson, MAX_SCENARIO_CHARS } from '../model/parse';
import { appraiseParsed } from '../server/appraiseParsed';
import type { AppraiseOptions } from './args';
import { comparisonReport } from './comparison';
import { installedExtensions, notAvailableMessage, type Extensions, type HandlerKey, type PsaOutput } from './extensions';

/** Where the CLI writes; tests pass their own to capture output in-process. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	readStdin(): Promise<string>;
}

export const EXIT = { ok: 0, invalidScenario: 1, usage: 2, notAvailable: 3, internal: 4 } as const;

type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

/** A UTF-8 scenario file can hold at most 4 bytes per character; larger files cannot pass the parser's character limit. */
const MAX_FILE_BYTES = MAX_SCENARIO_CHARS * 4;

async function readScenario(path: string, io: CliIo): Promise<ReadOutcome> {
	if (path === '-') return { ok: true, text: await io.readStdin() };
	try {
		const info = await stat(path);
		if (info.isDirectory()) return { ok: false, message: `${path}: is a directory, not a scenario file` };
		if (info.size > MAX_FILE_BYTES) return { ok: false, message: `${path}: file is too large (${info.size} bytes; a scenario is at most ${MAX_SCENARIO_CHARS} characters)` };
		return { ok: true, text: await readFile(path, 'utf8') };
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
		return { ok: false, message: `${path}: cannot read the scenario file (${why})` };
	}
}

function notAvailable(key: HandlerKey, io: CliIo): number {
	io.err(notAvailableMessage(key));
	return EXIT.notAvailable;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/**
 * `cli appraise`: read, validate and appraise one scenario, then print the comparison table or
 * the JSON, and hand the optional export and PSA requests to their modules. Returns the exit
 * code. On any failure stdout stays empty, so `--json > file` never leaves a partial file behind.
 */
export async function runAppraise(options: AppraiseOptions, io: CliIo, ext: Extensions = installedExtensions): Promise<number> {
	// Extension points: refuse up front, before any work, when a requested feature is missing.
	const wanted: HandlerKey[] = [];
	if (Object.keys(options.exports).length) wanted.push('exports');
	if (options.psa) wanted.push('uncertainty');
	const missing = wanted.filter((k) => !ext.isAvailable(k));
	if (missing.length) {
		missing.forEach((k) => io.err(notAvailableMessage(k)));
		return EXIT.notAvailable;
	}

	const read = await readScenario(options.scenarioPath, io);
	if (!read.ok) {
		io.err(read.message);
		return EXIT.usage;
	}

	const outcome = appraiseParsed(parseScenarioJson(read.text));
	if (!outcome.ok) {
		if (outcome.kind === 'invalid') {
			outcome.errors.forEach((e) => io.err(`${e.path}: ${e.message}`));
			return EXIT.invalidScenario;
		}
		io.err(`internal error: ${outcome.message}`);
		return EXIT.internal;
	}
	const { scenario, result } = outcome;
	if (outcome.migratedFrom !== undefined) io.err(`note: scenario upgraded from schemaVersion ${outcome.migratedFrom} to ${result.schemaVersion}; save it again to keep the upgrade`);

	let psa: PsaOutput | null = null;
	const written: string[] = [];
	try {
		if (options.psa) {
			const handler = await ext.loadPsaHandler();
			if (!handler) return notAvailable('uncertainty', io);
			psa = await handler.runPsa({ ...options.psa, scenario, result });
		}
		if (Object.keys(options.exports).length) {
			const handler = await ext.loadExportHandler();
			if (!handler) return notAvailable('exports', io);
			written.push(...(await handler.writeExports({ scenario, result, targets: options.exports, input: JSON.parse(read.text) as unknown, psa: psa?.json ?? null })));
		}
	} catch (e) {
		io.err(`error: ${message(e)}`);
		return EXIT.internal;
	}

	if (options.json) {
		io.out(JSON.stringify(psa ? { ...result, psa: psa.json } : result, null, 2));
		// Keep stdout pure JSON: file notices go to stderr.
		written.forEach((w) => io.err(w));
	} else {
		io.out(comparisonReport(result));
		if (psa) io.out(`\n${psa.text}`);
		if (written.length) io.out(`\n${written.join('\n')}`);
	}
	return EXIT.ok;
}
