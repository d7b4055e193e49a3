import { describe, it, expect } from 'vitest';
import { exportFile } from '../../src/lib/export/files';
import { FMT } from '../../src/lib/export/workbook/formats';
import { XLSX, type WorkSheet } from '../../src/lib/export/workbook/sheetjs';
import { sheet, rowOf, num, value } from './sheetRead';
import { urbanPsa, preferredShare, meetsShare, sortedNpc } from './psa';

/**
 * The workbook's Probabilistic sheet against a real 200-run PSA (seed 7) of the urban example:
 * every cell equals the engine's PsaResult, with the workbook's number formats, and a few figures
 * are worked out again by hand from the raw samples.
 */
const { m, psa, samples, sensitivity } = urbanPsa();
const base = { scenario: m.scenario, result: m.result, input: m.input, date: '2026-03-01', sensitivity };
const bytes = (await exportFile('xlsx', { ...base, psa })).bytes as Uint8Array;
const wb = XLSX.read(bytes, { type: 'array', cellFormula: true, cellNF: true });
const ws = sheet(wb, 'Probabilistic');
const endYear = m.result.years[m.result.years.length - 1];
// The base case's preferred option (Extended hours since clinical vertebral fractures cut the FLS option's benefits, #11).
const PREF = m.result.preferredOptionId;

/** Number and format of a cell, compared with what the sheet should hold. */
function expectCell(w: WorkSheet, r: number, c: number, v: number, z: string) {
	expect(num(w, r, c), XLSX.utils.encode_cell({ r, c })).toBe(v);
	expect(w[XLSX.utils.encode_cell({ r, c })]?.z, `${XLSX.utils.encode_cell({ r, c })} format`).toBe(z);
}

