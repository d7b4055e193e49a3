/**
 * Export timings for `npm run bench`: the finance workbook (SheetJS, with frozen panes), the
 * business case built once and rendered as Word and Markdown, and the tidy CSV, per example
 * model. The sensitivity analysis the exports carry for scenarios with uncertainty ranges (worked
 * out by the engine before exporting: the app's analyses owner, or the CLI) re-runs the model many
 * times, so it is timed once per model rather than repeatedly.
 */
import { bench, benchAsync, formatMs, formatRate, printSection, type BenchSection } from './bench-lib';
import { writeWorkbook } from '../src/lib/export/workbook';
import { buildBusinessCase } from '../src/lib/export/businessCase/build';
import { renderCaseFigures } from '../src/lib/server/caseFigures';
import { renderDocx } from '../src/lib/export/businessCase/docx';
import { renderMarkdown } from '../src/lib/export/businessCase/markdown';
import { writeCsv } from '../src/lib/export/csv';
import { sensitivityAnalyses } from '../src/lib/model/uncertainty';

const DATE = '2026-03-01';

export const section: BenchSection = {
	title: 'Exports',
	async run({ models }) {
		const rows: string[][] = [];
		const sens: string[][] = [];
		for (const m of models) {
			const input = JSON.parse(m.text) as unknown;
			const base = { scenario: m.scenario, result: m.result, input, date: DATE };
			const doc = buildBusinessCase(base);
			const cases = [
				bench(`${m.file} workbook`, () => writeWorkbook(base), { warmupMs: 200, durationMs: 1500 }),
				bench(`${m.file} business case model`, () => buildBusinessCase(base)),
				await benchAsync(`${m.file} docx (charts drawn)`, async () => renderDocx(doc, await renderCaseFigures(doc, m.result)), { warmupMs: 200, durationMs: 1500 }),
				bench(`${m.file} markdown`, () => renderMarkdown(doc)),
				bench(`${m.file} csv`, () => writeCsv({ result: m.result }))
			];
			for (const c of cases) rows.push([c.name, formatMs(c.meanMs), formatRate(c.perSecond), String(c.iterations)]);
			const t0 = performance.now();
			const s = sensitivityAnalyses(m.scenario);
			sens.push([m.file, s ? formatMs(performance.now() - t0) : 'no uncertainty ranges', s ? String(s.ows.npc.length) : '0', s ? String(s.sv.length) : '0']);
		}
		printSection('Exports', ['Export', 'ms each', 'per second', 'runs'], rows);
		printSection('Exports: sensitivity for the Sensitivity sheet and section 5.2 (one run)', ['Model', 'ms', 'Tornado inputs', 'Switching values'], sens);
	}
};
