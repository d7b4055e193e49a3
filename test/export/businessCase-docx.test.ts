import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderDocx } from '../../src/lib/export/businessCase/docx';
import { gbp } from '../../src/lib/present';
import { convertAll } from './libreoffice';
import { exampleModels, type ExampleModel } from './models';
import { APPENDIX_1_HEADINGS } from './appendix1';

/**
 * The Word document opens and converts cleanly in LibreOffice, and the PDF's text carries the
 * guideline's Appendix 1 headings and the appraisal's key figures.
 */
const models = exampleModels();
const work = mkdtempSync(join(tmpdir(), 'dxa-docx-'));
const texts = new Map<string, string>();


beforeAll(async () => {
	const files: string[] = [];
	for (const m of models) {
		const doc = buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
		const file = join(work, `${m.slug}.docx`);
		writeFileSync(file, await renderDocx(doc));
		files.push(file);
	}
	const pdfs = convertAll(files, 'pdf', join(work, 'pdf'));
	pdfs.forEach((pdf, i) => {
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		texts.set(models[i]?.slug ?? '', text.replace(/[ \t]+/g, ' '));
	});
}, 600_000);

describe.each(models.map((m) => [m.slug, m] as [string, ExampleModel]))('business case DOCX for %s, converted to PDF', (slug, m) => {
	it('follows Appendix 1: every heading, in order', () => {
		const text = texts.get(slug) ?? '';
		let from = 0;
		for (const h of APPENDIX_1_HEADINGS) {
			const at = text.indexOf(h, from);
			expect(at, `heading "${h}" after position ${from}`).toBeGreaterThan(-1);
			from = at + h.length;
		}
		expect(text).toContain('Five Case Model mapping');
		for (const c of ['Strategic case', 'Economic case', 'Commercial case', 'Financial case', 'Management case']) expect(text).toContain(c);
	});

	it('states the preferred option and its net present cost as the document formats it', () => {
		const text = texts.get(slug) ?? '';
		const p = m.result.options.find((o) => o.id === m.result.preferredOptionId);
		if (!p) throw new Error('no preferred option');
		expect(text).toContain(`Preferred option: ${p.name}`);
		expect(text).toContain(gbp(p.summary.netPresentCostGbp));
		// Year 1 of every costing profile is discounted by 1 / 1.035 = 0.9662 (Green Book 3.5%).
		if (m.scenario.appraisal.discountRate === 0.035) expect(text).toContain('0.9662');
	});

	it('marks the text the authors must write and never prints a broken number', () => {
		const text = texts.get(slug) ?? '';
		expect((text.match(/\[To complete:/g) ?? []).length).toBeGreaterThan(20);
		expect(text).not.toMatch(/NaN|undefined|Infinity|\[object Object\]/);
	});
});
