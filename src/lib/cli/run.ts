import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseScenario, parseScenarioJson, MAX_SCENARIO_CHARS, type ParseResult } from '../model/parse';
import { appraiseParsed } from '../server/appraiseParsed';
import { EXPORT_FORMATS, type AppraiseOptions, type ActivityOptions } from './args';
import { comparisonReport } from './comparison';
import { exportDate, writeExports } from './handlers/exports';
import { runPsa, type PsaOutput } from './handlers/psa';
import { readActivityFile, applyActivity } from './handlers/activity';
import { activityReport, activityJson } from './activityReport';
import type { ScenarioInput } from '../model';

/** Where the CLI writes; tests pass their own to capture output in-process. */
export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	readStdin(): Promise<string>;
}

/** Exit codes (3 was "feature not installed", from when exports and --psa were optional modules). */
export const EXIT = { ok: 0, invalidScenario: 1, usage: 2, internal: 4 } as const;

type ReadOutcome = { ok: true; text: string } | { ok: false; message: string };

/** A UTF-8 scenario file can hold at most 4 bytes per character; larger files cannot pass the parser's character limit. */
const MAX_FILE_BYTES = MAX_SCENARIO_CHARS * 4;

/**
 * A scenario file's bytes as text, as the API reads a request body: UTF-8, a leading byte-order
 * mark dropped (editors on Windows write one), and bytes that are not UTF-8 refused rather than
 * turned into replacement characters.
 */
export function decodeScenario(bytes: Uint8Array, name: string): ReadOutcome {
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, message: `${name}: is not UTF-8 text (save the scenario as UTF-8 JSON)` };
	}
}

async function readScenario(path: string, io: CliIo): Promise<ReadOutcome> {
	if (path === '-') {
		const text = await io.readStdin();
		return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
	}
	try {
		const info = await stat(path);
		if (info.isDirectory()) return { ok: false, message: `${path}: is a directory, not a scenario file` };
		if (info.size > MAX_FILE_BYTES) return { ok: false, message: `${path}: file is too large (${info.size} bytes; a scenario is at most ${MAX_SCENARIO_CHARS} characters)` };
		return decodeScenario(await readFile(path), path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
		return { ok: false, message: `${path}: cannot read the scenario file (${why})` };
	}
}

/** Whether two paths name the same file: the same path once resolved, or (both existing) the same file on disk through a link. */
async function sameFile(a: string, b: string): Promise<boolean> {
	if (resolve(a) === resolve(b)) return true;
	try {
		const [x, y] = await Promise.all([stat(a), stat(b)]);
		return x.dev === y.dev && x.ino === y.ino;
	} catch {
		return false;
	}
}

/** Problems with the requested outputs that can be told before any work: an output that is the scenario file, a bad export date. */
async function outputProblems(options: AppraiseOptions): Promise<string[]> {
	const problems: string[] = [];
	for (const format of EXPORT_FORMATS) {
		const target = options.exports[format];
		if (target && options.scenarioPath !== '-' && (await sameFile(target, options.scenarioPath)))
			problems.push(`--${format}: "${target}" is the scenario file itself; writing it would overwrite your scenario, so choose another file name`);
	}
	if (Object.keys(options.exports).length) {
		const date = exportDate(process.env.DXA_EXPORT_DATE);
		if (!date.ok) problems.push(date.message);
	}
	return problems;
}

function message(e: unknown): string {
	return e instanceof Error ? e.message : String(e);
}

/**
 * `cli appraise`: read, validate and appraise one scenario, then print the comparison table or
 * the JSON, run the PSA when asked, and write the requested exports. Returns the exit code. On
 * any failure stdout stays empty, so `--json > file` never leaves a partial file behind, and no
 * export file is left half-written.
 */
export async function runAppraise(options: AppraiseOptions, io: CliIo): Promise<number> {
	const problems = await outputProblems(options);
	if (problems.length) {
		problems.forEach((p) => io.err(p));
		return EXIT.usage;
	}

	const read = await readScenario(options.scenarioPath, io);
	if (!read.ok) {
		io.err(read.message);
		return EXIT.usage;
	}

	let parsed: ParseResult = parseScenarioJson(read.text);
	let input: unknown = parsed.ok ? JSON.parse(read.text) : null;
	if (options.activityPath !== null && parsed.ok) {
		// The activity file's fit is applied as the app's "Apply to the scenario" does, then the result is checked again.
		const activity = await readActivityFile(options.activityPath);
		if (!activity.ok) {
			activity.lines.forEach((l) => io.err(l));
			return activity.usage ? EXIT.usage : EXIT.invalidScenario;
		}
		const applied = applyActivity(input as ScenarioInput, parsed.scenario, activity.fit);
		applied.notes.forEach((n) => io.err(n));
		input = applied.input;
		parsed = parseScenario(applied.input);
	}
	const outcome = appraiseParsed(parsed);
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
		// The PSA runs first, so the exports carry it.
		if (options.psa) psa = runPsa(scenario, options.psa);
		if (Object.keys(options.exports).length) {
			const date = exportDate(process.env.DXA_EXPORT_DATE);
			written.push(...(await writeExports({ scenario, result, targets: options.exports, input, psa: psa?.result ?? null, date: date.ok ? date.date : undefined })));
		}
	} catch (e) {
		io.err(`error: ${message(e)}`);
		return EXIT.internal;
	}

	if (options.json) {
		io.out(JSON.stringify(psa ? { ...result, psa: psa.result } : result, null, 2));
		// Keep stdout pure JSON: file notices go to stderr.
		written.forEach((w) => io.err(w));
	} else {
		io.out(comparisonReport(result));
		if (psa) io.out(`\n${psa.text}`);
		if (written.length) io.out(`\n${written.join('\n')}`);
	}
	return EXIT.ok;
}

/**
 * `cli activity`: read and fit a CSV of monthly activity and print the fit (or its JSON). A file
 * with problems exits 1 with one line per problem naming its row and column; one that cannot be
 * read exits 2.
 */
export async function runActivity(options: ActivityOptions, io: CliIo): Promise<number> {
	const r = await readActivityFile(options.csvPath);
	if (!r.ok) {
		r.lines.forEach((l) => io.err(l));
		return r.usage ? EXIT.usage : EXIT.invalidScenario;
	}
	io.out(options.json ? JSON.stringify(activityJson(r.fit), null, 2) : activityReport(r.fit));
	return EXIT.ok;
}
