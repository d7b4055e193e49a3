/**
 * --xlsx --docx --md --csv: the CLI's exports. It calls the same export function as the app's
 * export menu, so both write identical files for the same scenario, analyses and date. The
 * exporters receive the analyses and never run the engine: the one-way sensitivity and switching
 * values are worked out here first (when the scenario has uncertain inputs and a workbook or
 * business case is asked for), and with --psa the run's result is passed in. The date is today
 * unless DXA_EXPORT_DATE=YYYY-MM-DD fixes it (tests, and reproducing a submitted document).
 *
 * Every file is made in memory first and written under a temporary name beside its target; only
 * when all are written are they renamed into place. A failure part-way removes what this run
 * wrote, so a run either produces every file asked for or changes none.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { exportFile, type ExportFormat } from '../../export/files';
import { renderCaseFigures } from '../../server/caseFigures';
import { sensitivityAnalyses, type PsaResult } from '../../model/uncertainty';
import type { Scenario } from '../../model/schema/scenario';
import type { AppraisalResult } from '../../model/results';
import type { ExportTargets } from '../args';

export interface ExportContext {
	scenario: Scenario;
	result: AppraisalResult;
	targets: ExportTargets;
	/** The scenario file as written (parsed JSON), so exports can tell placeholder defaults from local figures. */
	input?: unknown;
	/** The --psa run, when one was asked for. */
	psa: PsaResult | null;
	/** YYYY-MM-DD (checked by exportDate), or undefined for today. */
	date: string | undefined;
}

/** Formats that carry the sensitivity and probabilistic analyses. */
const ANALYSED: readonly ExportFormat[] = ['xlsx', 'docx', 'md'];

/**
 * The export date from DXA_EXPORT_DATE: unset or empty means today; otherwise a real calendar date
 * written YYYY-MM-DD, or a message saying what is wrong.
 */
export function exportDate(value: string | undefined): { ok: true; date: string | undefined } | { ok: false; message: string } {
	if (value === undefined || value === '') return { ok: true, date: undefined };
	const bad = (why: string) => ({ ok: false as const, message: `DXA_EXPORT_DATE: ${why}, got "${value.length > 40 ? `${value.slice(0, 40)}...` : value}"` });
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!m) return bad('must be a date written YYYY-MM-DD (e.g. 2026-04-01), or unset for today');
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const t = new Date(Date.UTC(y, mo - 1, d));
	if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return bad('is not a date in the calendar');
	return { ok: true, date: value };
}

async function removeAll(paths: readonly string[]): Promise<void> {
	await Promise.all(paths.map((p) => rm(p, { force: true }).catch(() => undefined)));
}

export async function writeExports(ctx: ExportContext): Promise<string[]> {
	const formats = (['xlsx', 'docx', 'md', 'csv'] as const).filter((f) => ctx.targets[f]);
	const sensitivity = formats.some((f) => ANALYSED.includes(f)) ? sensitivityAnalyses(ctx.scenario) : null;
	const files = [];
	for (const format of formats) {
		const file = await exportFile(format, { scenario: ctx.scenario, result: ctx.result, input: ctx.input, date: ctx.date, sensitivity, psa: ctx.psa ?? undefined }, { figures: renderCaseFigures });
		files.push({ format, path: ctx.targets[format] as string, bytes: file.bytes });
	}
	const temporary = files.map((f) => `${f.path}.${process.pid}.partial`);
	const placed: string[] = [];
	try {
		for (const [k, f] of files.entries()) {
			try {
				await writeFile(temporary[k] as string, f.bytes);
			} catch (e) {
				throw new Error(`cannot write ${f.path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
			}
		}
		for (const [k, f] of files.entries()) {
			await rename(temporary[k] as string, f.path);
			placed.push(f.path);
		}
	} catch (e) {
		await removeAll([...temporary, ...placed]);
		const removed = placed.length ? ` (removed ${placed.join(', ')}, written before the failure)` : '';
		throw new Error(`${(e as Error).message}; no export files were written${removed}`);
	}
	const psa = ctx.psa;
	return files.map((f) => `wrote ${f.path}${psa && f.format !== 'csv' ? ` (with the probabilistic analysis: ${psa.iterations.toLocaleString('en-GB')} runs, seed ${psa.seed})` : ''}`);
}
