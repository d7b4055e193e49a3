import { XLSX } from './sheetjs';
import { addr } from './sheet';

export interface FreezeSpec {
	/** 1-based position of the sheet in the workbook (sheetN.xml). */
	sheetNumber: number;
	rows: number;
	cols: number;
}

/**
 * Freeze header rows and label columns. The SheetJS community build writes `<sheetView>` without
 * a `<pane>` (frozen panes are a Pro feature: SheetJS/sheetjs#1371), so the written package is
 * reopened with SheetJS's own zip library (CFB) and a frozen `<pane>` (ECMA-376 18.3.1.66) is
 * added to each sheet's view.
 */
export function addFrozenPanes(xlsx: Uint8Array, specs: readonly FreezeSpec[]): Uint8Array {
	const wanted = specs.filter((s) => s.rows > 0 || s.cols > 0);
	if (!wanted.length) return xlsx;
	const CFB = XLSX.CFB;
	const zip = CFB.read(xlsx, { type: 'array' });
	for (const spec of wanted) {
		const entry = CFB.find(zip, `/xl/worksheets/sheet${spec.sheetNumber}.xml`);
		if (!entry || !entry.content) throw new Error(`workbook: sheet${spec.sheetNumber}.xml is missing`);
		const xml = new TextDecoder().decode(entry.content as Uint8Array);
		const pane = paneXml(spec.rows, spec.cols);
		const next = xml.replace(/<sheetView ([^>]*?)\/>/, `<sheetView $1>${pane}</sheetView>`);
		if (next === xml) throw new Error(`workbook: no sheetView in sheet${spec.sheetNumber}.xml`);
		const bytes = new TextEncoder().encode(next);
		entry.content = bytes as unknown as typeof entry.content;
		entry.size = bytes.length;
	}
	// SheetJS writes <bookViews> only when the first sheet is hidden; LibreOffice applies sheet
	// views (and so the frozen panes) only when the workbook has one.
	const book = CFB.find(zip, '/xl/workbook.xml');
	if (book?.content) {
		const xml = new TextDecoder().decode(book.content as Uint8Array);
		if (!xml.includes('<bookViews')) {
			const bytes = new TextEncoder().encode(xml.replace(/(<workbookPr[^>]*\/>)/, '$1<bookViews><workbookView activeTab="0"/></bookViews>'));
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