describe('Probabilistic sheet', () => {
	it('comes after the Sensitivity sheet, is listed on the cover and holds values, not formulas', () => {
		expect(wb.SheetNames.slice(-2)).toEqual(['Sensitivity', 'Probabilistic']);
		const cover = sheet(wb, 'Cover');
		expect(value(cover, rowOf(cover, 'Probabilistic'), 1)).toMatch(/^Probabilistic analysis \(Monte Carlo\)/);
		const formulas = Object.keys(ws).filter((k) => !k.startsWith('!') && ws[k]?.f);
		expect(formulas).toEqual([]);
		expect(value(ws, 1, 0)).toMatch(/^Engine results of 200 model runs, not formulas\./);
		expect(value(ws, 2, 0)).toContain('--psa 200 --seed 7');
		const sens = sheet(wb, 'Sensitivity');
		expect(value(sens, 2, 0)).toBe('Probabilistic analysis (every input drawn at once, 200 model runs, seed 7): see the Probabilistic sheet.');
	});

	it('states the run size, seed and inputs so the run can be reproduced', () => {
		expectCell(ws, rowOf(ws, 'Model runs (iterations)'), 1, 200, FMT.count);
		expectCell(ws, rowOf(ws, 'Seed'), 1, 7, FMT.int);
		// The urban example gives 19 inputs a range (models/urban-backlog.json, uncertainty.inputs).
		expect(m.scenario.uncertainty?.inputs.length).toBe(19);
		expectCell(ws, rowOf(ws, 'Uncertain inputs drawn in each run'), 1, 19, FMT.count);
		expectCell(ws, rowOf(ws, 'Runs redrawn to respect cross-field rules'), 1, psa.redraws, FMT.count);
		expect(value(ws, rowOf(ws, 'Preferred option in the base case'), 1)).toBe('Extended hours');
		const stays = num(ws, rowOf(ws, 'Share of runs in which it stays preferred'), 1);
		expect(stays).toBe(psa.probabilityBasePreferred);
		// By hand: runs whose preferred index is the base case's preferred option's, over 200 runs.
		expect(stays).toBe(preferredShare(samples, m.result.options.findIndex((o) => o.id === PREF)));
	});

	it('compares the options: preferred and meeting the standard (shares of runs), and the NPC interval', () => {
		const head = rowOf(ws, 'Option');
		expect(value(ws, head - 1, 0)).toContain(`estimated wait at the end of ${endYear} is within the 6-week standard`);
		psa.options.forEach((o, i) => {
			const r = head + 1 + i;
			expect(value(ws, r, 0)).toBe(o.name);
			expect(value(ws, r, 1)).toBe(o.optionId === PREF ? 'Yes' : 'No');
			expectCell(ws, r, 2, o.probabilityPreferred, FMT.pct);
			expectCell(ws, r, 3, o.probabilityMeetsDemand, FMT.pct);
			expectCell(ws, r, 4, o.netPresentCostGbp.mean, FMT.gbp);
			expectCell(ws, r, 5, o.netPresentCostGbp.p05, FMT.gbp);
			expectCell(ws, r, 6, o.netPresentCostGbp.p95, FMT.gbp);
			// By hand from the raw samples: count / 200.
			expect(o.probabilityPreferred).toBe(preferredShare(samples, i));
			expect(o.probabilityMeetsDemand).toBe(meetsShare(samples, i));
		});
		// The shares preferred add up to every run: 200 / 200.
		expect(psa.options.reduce((t, o) => t + o.probabilityPreferred, 0)).toBeCloseTo(1, 12);
	});

	it('gives a table per option: base case, mean, spread and 90% interval of each measure', () => {
		for (const o of psa.options) {
			const title = rowOf(ws, o.optionId === PREF ? `${o.name} (preferred in the base case)` : o.name, 0, o.optionId === PREF ? 0 : 1);
			expect(value(ws, title + 1, 0)).toBe('Measure');
			const rows: [string, string, number | null, NonNullable<typeof o.costPerScanGbp>, string][] = [
				['Net present cost', 'GBP, present value', o.base.netPresentCostGbp, o.netPresentCostGbp, FMT.gbp],
				['Cost per scan', 'GBP per scan', o.base.costPerScanGbp, o.costPerScanGbp ?? o.netPresentCostGbp, FMT.gbp2],
				[`Waiting list at the end of ${endYear}`, 'patients', o.base.endListSize, o.endListSize, FMT.count],
				['Fractures averted over 10 years', 'fractures', o.base.fracturesAverted, o.fracturesAverted, FMT.count1],
				['Net present social value', 'GBP, present value', o.base.netPresentSocialValueGbp, o.netPresentSocialValueGbp, FMT.gbp]
			];
			rows.forEach(([label, unit, b, st, z], k) => {
				const r = title + 2 + k;
				expect([value(ws, r, 0), value(ws, r, 1)]).toEqual([label, unit]);
				expectCell(ws, r, 2, b as number, z);
				expectCell(ws, r, 3, st.mean, z);
				expectCell(ws, r, 4, st.sd, z);
				expectCell(ws, r, 5, st.p05, z);
				expectCell(ws, r, 6, st.p95, z);
				expectCell(ws, r, 7, st.n, FMT.count);
			});
			const pr = title + 7;
			expect([value(ws, pr, 0), value(ws, pr, 2)]).toEqual(['Probability preferred', o.optionId === PREF ? 'Yes' : 'No']);
			expectCell(ws, pr, 3, o.probabilityPreferred, FMT.pct);
			const meetsBase = m.result.options.find((x) => x.id === o.optionId)?.summary.meetsDemand;
			expect([value(ws, pr + 1, 0), value(ws, pr + 1, 2)]).toEqual(['Probability of meeting the standard', meetsBase ? 'Yes' : 'No']);
			expectCell(ws, pr + 1, 3, o.probabilityMeetsDemand, FMT.pct);
		}
		// By hand: the 5th percentile of the FLS option's NPC, type 7 (mathjs quantileSeq): h = (200 - 1) x 0.05 = 9.95,
		// so x[9] + 0.95 x (x[10] - x[9]) of the sorted runs.
		const x = sortedNpc(samples, 3);
		const p05 = (x[9] as number) + 0.95 * ((x[10] as number) - (x[9] as number));
		const fls = rowOf(ws, 'Second scanner and new FLS', 0, 1);
		expect(num(ws, fls + 2, 5)).toBeCloseTo(p05, 6);
	});

	it('tabulates the acceptability curve: willingness to pay per QALY against the probability cost-effective', () => {
		const c = psa.ceac;
		if (!c) throw new Error('the urban example should have an acceptability curve');
		expect(value(ws, rowOf(ws, `Cost-effectiveness acceptability curve: ${c.optionName} against ${c.comparatorName}`), 0)).toContain(c.comparatorName);
		expectCell(ws, rowOf(ws, 'Mean incremental net cost (GBP)'), 1, c.meanIncrementalCostGbp, FMT.gbp);
		expectCell(ws, rowOf(ws, 'Mean incremental QALYs (discounted)'), 1, c.meanIncrementalQalys, FMT.dec2);
		expectCell(ws, rowOf(ws, 'Base-case cost per QALY gained (GBP)'), 1, c.baseIcerGbpPerQaly as number, FMT.gbp);
		const head = rowOf(ws, 'Willingness to pay per QALY (GBP)');
		// The default grid: GBP 0 to 100,000 in steps of 5,000, 21 points.
		expect(c.points).toHaveLength(21);
		c.points.forEach((p, i) => {
			expectCell(ws, head + 1 + i, 0, p.willingnessToPayGbp, FMT.gbp);
			expectCell(ws, head + 1 + i, 1, p.probability, FMT.pct);
		});
		expect(value(ws, head + 1 + 4, 2)).toBe('NICE lower threshold'); // GBP 20,000 is the 5th point
		expect(value(ws, head + 1 + 6, 2)).toBe('NICE upper threshold'); // GBP 30,000, the 7th
		expect(value(ws, head + 1 + 14, 2)).toBe('value of a QALY in this appraisal (Green Book)'); // GBP 70,000, the 15th
	});
});

