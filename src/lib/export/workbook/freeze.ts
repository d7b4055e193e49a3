import { XLSX } from './sheetjs';
import { addr } from './sheet';

export interface FreezeSpec {
	/** 1-based position of the sheet in the workbook (sheetN.xml). */
	sheetNumber: number;
	rows: number;
	cols: number;
	/** The sheet's name, for its print titles. */
	name?: string;
	/** Print styling: bold rows (titles, headers), wrapped text columns and the row the body starts at (0-based). */
	style?: SheetStyle;
}

export interface SheetStyle {
	/** Rows set in bold (0-based): the title and the column headers. */
	boldRows: readonly number[];
	/** Columns (0-based) whose text wraps inside the column width, top-aligned, from `bodyFrom`. */
	wrapCols: readonly number[];
	/** First body row (0-based): with wrapped columns, every body cell is top-aligned so a row reads across. */
	bodyFrom: number;
	/** Rows (0-based) whose text wraps whatever the column: notes merged across the sheet. */
	wrapRows?: readonly number[];
}

/**
 * Freeze header rows and label columns. The SheetJS community build writes `<sheetView>` without
 * a `<pane>` (frozen panes are a Pro feature: SheetJS/sheetjs#1371), so the written package is
 * reopened with SheetJS's own zip library (CFB) and a frozen `<pane>` (ECMA-376 18.3.1.66) is
 * added to each sheet's view.
 */
/** The part of SheetJS's zip library (CFB, typed `any` by SheetJS) used here. */
interface CfbEntry {
	content?: Uint8Array | number[];
	size: number;
}
interface Cfb {
	read(data: Uint8Array, opts: { type: 'array' }): unknown;
	find(zip: unknown, path: string): CfbEntry | null;
	write(zip: unknown, opts: { fileType: 'zip'; type: 'array'; compression: boolean }): ArrayLike<number>;
}

const text = (c: Uint8Array | number[]): string => new TextDecoder().decode(c instanceof Uint8Array ? c : Uint8Array.from(c));

export function addFrozenPanes(xlsx: Uint8Array, specs: readonly FreezeSpec[]): Uint8Array {
	if (!specs.length) return xlsx;
	const CFB: Cfb = XLSX.CFB;
	const zip = CFB.read(xlsx, { type: 'array' });
	// Styles first: the variants (top-aligned, wrapped, bold) of every cell format SheetJS wrote.
	const styles = CFB.find(zip, '/xl/styles.xml');
	let xfCount = 0;
	if (specs.some((x) => x.style) && styles?.content) {
		const patched = withStyleVariants(text(styles.content));
		xfCount = patched.count;
		const bytes = new TextEncoder().encode(patched.xml);
		styles.content = bytes;
		styles.size = bytes.length;
	}
	for (const spec of specs) {
		const entry = CFB.find(zip, `/xl/worksheets/sheet${spec.sheetNumber}.xml`);
		if (!entry || !entry.content) throw new Error(`workbook: sheet${spec.sheetNumber}.xml is missing`);
		const xml = text(entry.content);
		let next = xml;
		if (spec.rows > 0 || spec.cols > 0) {
			next = xml.replace(/<sheetView ([^>]*?)\/>/, `<sheetView $1>${paneXml(spec.rows, spec.cols)}</sheetView>`);
			if (next === xml) throw new Error(`workbook: no sheetView in sheet${spec.sheetNumber}.xml`);
		}
		next = withPrintSetup(next);
		if (spec.style) next = withCellStyles(next, spec.style, xfCount);
		const bytes = new TextEncoder().encode(next);
		entry.content = bytes;
		entry.size = bytes.length;
	}
	// SheetJS writes <bookViews> only when the first sheet is hidden; LibreOffice applies sheet
	// views (and so the frozen panes) only when the workbook has one.
	const book = CFB.find(zip, '/xl/workbook.xml');
	if (book?.content) {
		const xml = text(book.content);
		let next = xml.includes('<bookViews') ? xml : xml.replace(/(<workbookPr[^>]*\/>)/, '$1<bookViews><workbookView activeTab="0"/></bookViews>');
		next = withPrintTitles(next, specs);
		if (next !== xml) {
			const bytes = new TextEncoder().encode(next);
			book.content = bytes;
			book.size = bytes.length;
		}
	}
	const out = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true });
	return out instanceof Uint8Array ? out : Uint8Array.from(out);
}

