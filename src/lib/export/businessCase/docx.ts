import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	HeadingLevel,
	ImageRun,
	LevelFormat,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableLayoutType,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type ParagraphChild
} from 'docx';
import { isStrong, isTodo, todoText, type Block, type BusinessCaseDocument, type Inline } from './model';
import { longDate } from '../../present';
import { normaliseDocx } from './docxZip';
import type { CaseFigure } from './figures';
import { figureDataAppendixName } from './sectionFigures';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Arial';
const BLUE = '005EB8';
const TODO_FILL = 'FFF2CC';
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

function runs(parts: readonly Inline[], size?: number): ParagraphChild[] {
	return parts
		.filter((p) => p !== '')
		.map((p) => {
			if (typeof p === 'string') return new TextRun({ text: p, size });
			if (isTodo(p)) return todoRun(p.todo, size);
			if (isStrong(p)) return new TextRun({ text: p.strong, bold: true, size });
			return new TextRun('');
		});
}

/** Author-to-write text: bracketed, italic, dark red on a pale yellow fill, so it cannot be mistaken for content. */
function todoRun(text: string, size?: number): TextRun {
	return new TextRun({ text: todoText(text), italics: true, color: '7A2E00', shading: { type: ShadingType.CLEAR, fill: TODO_FILL, color: 'auto' }, size });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const borders = { top: border, bottom: border, left: border, right: border };

/** Usable width of an A4 page with 1000-twip margins, in twips. */
const TEXT_WIDTH = 11906 - 2000;

/**
 * Column widths from content: each column's weight is its longest cell (or longest header word),
 * bounded so short flags stay narrow and long text wraps rather than starving the figures.
 */
function columnWidths(b: Extract<Block, { kind: 'table' }>): number[] {
	const weights = b.head.map((h, i) => {
		const longestWord = Math.max(...h.split(/\s+/).map((w) => w.length));
		const longestCell = Math.max(0, ...b.rows.map((r) => (r[i] ?? '').length));
		return b.numeric?.[i] ? Math.min(16, Math.max(8, longestCell + 2, longestWord + 1)) : Math.max(6, longestWord + 1, Math.min(longestCell, 28));
	});
	const total = weights.reduce((t, w) => t + w, 0);
	return weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
}

function table(b: Extract<Block, { kind: 'table' }>, n: number): (Paragraph | Table)[] {
	const size = b.head.length > 7 ? 15 : 17;
	const widths = columnWidths(b);
	const cell = (text: string, i: number, header: boolean) =>
		new TableCell({
			width: { size: widths[i] ?? 0, type: WidthType.DXA },
			borders,
			shading: header ? { type: ShadingType.CLEAR, fill: 'DCE6F2', color: 'auto' } : undefined,
			margins: { top: 40, bottom: 40, left: 60, right: 60 },
			children: [new Paragraph({ alignment: b.numeric?.[i] ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: header, size })] })]
		});
	const out: (Paragraph | Table)[] = [
		new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text: `Table ${n}: ${b.caption}`, bold: true, size: 20 })] }),
		new Table({
			width: { size: TEXT_WIDTH, type: WidthType.DXA },
			columnWidths: widths,
			layout: TableLayoutType.FIXED,
			rows: [new TableRow({ tableHeader: true, cantSplit: true, children: b.head.map((h, i) => cell(h, i, true)) }), ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) }))]
		})
	];
	if (b.note) out.push(new Paragraph({ spacing: { before: 40, after: 120 }, children: [new TextRun({ text: b.note, italics: true, size: 16, color: '404040' })] }));
	return out;
}

/** Widest a figure is drawn: the text width (A4, 1000-twip margins) in CSS pixels at 96 to the inch. */
const FIGURE_WIDTH_PX = Math.floor((TEXT_WIDTH / 1440) * 96);

/**
 * A figure: the chart as SVG with a PNG for applications that cannot show SVG (docx's ImageRun;
 * Word 2016 and later and LibreOffice draw the SVG), its alt text, and a numbered caption below
 * pointing to the appendix with its data. The drawing's id is the figure number, so the document
 * does not depend on how many documents the process has written before.
 */
