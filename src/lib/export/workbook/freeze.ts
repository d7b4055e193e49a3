import { XLSX } from './sheetjs';
import { addr } from './sheet';

export interface FreezeSpec {
	/** 1-based position of the sheet in the workbook (sheetN.xml). */
	sheetNumber: number;
	rows: number;
	cols: number;
	/** The sheet's name, for its print titles. */
	name?: string;
}

/**
 * Freeze header rows and label columns. The SheetJS community build writes `<sheetView>` without
 * a `<pane>` (frozen panes are a Pro feature: SheetJS/sheetjs#1371), so the written package is
 * reopened with SheetJS's own zip library (CFB) and a frozen `<pane>` (ECMA-376 18.3.1.66) is
 * added to each sheet's view.
 */
export function addFrozenPanes(xlsx: Uint8Array, specs: readonly FreezeSpec[]): Uint8Array {
	if (!specs.length) return xlsx;
	const CFB = XLSX.CFB;
	const zip = CFB.read(xlsx, { type: 'array' });
	for (const spec of specs) {
		const entry = CFB.find(zip, `/xl/worksheets/sheet${spec.sheetNumber}.xml`);
		if (!entry || !entry.content) throw new Error(`workbook: sheet${spec.sheetNumber}.xml is missing`);
		const xml = new TextDecoder().decode(entry.content as Uint8Array);
		let next = xml;
		if (spec.rows > 0 || spec.cols > 0) {
			next = xml.replace(/<sheetView ([^>]*?)\/>/, `<sheetView $1>${paneXml(spec.rows, spec.cols)}</sheetView>`);
			if (next === xml) throw new Error(`workbook: no sheetView in sheet${spec.sheetNumber}.xml`);
		}
		next = withPrintSetup(next);
		const bytes = new TextEncoder().encode(next);
		entry.content = bytes as unknown as typeof entry.content;
		entry.size = bytes.length;
	}
	// SheetJS writes <bookViews> only when the first sheet is hidden; LibreOffice applies sheet
	// views (and so the frozen panes) only when the workbook has one.
	const book = CFB.find(zip, '/xl/workbook.xml');
	if (book?.content) {
		const xml = new TextDecoder().decode(book.content as Uint8Array);
		let next = xml.includes('<bookViews') ? xml : xml.replace(/(<workbookPr[^>]*\/>)/, '$1<bookViews><workbookView activeTab="0"/></bookViews>');
		next = withPrintTitles(next, specs);
		if (next !== xml) {
			const bytes = new TextEncoder().encode(next);
			book.content = bytes as unknown as typeof book.content;
			book.size = bytes.length;
		}
	}
	const out = CFB.write(zip, { fileType: 'zip', type: 'array', compression: true } as Parameters<typeof CFB.write>[1]) as ArrayLike<number>;
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