function paneXml(rows: number, cols: number): string {
	const topLeft = addr(rows, cols);
	const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
	const split = `${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`;
	return `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/**
 * Print setup (ECMA-376 18.3.1.63 and 18.3.1.62): landscape A4, one page wide and as many tall as
 * it takes (fitToPage with fitToHeight 0), narrow margins. sheetPr is the worksheet's first child;
 * pageMargins and pageSetup come before ignoredErrors and drawings.
 */
export function withPrintSetup(xml: string): string {
	let out = xml.includes('<sheetPr') ? xml.replace(/<sheetPr([^>]*?)\/>/, '<sheetPr$1><pageSetUpPr fitToPage="1"/></sheetPr>') : xml.replace(/(<worksheet[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
	const print = '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
	const before = ['<ignoredErrors', '<drawing', '<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'].find((t) => out.includes(t)) as string;
	out = out.replace(before, `${print}${before}`);
	return out;
}

/** Header rows (and label columns) repeated on every printed page: _xlnm.Print_Titles per sheet. */
function withPrintTitles(xml: string, specs: readonly FreezeSpec[]): string {
	const names = specs
		.filter((s) => s.name && (s.rows > 0 || s.cols > 0))
		.map((s) => {
			const sheet = `'${(s.name as string).replace(/'/g, "''").replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}'`;
			const parts = [...(s.cols > 0 ? [`${sheet}!$A:$${colLetters(s.cols - 1)}`] : []), ...(s.rows > 0 ? [`${sheet}!$1:$${s.rows}`] : [])];
			return `<definedName name="_xlnm.Print_Titles" localSheetId="${s.sheetNumber - 1}">${parts.join(',')}</definedName>`;
		})
		.join('');
	if (!names) return xml;
	return xml.includes('</definedNames>') ? xml.replace('</definedNames>', `${names}</definedNames>`) : xml.replace('</sheets>', `</sheets><definedNames>${names}</definedNames>`);
}

function colLetters(c: number): string {
	return addr(0, c).replace(/\d+$/, '');
}

/** Offsets of the style variants appended after SheetJS's N cell formats: format i top-aligned is N + i, wrapped 2N + i, bold 3N + i, bold and wrapped 4N + i. */
const TOP = 1;
const WRAP = 2;
const BOLD = 3;
const BOLD_WRAP = 4;

/**
 * SheetJS's community build writes number formats but no alignment or fonts, so styles.xml is
 * given a bold font and, for each of its N cell formats (cellXfs, ECMA-376 18.8.10), four variants
 * with the same number format, all top-aligned: plain, with wrapped text (18.8.1 alignment), bold,
 * and bold with wrapped text. Returns N.
 */
export function withStyleVariants(xml: string): { xml: string; count: number } {
	const fonts = /<fonts count="(\d+)">([\s\S]*?)<\/fonts>/.exec(xml);
	const xfs = /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/.exec(xml);
	if (!fonts || !xfs) throw new Error('workbook: styles.xml has no fonts or cellXfs');
	const boldFont = Number(fonts[1]);
	const firstFont = /<font>([\s\S]*?)<\/font>/.exec(fonts[2] as string)?.[1] ?? '<sz val="12"/><name val="Calibri"/>';
	const list = (xfs[2] as string).match(/<xf [^>]*?\/>/g) ?? [];
	const n = list.length;
	const variant = (xf: string, align: string, bold: boolean) => {
		let attrs = xf.replace(/^<xf /, '').replace(/\/>$/, '').trim();
		if (bold) attrs = attrs.replace(/fontId="\d+"/, `fontId="${boldFont}"`) + ' applyFont="1"';
		return `<xf ${attrs} applyAlignment="1"><alignment ${align}/></xf>`;
	};
	const wrapTop = 'vertical="top" wrapText="1"';
	const added = [...list.map((x) => variant(x, 'vertical="top"', false)), ...list.map((x) => variant(x, wrapTop, false)), ...list.map((x) => variant(x, 'vertical="top"', true)), ...list.map((x) => variant(x, wrapTop, true))];
	const out = xml
		.replace(fonts[0], `<fonts count="${boldFont + 1}">${fonts[2]}<font><b/>${firstFont}</font></fonts>`)
		.replace(xfs[0], `<cellXfs count="${5 * n}">${list.join('')}${added.join('')}</cellXfs>`);
	return { xml: out, count: n };
}

/** Point each cell of a sheet at its style variant: bold rows, wrapped columns, top-aligned body (withStyleVariants). */
export function withCellStyles(xml: string, style: SheetStyle, n: number): string {
	const bold = new Set(style.boldRows);
	const wrap = new Set(style.wrapCols);
	const wrapRows = new Set(style.wrapRows ?? []);
	return xml.replace(/<c r="([A-Z]+)(\d+)"([^>]*?)(\/?)>/g, (all, col: string, rowText: string, attrs: string, close: string) => {
		const r = Number(rowText) - 1;
		const c = XLSX.utils.decode_col(col);
		const variant = bold.has(r) ? (r === style.bodyFrom - 1 && wrap.has(c) ? BOLD_WRAP : BOLD) : wrapRows.has(r) || (r >= style.bodyFrom && wrap.has(c)) ? WRAP : r >= style.bodyFrom && wrap.size > 0 ? TOP : 0;
		if (!variant) return all;
		const s = Number(/ s="(\d+)"/.exec(attrs)?.[1] ?? 0);
		return `<c r="${col}${rowText}" s="${variant * n + s}"${attrs.replace(/ s="\d+"/, '')}${close}>`;
	});
}