describe('the workbook without a probabilistic analysis', () => {
	it('has no Probabilistic sheet and says on the Sensitivity sheet how to produce one', async () => {
		const plain = XLSX.read((await exportFile('xlsx', base)).bytes as Uint8Array, { type: 'array' });
		expect(plain.SheetNames).not.toContain('Probabilistic');
		expect(plain.SheetNames[plain.SheetNames.length - 1]).toBe('Sensitivity');
		const text = value(sheet(plain, 'Sensitivity'), 2, 0);
		expect(text).toContain("run it on the app's Uncertainty page and export again");
		expect(text).toContain('--psa 10000 --seed 1');
	});
});

describe('analyses handed in', () => {
	it('the same analyses handed in give the same bytes; without a sensitivity the exporter leaves its sheet out rather than run the engine', async () => {
		const without = XLSX.read((await exportFile('xlsx', { ...base, sensitivity: undefined, psa })).bytes as Uint8Array, { type: 'array' });
		expect(without.SheetNames).not.toContain('Sensitivity');
		expect(without.SheetNames).toContain('Probabilistic');
		const again = (await exportFile('xlsx', { ...base, psa })).bytes as Uint8Array;
		expect(Buffer.compare(Buffer.from(again), Buffer.from(bytes))).toBe(0);
	});

	it('refuses a probabilistic analysis of another version of the scenario', async () => {
		const other = { ...psa, options: psa.options.map((o, i) => (i === 0 ? { ...o, base: { ...o.base, netPresentCostGbp: o.base.netPresentCostGbp + 1 } } : o)) };
		await expect(exportFile('xlsx', { ...base, psa: other })).rejects.toThrow(/the probabilistic analysis given is not of this scenario: its base-case net present cost of Business as usual/);
		const renamed = { ...psa, options: psa.options.slice(1) };
		await expect(exportFile('md', { ...base, psa: renamed })).rejects.toThrow(/its options \(extended, second, secondFls\) are not the scenario's \(bau, extended, second, secondFls\)/);
	});

	it('refuses a sensitivity analysis of another version of the scenario', async () => {
		const moved = { ...sensitivity, ows: { ...sensitivity.ows, baseNpcGbp: sensitivity.ows.baseNpcGbp * 1.01 } };
		await expect(exportFile('docx', { ...base, sensitivity: moved })).rejects.toThrow(/the sensitivity analysis given is not of this scenario/);
	});
});
