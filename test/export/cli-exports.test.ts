import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportFile } from '../../src/lib/export/files';
import { renderCaseFigures } from '../../src/lib/server/caseFigures';
import { sensitivityAnalyses } from '../../src/lib/model/uncertainty';
import { exampleModels } from './models';

/**
 * `npm run cli -- appraise <file> --xlsx --docx --md --csv` writes the same bytes as the export
 * function the app's menu calls, for the same scenario and date.
 */
describe('CLI export flags', () => {
	const m = exampleModels().find((x) => x.slug === 'urban-backlog');
	if (!m) throw new Error('urban-backlog example missing');
	const dir = mkdtempSync(join(tmpdir(), 'dxa-cli-'));
	const out = (ext: string) => join(dir, `out.${ext}`);

	it('writes xlsx, docx, md and csv identical to the app export for the same scenario, sensitivity and date', async () => {
		const stdout = execFileSync('npx', ['tsx', 'src/cli.ts', 'appraise', `models/${m.file}`, '--xlsx', out('xlsx'), '--docx', out('docx'), '--md', out('md'), '--csv', out('csv')], {
			encoding: 'utf8',
			env: { ...process.env, DXA_EXPORT_DATE: '2026-03-01' },
			timeout: 120_000
		});
		// The CLI works out the sensitivity before exporting, as the app's analyses owner does.
		const sensitivity = sensitivityAnalyses(m.scenario);
		for (const ext of ['xlsx', 'docx', 'md', 'csv'] as const) {
			expect(stdout).toContain(`wrote ${out(ext)}`);
			const app = await exportFile(ext, { scenario: m.scenario, result: m.result, input: m.input, date: '2026-03-01', sensitivity }, { figures: renderCaseFigures });
			const expected = typeof app.bytes === 'string' ? Buffer.from(app.bytes, 'utf8') : Buffer.from(app.bytes);
			expect(Buffer.compare(readFileSync(out(ext)), expected), `${ext} differs`).toBe(0);
		}
	}, 180_000);
});
