import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderDocx } from '../../src/lib/export/businessCase/docx';
import { renderCaseFigures } from '../../src/lib/server/caseFigures';
import { XLSX } from '../../src/lib/export/workbook/sheetjs';
import { gbp } from '../../src/lib/present';
import { convertAll } from './libreoffice';
import { exampleModels, type ExampleModel } from './models';
import { APPENDIX_1_HEADINGS } from './appendix1';

/**
 * The Word document opens and converts cleanly in LibreOffice, and the PDF's text carries the
 * guideline's Appendix 1 headings and the appraisal's key figures, every figure with its numbered
 * caption and its data in the appendix, and nothing a board should not see: no input paths, no
 * role ids, no "domain brief". Each PDF's pages are rendered to PNG (pdftoppm) in
 * test-results/business-case/ to look at.
 */
const models = exampleModels();
const work = mkdtempSync(join(tmpdir(), 'dxa-docx-'));
const texts = new Map<string, string>();
const media = new Map<string, string[]>();
const pages = new Map<string, number>();
const figureCount = new Map<string, number>();
const drawings = new Map<string, { count: number; svgBlips: number }>();
const SHOTS = join(process.cwd(), 'test-results', 'business-case');


beforeAll(async () => {
	const files: string[] = [];
	for (const m of models) {
		const doc = buildBusinessCase({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: '2026-03-01' });
		const file = join(work, `${m.slug}.docx`);
		const bytes = await renderDocx(doc, await renderCaseFigures(doc, m.result));
		writeFileSync(file, bytes);
		files.push(file);
		figureCount.set(m.slug, doc.blocks.filter((b) => b.kind === 'chart').length);
		const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
		media.set(m.slug, zip.FullPaths.filter((p: string) => p.includes('/word/media/')).map((p: string) => p.replace(/^.*\//, '')));
		const xml = new TextDecoder().decode(XLSX.CFB.find(zip, '/word/document.xml')?.content as Uint8Array);
		drawings.set(m.slug, { count: (xml.match(/<wp:docPr /g) ?? []).length, svgBlips: (xml.match(/<asvg:svgBlip /g) ?? []).length });
	}
	const pdfs = convertAll(files, 'pdf', join(work, 'pdf'));
	mkdirSync(SHOTS, { recursive: true });
	pdfs.forEach((pdf, i) => {
		const slug = models[i]?.slug ?? '';
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		texts.set(slug, text.replace(/[ \t]+/g, ' '));
		// Every page as an image, small enough to page through (72 dpi).
		execFileSync('pdftoppm', ['-r', '72', '-png', pdf, join(SHOTS, slug)]);
		pages.set(slug, readdirSync(SHOTS).filter((f) => f.startsWith(`${slug}-`) && f.endsWith('.png')).length);
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

	it('draws every figure as an SVG with a PNG beside it, captioned and numbered, with its data in the appendix', () => {
		const n = figureCount.get(slug) ?? 0;
		expect(n).toBeGreaterThanOrEqual(4);
		// One drawing per figure, each an SVG with its PNG (identical charts share one pair of files).
		expect(drawings.get(slug)).toEqual({ count: n, svgBlips: n });
		const files = media.get(slug) ?? [];
		const svgs = files.filter((f) => f.endsWith('.svg')).length;
		expect(svgs).toBeGreaterThan(0);
		expect(files.filter((f) => f.endsWith('.png'))).toHaveLength(svgs);
		const text = (texts.get(slug) ?? '').replace(/\s+/g, ' ');
		for (let i = 1; i <= n; i++) {
			expect(text).toMatch(new RegExp(`Figure ${i}: .+? Data: Appendix [HI]\\.`));
			expect(text).toContain(`Data for Figure ${i}:`);
		}
		expect(text).not.toContain("the chart is in the app's Report view");
		expect(pages.get(slug) ?? 0).toBeGreaterThan(10);
	});

	it('shows no input paths, role ids or "domain brief": names, labels and citations instead', () => {
		const text = texts.get(slug) ?? '';
		expect(text).not.toMatch(/\[\d+\]\./);
		expect(text).not.toMatch(/domain brief/i);
		const ids = m.scenario.staffing.roles.map((r) => r.id).filter((id) => !m.scenario.staffing.roles.some((r) => r.name.includes(id)));
		for (const id of ids) expect(text, `role id ${id}`).not.toMatch(new RegExp(`\\b${id}\\b`));
		// References as citations: author, title, year.
		expect(text).toContain('HM Treasury. The Green Book: central government guidance on appraisal and evaluation');
		expect(text).toMatch(/National Osteoporosis Society\. Guidelines for the provision of a clinical bone densitometry service/);
	});
});
