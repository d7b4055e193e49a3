import { describe, it, expect } from 'vitest';
import { parseScenario, appraise } from '../../src/lib/model';
import { exportFile } from '../../src/lib/export/files';
import { sensitivityAnalyses } from '../../src/lib/model/uncertainty';
import { readBook, sheet, rowOf, num, value } from './sheetRead';
import { exampleModels } from './models';

const urban = exampleModels().find((m) => m.slug === 'urban-backlog');
if (!urban) throw new Error('urban-backlog example missing');
const raw = structuredClone(urban.input) as Record<string, unknown>;
raw.uncertainty = {
	inputs: [
		{ path: 'staffing.onCostRate', low: 0.2, high: 0.35 },
		{ path: 'scanners[0].purchaseCostGbp', low: 150000, high: 300000 }
	]
};
const parsed = parseScenario(raw);
if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
const scenario = parsed.scenario;
const result = appraise(scenario);
const preferred = result.options.find((o) => o.id === result.preferredOptionId);
// Worked out by the engine beforehand, as the app's analyses owner and the CLI do: exporters never run it.
const sensitivity = sensitivityAnalyses(scenario);

describe('sensitivity in the exports', () => {
	it('adds a Sensitivity sheet whose figures are re-runs of the engine', async () => {
		const wb = readBook((await exportFile('xlsx', { scenario, result, input: raw, date: '2026-03-01', sensitivity })).bytes as Uint8Array);
		expect(wb.SheetNames[wb.SheetNames.length - 1]).toBe('Sensitivity');
		const ws = sheet(wb, 'Sensitivity');
		const r = rowOf(ws, 'Employer on-costs');
		// Independent check: the engine re-run with on-costs at the low end (20%) gives the NPC at low.
		const low = appraise({ ...scenario, staffing: { ...scenario.staffing, onCostRate: 0.2 } });
		const npcLow = low.options.find((o) => o.id === preferred?.id)?.summary.netPresentCostGbp ?? NaN;
		expect(num(ws, r, 5)).toBeCloseTo(npcLow, 2);
		expect(num(ws, r, 2)).toBe(0.2);
		expect(value(ws, r, 8)).toBe(preferred?.name);
		// A scanner's input is named with the scanner (its label from the schema), never by its path.
		const scanner = rowOf(ws, 'Main hospital scanner: Scanner price');
		expect(num(ws, scanner, 2)).toBe(150000);
		const texts = Object.entries(ws).filter(([a]) => !a.startsWith('!')).map(([, c]) => String(c.v));
		expect(texts.filter((t) => /\[\d+\]\.|scanners\[/.test(t))).toEqual([]);
	});

	it('summarises it in section 5.2 and tabulates it in Appendix H of the business case', async () => {
		const md = (await exportFile('md', { scenario, result, input: raw, date: '2026-03-01', sensitivity })).bytes as string;
		const risks = md.slice(md.indexOf('### 5.2 Risks'), md.indexOf('### 5.3'));
		expect(risks).toContain('Sensitivity (one input at a time');
		expect(md).toContain('### Appendix H: Sensitivity analysis');
	});

	it('leaves the sheet and appendix out when the scenario has no uncertainty ranges', async () => {
		const plain = structuredClone(urban.input) as Record<string, unknown>;
		delete plain.uncertainty;
		const p = parseScenario(plain);
		if (!p.ok) throw new Error('invalid');
		expect(sensitivityAnalyses(p.scenario)).toBeNull();
		const x = { scenario: p.scenario, result: appraise(p.scenario), input: plain, date: '2026-03-01', sensitivity: sensitivityAnalyses(p.scenario) };
		const wb = readBook((await exportFile('xlsx', x)).bytes as Uint8Array);
		expect(wb.SheetNames).not.toContain('Sensitivity');
		const md = (await exportFile('md', x)).bytes as string;
		expect(md).not.toContain('Appendix H: Sensitivity analysis');
	});

	it('an exporter given no sensitivity does not work one out: no sheet and no appendix', async () => {
		const x = { scenario, result, input: raw, date: '2026-03-01' };
		expect(readBook((await exportFile('xlsx', x)).bytes as Uint8Array).SheetNames).not.toContain('Sensitivity');
		expect((await exportFile('md', x)).bytes as string).not.toContain('Appendix H: Sensitivity analysis');
	});
});
