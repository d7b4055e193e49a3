/**
 * CLI handler for --xlsx --docx --md --csv (extension point in ../extensions.ts). It calls the
 * same export function as the app's export menu, so both write identical files for the same
 * scenario, analyses and date. With --psa the PSA handler runs first and its result (the engine's
 * PsaResult) goes into the workbook's Probabilistic sheet and the business case. The date is
 * today unless DXA_EXPORT_DATE=YYYY-MM-DD fixes it (tests, and reproducing a submitted document).
 */
import { writeFile } from 'node:fs/promises';
import { exportFile, type ExportFormat } from '../../export/files';
import type { PsaResult } from '../../model/uncertainty';
import type { ExportContext } from '../extensions';

/** The PSA handler's `json` is the engine's PsaResult; anything else is a wiring error, not user input. */
function psaOf(json: unknown): PsaResult | undefined {
	if (json === null || json === undefined) return undefined;
	const p = json as Partial<PsaResult>;
	if (typeof p.iterations !== 'number' || typeof p.seed !== 'number' || !Array.isArray(p.options)) throw new Error('the --psa output is not a probabilistic analysis result');
	return json as PsaResult;
}

export async function writeExports(ctx: ExportContext): Promise<string[]> {
	const date = process.env.DXA_EXPORT_DATE || undefined;
	const psa = psaOf(ctx.psa);
	const lines: string[] = [];
	for (const format of ['xlsx', 'docx', 'md', 'csv'] as const satisfies readonly ExportFormat[]) {
		const path = ctx.targets[format];
		if (!path) continue;
		const file = await exportFile(format, { scenario: ctx.scenario, result: ctx.result, input: ctx.input, date, psa });
		try {
			await writeFile(path, file.bytes);
		} catch (e) {
			throw new Error(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
		}
		lines.push(`wrote ${path}${psa && format !== 'csv' ? ` (with the probabilistic analysis: ${psa.iterations.toLocaleString('en-GB')} runs, seed ${psa.seed})` : ''}`);
	}
	return lines;
}
