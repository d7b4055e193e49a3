/**
 * CLI handler for --xlsx --docx --md --csv (extension point in ../extensions.ts). It calls the
 * same export function as the app's export menu, so both write identical files for the same
 * scenario and date. The date is today unless DXA_EXPORT_DATE=YYYY-MM-DD fixes it (tests, and
 * reproducing a submitted document).
 */
import { writeFile } from 'node:fs/promises';
import { exportFile, type ExportFormat } from '../../export/files';
import type { ExportContext } from '../extensions';

export async function writeExports(ctx: ExportContext): Promise<string[]> {
	const date = process.env.DXA_EXPORT_DATE || undefined;
	const lines: string[] = [];
	for (const format of ['xlsx', 'docx', 'md', 'csv'] as const satisfies readonly ExportFormat[]) {
		const path = ctx.targets[format];
		if (!path) continue;
		const file = await exportFile(format, { scenario: ctx.scenario, result: ctx.result, input: ctx.input, date });
		try {
			await writeFile(path, file.bytes);
		} catch (e) {
			throw new Error(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
		}
		lines.push(`wrote ${path}`);
	}
	return lines;
}