function figure(f: CaseFigure, n: number, caption: string, dataAppendix: string): Paragraph[] {
	const scale = Math.min(1, FIGURE_WIDTH_PX / f.width);
	const width = Math.round(f.width * scale);
	const height = Math.round(f.height * scale);
	return [
		new Paragraph({
			keepNext: true,
			spacing: { before: 160, after: 40 },
			alignment: AlignmentType.CENTER,
			children: [
				new ImageRun({
					type: 'svg',
					data: f.svg,
					fallback: { type: 'png', data: f.png },
					transformation: { width, height },
					altText: { id: String(n), name: `Figure ${n}`, title: `Figure ${n}: ${caption}`, description: `Figure ${n}: ${caption}. The values are in ${dataAppendix}, Data for Figure ${n}.` }
				})
			]
		}),
		new Paragraph({
			spacing: { before: 40, after: 160 },
			children: [new TextRun({ text: `Figure ${n}: ${caption}. `, bold: true, size: 18 }), new TextRun({ text: `Data: ${dataAppendix}.`, italics: true, size: 18, color: '404040' })]
		})
	];
}

/**
 * The business case as a Word document (docx package). Headings use Word's heading styles so the
 * navigation pane and a table of contents work; tables repeat their header row across pages.
 */
export async function renderDocx(doc: BusinessCaseDocument, figureImages: readonly CaseFigure[]): Promise<Uint8Array> {
	const dataAppendix = figureDataAppendixName(doc.blocks);
	const children: (Paragraph | Table)[] = [
		new Paragraph({ heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: doc.title, color: BLUE })] }),
		new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: doc.subtitle, size: 32, color: '404040' })] }),
		...doc.preface.map((p) => new Paragraph({ spacing: { after: 160 }, children: runs(p) })),
		new Paragraph({ children: [new PageBreak()] })
	];
	let tables = 0;
	let figures = 0;
	for (const b of doc.blocks) {
		switch (b.kind) {
			case 'heading':
				children.push(new Paragraph({ heading: HEADINGS[b.level], pageBreakBefore: b.level === 1 && /^1\. /.test(b.text), children: [new TextRun(b.text)] }));
				break;
			case 'paragraph':
				children.push(new Paragraph({ spacing: { after: 120 }, children: runs(b.parts) }));
				break;
			case 'list':
				for (const item of b.items) children.push(new Paragraph({ numbering: { reference: 'bullets', level: 0 }, spacing: { after: 60 }, children: runs(item) }));
				break;
			case 'todo':
				children.push(new Paragraph({ spacing: { after: 120 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C55A11', space: 6 } }, children: [todoRun(b.text)] }));
				break;
			case 'table':
				children.push(...table(b, ++tables));
				break;
			case 'chart': {
				const n = ++figures;
				const f = figureImages?.[n - 1];
				if (!f) throw new Error(`business case: no image for figure ${n} ("${b.caption}")`);
				children.push(...figure(f, n, b.caption, dataAppendix));
				break;
			}
		}
	}
	const document = new Document({
		creator: 'DXA Service Planner',
		title: doc.title,
		description: `${doc.subtitle}, draft of ${longDate(doc.date)}`,
		styles: {
			default: { document: { run: { font: FONT, size: 21 } } },
			paragraphStyles: [
				{ id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 32, bold: true, color: BLUE }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
				{ id: 'Heading2', name: 'Heading 2', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, bold: true, color: BLUE }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
				{ id: 'Heading3', name: 'Heading 3', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 22, bold: true }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
				{ id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', run: { size: 48, bold: true }, paragraph: {} }
			]
		},
		numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 260 } } } }] }] },
		sections: [
			{
				properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
				footers: {
					default: new Footer({
						children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${doc.title} (draft, ${longDate(doc.date)})    Page `, size: 16, color: '595959' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '595959' }), new TextRun({ children: [' of ', PageNumber.TOTAL_PAGES], size: 16, color: '595959' })] })]
					})
				},
				children
			}
		]
	});
	const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
	return normaliseDocx(bytes, doc.date);
}
