import { describe, it, expect } from 'vitest';
import { exportFile } from '../../src/lib/export/files';
import { renderCaseFigures } from '../../src/lib/server/caseFigures';
import { gbp, gbpPence as gbp2, pct, count, decimal as dec } from '../../src/lib/present';
import { XLSX, type WorkSheet } from '../../src/lib/export/workbook/sheetjs';
import { oneWaySensitivity, switchingValues, runPsa } from '../../src/lib/model/uncertainty';
import { urbanPsa, preferredShare } from './psa';
import { exampleModels } from './models';

/**
 * The business case with a real 200-run PSA (seed 7) of the urban example: the summary sentence,
 * the paragraph in the economic case (5.2) and the Appendix H tables, sentence by sentence and
 * cell by cell, in Markdown and Word. Expected text is formatted from the engine's PsaResult.
 */
const { m, psa, samples, sensitivity } = urbanPsa();
const base = { scenario: m.scenario, result: m.result, input: m.input, date: '2026-03-01', sensitivity };
const md = (await exportFile('md', { ...base, psa })).bytes as string;
const plainMd = (await exportFile('md', base)).bytes as string;
const docx = (await exportFile('docx', { ...base, psa }, { figures: renderCaseFigures })).bytes as Uint8Array;

/** Markdown escapes these; the expected sentences are plain text. */
const unescape = (t: string) => t.replace(/\\([\\`*_[\]<>|#])/g, '$1');

/** The paragraphs of word/document.xml as plain text (runs joined). */
function docxParagraphs(bytes: Uint8Array): string[] {
	const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
	const xml = new TextDecoder().decode(XLSX.CFB.find(zip, '/word/document.xml')?.content as Uint8Array);
	const decode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => decode([...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
}
const paragraphs = docxParagraphs(docx);

const opt = (id: string) => {
	const o = psa.options.find((x) => x.optionId === id);
	if (!o) throw new Error(id);
	return o;
};
// The preferred option of the base case (Extended hours since clinical vertebral fractures cut the FLS
// option's benefits, #11; Second scanner and new FLS before).
const PREF = m.result.preferredOptionId;
const PREF_NAME = m.result.options.find((o) => o.id === PREF)!.name;
const PREF_INDEX = m.result.options.findIndex((o) => o.id === PREF);
const fls = opt(PREF);
const ceac = psa.ceac;
if (!ceac) throw new Error('the urban example should have an acceptability curve');
const at = (wtp: number) => ceac.points.find((p) => p.willingnessToPayGbp === wtp)?.probability ?? NaN;

// The sentences as the document should write them, from the engine's numbers.
// Two runs in three is the line: below it the document says the choice is uncertain and names the most frequent rival.
const rival = [...psa.options].filter((o) => o.optionId !== PREF).sort((a, b) => b.probabilityPreferred - a.probabilityPreferred)[0];
const headline =
	psa.probabilityBasePreferred >= 2 / 3
		? `${PREF_NAME} stays first in ${pct(psa.probabilityBasePreferred, 1)} of 200 model runs that draw every uncertain input at once (seed 7). (Section 5.2 and Appendix H.)`
		: `The choice is uncertain: ${PREF_NAME} stays first in only ${pct(psa.probabilityBasePreferred, 1)} of 200 model runs that draw every uncertain input at once (seed 7), fewer than two runs in three; ${rival?.name} comes first in ${pct(rival?.probabilityPreferred, 1)}. (Section 5.2 and Appendix H.)`;
const others = psa.options
	.filter((o) => o.optionId !== PREF && o.probabilityPreferred > 0)
	.sort((a, b) => b.probabilityPreferred - a.probabilityPreferred)
	.map((o) => `${o.name} in ${pct(o.probabilityPreferred, 1)}`)
	.join(', ');
const paragraph =
	`Probabilistic analysis. In 200 model runs drawing all 19 uncertain inputs from their ranges at once (seed 7), ${PREF_NAME} was preferred in ${pct(fls.probabilityPreferred, 1)} of runs (${others}); ` +
	`its net present cost lay between ${gbp(fls.netPresentCostGbp.p05)} and ${gbp(fls.netPresentCostGbp.p95)} in 90% of runs (mean ${gbp(fls.netPresentCostGbp.mean)}; base case ${gbp(fls.base.netPresentCostGbp)}), ` +
	`and it met the 6-week standard at the end of 2035 in ${pct(fls.probabilityMeetsDemand, 1)} of runs. ` +
	`Against Second static scanner, Second scanner and new FLS was cost-effective in ${pct(at(20000), 1)} of runs at £20,000 per QALY and ${pct(at(30000), 1)} at £30,000 (the NICE thresholds), ` +
	`and ${pct(at(70000), 1)} at £70,000 (the value of a QALY in this appraisal, HM Treasury Green Book). Appendix H gives the figures for every option.`;

/** The rows of the Markdown table whose caption is `caption`, as cells. */
function mdTable(caption: string): string[][] {
	const lines = md.split('\n');
	const start = lines.findIndex((l) => /^\*\*Table \d+: /.test(l) && unescape(l).includes(caption));
	if (start < 0) throw new Error(`no table "${caption}"`);
	const rows: string[][] = [];
	for (let i = start + 4; i < lines.length && lines[i]?.startsWith('|'); i++) rows.push(unescape(lines[i] as string).slice(2, -2).split(' | '));
	return rows;
}

describe('business case with a probabilistic analysis', () => {
	it('reports how often the preferred option stays first in the summary', () => {
		// By hand: the share is the count of runs preferring the base case's preferred option over 200.
		expect(psa.probabilityBasePreferred).toBe(preferredShare(samples, PREF_INDEX));
		const summary = md.slice(md.indexOf('## Summary of the appraisal'), md.indexOf('## How this outline maps'));
		expect(unescape(summary)).toContain(headline);
		expect(paragraphs).toContain(headline);
	});

	it('writes the paragraph in the economic case (5.2 Risks and sensitivity), in Markdown and Word', () => {
		const risks = unescape(md.slice(md.indexOf('### 5.2 Risks'), md.indexOf('### 5.3')));
		expect(risks).toContain(paragraph.replace('Probabilistic analysis. ', '**Probabilistic analysis.** '));
		// The one-way summary stays, before it.
		expect(risks.indexOf('Sensitivity (one input at a time')).toBeLessThan(risks.indexOf('**Probabilistic analysis.**'));
		expect(paragraphs).toContain(paragraph);
	});

	it('tabulates every option in Appendix H: probabilities, then each measure with its 90% interval', () => {
		const appendix = md.slice(md.indexOf('### Appendix H: Sensitivity analysis'));
		expect(appendix).toContain('#### Probabilistic analysis');
		expect(unescape(appendix)).toContain('npm run cli -- appraise scenario.json --psa 200 --seed 7 --xlsx out.xlsx');
		const probs = mdTable('Probability each option is preferred and meets the standard (200 model runs)');
		expect(probs).toEqual(psa.options.map((o) => [o.name, o.optionId === PREF ? 'Yes' : 'No', pct(o.probabilityPreferred, 1), pct(o.probabilityMeetsDemand, 1)]));
		expect(mdTable('Net present cost across 200 model runs (GBP, present value)')).toEqual(
			psa.options.map((o) => [o.name, gbp(o.base.netPresentCostGbp), gbp(o.netPresentCostGbp.mean), gbp(o.netPresentCostGbp.p05), gbp(o.netPresentCostGbp.p95)])
		);
		expect(mdTable('Cost per scan across 200 model runs (GBP per scan)')).toEqual(
			psa.options.map((o) => [o.name, gbp2(o.base.costPerScanGbp ?? NaN), gbp2(o.costPerScanGbp?.mean ?? NaN), gbp2(o.costPerScanGbp?.p05 ?? NaN), gbp2(o.costPerScanGbp?.p95 ?? NaN)])
		);
		expect(mdTable('Waiting list at the end of 2035 across 200 model runs (patients)')).toEqual(
			psa.options.map((o) => [o.name, count(o.base.endListSize), count(o.endListSize.mean), count(o.endListSize.p05), count(o.endListSize.p95)])
		);
		// Only the FLS option averts fractures.
		const f = opt('secondFls');
		expect(mdTable('Fractures averted over 10 years across 200 model runs (fractures)')).toEqual([
			[f.name, dec(f.base.fracturesAverted, 1), dec(f.fracturesAverted.mean, 1), dec(f.fracturesAverted.p05, 1), dec(f.fracturesAverted.p95, 1)]
		]);
		expect(mdTable('Net present social value across 200 model runs (GBP, present value)')[3]).toEqual([
			f.name,
			gbp(f.base.netPresentSocialValueGbp),
			gbp(f.netPresentSocialValueGbp.mean),
			gbp(f.netPresentSocialValueGbp.p05),
			gbp(f.netPresentSocialValueGbp.p95)
		]);
	});

	it('gives the acceptability curve at the NICE thresholds and the appraisal value of a QALY', () => {
		expect(mdTable('Probability that Second scanner and new FLS is cost-effective against Second static scanner')).toEqual([
			['£20,000', pct(at(20000), 1), 'NICE lower threshold'],
			['£30,000', pct(at(30000), 1), 'NICE upper threshold'],
			['£70,000', pct(at(70000), 1), 'value of a QALY in this appraisal (Green Book)']
		]);
		expect(unescape(md)).toContain(`base-case cost per QALY gained ${gbp(ceac.baseIcerGbpPerQaly ?? NaN)}`);
		// The Word document carries the same cells.
		for (const cell of [pct(at(20000), 1), 'NICE upper threshold', gbp(fls.netPresentCostGbp.p95), gbp2(fls.costPerScanGbp?.p05 ?? NaN)]) expect(paragraphs).toContain(cell);
	});
});

describe('business case without a probabilistic analysis', () => {
	it('keeps what it said: no summary sentence, no paragraph, no tables', () => {
		expect(plainMd).not.toContain('model runs');
		expect(plainMd).not.toContain('Probabilistic analysis');
		expect(plainMd).toContain('### Appendix H: Sensitivity analysis');
		expect(plainMd).toContain('Sensitivity (one input at a time');
	});
});

describe('a scenario without a fracture liaison service (rural example)', () => {
	it('leaves out the fractures, social value and acceptability tables, and says why', async () => {
		const rural = exampleModels().find((x) => x.slug === 'rural-mobile');
		if (!rural) throw new Error('rural-mobile example missing');
		const run = runPsa(rural.scenario, { iterations: 50, seed: 3 });
		expect(run.ceac).toBeNull();
		const x = { scenario: rural.scenario, result: rural.result, input: rural.input, date: '2026-03-01', psa: run, sensitivity: { ows: oneWaySensitivity(rural.scenario), sv: switchingValues(rural.scenario) } };
		const text = unescape((await exportFile('md', x)).bytes as string);
		const appendix = text.slice(text.indexOf('#### Probabilistic analysis'));
		expect(appendix).toContain('No option includes a fracture liaison service, so no fractures are averted, net present social value is minus the net present cost, and there is no acceptability curve.');
		expect(appendix).not.toContain('Fractures averted over');
		expect(appendix).not.toContain('cost-effective');
		const risks = text.slice(text.indexOf('### 5.2 Risks'), text.indexOf('### 5.3'));
		expect(risks).toContain(`**Probabilistic analysis.** In 50 model runs drawing all ${run.inputs.length} uncertain inputs from their ranges at once (seed 3)`);
		expect(risks).not.toContain('per QALY');
		const wb = XLSX.read((await exportFile('xlsx', x)).bytes as Uint8Array, { type: 'array' });
		const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Probabilistic'] as WorkSheet, { header: 1, defval: null });
		const at = rows.findIndex((r) => r[0] === 'Cost-effectiveness acceptability curve');
		expect(rows[at + 1]?.[0]).toBe(run.ceacNote);
	}, 30_000); // a PSA and a business case: seconds on a loaded machine, more than vitest's default 5 s
});
