import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { appraise } from '../../src/lib/model';
import { runPsa, sensitivityAnalyses } from '../../src/lib/model/uncertainty';
import { exportFile } from '../../src/lib/export/files';
import { XLSX } from '../../src/lib/export/workbook/sheetjs';
import { runCli, ROOT } from './run-cli';
import { probabilisticSheetFigures } from '../export/probabilisticSheetFigures';

/**
 * `appraise <file> --psa 200 --seed 7 --xlsx --md` puts that PSA in the files: the workbook's
 * Probabilistic cells equal the engine's own run, and the files are byte-identical to the app's
 * export of the same scenario, PSA and date.
 */
describe('CLI --psa with exports', () => {
	const file = 'models/urban-backlog.json';
	const text = readFileSync(join(ROOT, file), 'utf8');
	const p = parseScenarioJson(text);
	if (!p.ok) throw new Error('urban example invalid');
	const psa = runPsa(p.scenario, { iterations: 200, seed: 7 });
	const dir = mkdtempSync(join(tmpdir(), 'dxa-cli-psa-'));

	it('writes the PSA of 200 runs at seed 7 into the workbook and the business case', async () => {
		const xlsx = join(dir, 'out.xlsx');
		const md = join(dir, 'out.md');
		const run = await runCliWithDate(['appraise', file, '--psa', '200', '--seed', '7', '--xlsx', xlsx, '--md', md]);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toContain(`wrote ${xlsx} (with the probabilistic analysis: 200 runs, seed 7)`);

		const wb = XLSX.read(readFileSync(xlsx), { type: 'buffer' });
		const ws = wb.Sheets['Probabilistic'];
		if (!ws) throw new Error(`no Probabilistic sheet: ${wb.SheetNames.join(', ')}`);
		const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
		const figures = probabilisticSheetFigures(rows, psa);
		expect(figures.actual).toEqual(figures.expected);
		expect([psa.iterations, psa.seed]).toEqual([200, 7]);

		// Same scenario, PSA and date as the app's export menu: the same bytes.
		const result = appraise(p.scenario);
		const sensitivity = sensitivityAnalyses(p.scenario);
		for (const [format, path] of [['xlsx', xlsx], ['md', md]] as const) {
			const app = await exportFile(format, { scenario: p.scenario, result, input: JSON.parse(text), date: '2026-03-01', sensitivity, psa });
			const expected = typeof app.bytes === 'string' ? Buffer.from(app.bytes, 'utf8') : Buffer.from(app.bytes);
			expect(Buffer.compare(readFileSync(path), expected), `${format} differs`).toBe(0);
		}
	}, 180_000);
});

/** The CLI with the export date fixed, so its files can be compared byte for byte. */
async function runCliWithDate(args: string[]) {
	const saved = process.env.DXA_EXPORT_DATE;
	process.env.DXA_EXPORT_DATE = '2026-03-01';
	try {
		return await runCli(args);
	} finally {
		if (saved === undefined) delete process.env.DXA_EXPORT_DATE;
		else process.env.DXA_EXPORT_DATE = saved;
	}
}
