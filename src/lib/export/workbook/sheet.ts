import { XLSX, type CellObject, type WorkSheet } from './sheetjs';
import { FMT, type FormatName } from './formats';
import { oneLine, xmlSafe } from '../../present';

/** A cell to write: text, a number (optionally with its formula) or a boolean. */
export type CellSpec =
	| string
	| null
	| undefined
	| { n: number; f?: string; fmt?: FormatName }
	| { s: string; f?: string }
	| { b: boolean; f?: string };

export const addr = (row: number, col: number): string => XLSX.utils.encode_cell({ r: row, c: col });
export const colName = (col: number): string => XLSX.utils.encode_col(col);
/** Absolute reference, e.g. $E$12. */
export const abs = (row: number, col: number): string => `$${colName(col)}$${row + 1}`;

/** A sheet name quoted for use in formulas: 'CF 1 Business as usual'!C5. */
export function sheetRef(sheet: string, cell: string): string {
	return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Turn a name into a valid, unique worksheet name: one line (tabs and line breaks would break
 * every formula that names the sheet), no []:*?/\, no leading or trailing apostrophe, at most 31
 * characters (Excel's limits), and not a name already taken (compared without case, as Excel does).
 */
export function safeSheetName(name: string, taken: ReadonlySet<string>): string {
	const cut = oneLine(name).replace(/[[\]:*?/\\]/g, ' ').replace(/ {2,}/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31).trim();
	const base = xmlSafe(cut) || 'Sheet';
	let out = base;
	for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
	return out;
}

/** Numbers in the workbook must be finite: a NaN would write a corrupt cell. */
function finite(v: number, where: string): number {
	if (!Number.isFinite(v)) throw new Error(`workbook: non-finite number ${v} at ${where}`);
	return v;
}

/**
 * Builds one worksheet cell by cell. Every formula cell carries its cached value (the engine's
 * figure) so viewers that do not recalculate still show numbers.
 */
export class SheetBuilder {
	readonly name: string;
	readonly ws: WorkSheet = {};
	private maxRow = 0;
	private maxCol = 0;
	private widths: number[] = [];
	freezeRows = 0;
	freezeCols = 0;
	/** Columns (0-based) whose long text wraps when printed (freeze.ts withCellStyles), from the first body row. */
	wrapCols: number[] = [];
	private merges: { s: { r: number; c: number }; e: { r: number; c: number } }[] = [];
	private heights: { row: number; hpt: number }[] = [];

	constructor(name: string) {
		this.name = name;
	}

	set(row: number, col: number, spec: CellSpec): void {
		if (spec === null || spec === undefined) return;
		let cell: CellObject;
		if (typeof spec === 'string') cell = { t: 's', v: xmlSafe(spec) };
		else if ('n' in spec) {
			cell = { t: 'n', v: finite(spec.n, `${this.name}!${addr(row, col)}`) };
			if (spec.fmt) cell.z = FMT[spec.fmt];
		} else if ('s' in spec) cell = { t: 's', v: xmlSafe(spec.s) };
		else cell = { t: 'b', v: spec.b };
		if (typeof spec === 'object' && spec.f) cell.f = spec.f;
		this.ws[addr(row, col)] = cell;
		this.maxRow = Math.max(this.maxRow, row);
		this.maxCol = Math.max(this.maxCol, col);
	}

	/** Write a row of cells starting at `col`. */
	row(row: number, col: number, cells: readonly CellSpec[]): void {
		cells.forEach((c, i) => this.set(row, col + i, c));
	}

	/** Column widths in characters, from column 0. */
	setWidths(widths: readonly number[]): void {
		this.widths = [...widths];
	}

	/**
	 * A note across columns 0..lastCol of a row: merged, wrapped, and a row tall enough for its
	 * lines (a merged cell does not grow by itself): lines = its length / the columns' width in characters.
	 */
	note(row: number, text: string, lastCol: number): void {
		this.set(row, 0, text);
		this.merges.push({ s: { r: row, c: 0 }, e: { r: row, c: lastCol } });
		const width = this.widths.slice(0, lastCol + 1).reduce((t, w) => t + w, 0) || 100;
		this.heights.push({ row, hpt: 16 * Math.max(1, Math.ceil((text.length * 1.1) / width)) });
	}

	/** The print styling freeze.ts applies: bold title and header row, wrapped columns top-aligned below the header. */
	style(): { boldRows: number[]; wrapCols: number[]; bodyFrom: number; wrapRows: number[] } {
		const body = this.freezeRows;
		return { boldRows: body > 0 ? [0, body - 1] : [0], wrapCols: this.wrapCols, bodyFrom: body, wrapRows: this.merges.map((m) => m.s.r) };
	}

	finish(): WorkSheet {
		this.ws['!ref'] = `A1:${addr(this.maxRow, this.maxCol)}`;
		if (this.widths.length) this.ws['!cols'] = this.widths.map((wch) => ({ wch }));
		if (this.merges.length) this.ws['!merges'] = this.merges;
		if (this.heights.length || this.wrapCols.length) {
			const rows: { hpt?: number }[] = [];
			// Wrapped columns: each row from the header down as tall as its longest wrapped text (a viewer
			// does not grow a row by itself when the file gives no height), 16 points a line.
			if (this.wrapCols.length)
				for (let r = Math.max(0, this.freezeRows - 1); r <= this.maxRow; r++) {
					const lines = Math.max(1, ...this.wrapCols.map((c) => {
						const v = this.ws[addr(r, c)]?.v;
						return typeof v === 'string' ? wrappedLines(v, this.widths[c] ?? 10) : 1;
					}));
					if (lines > 1) rows[r] = { hpt: 16 * lines };
				}
			for (const h of this.heights) rows[h.row] = { hpt: h.hpt };
			this.ws['!rows'] = rows;
		}
		return this.ws;
	}
}

/**
 * Lines a text takes wrapped in a column `width` characters wide, filled word by word: about 1.2
 * characters of proportional text per unit of width (the unit is a digit's width), and a word too
 * long for a line broken at the column's width in digits.
 */
export function wrappedLines(text: string, width: number): number {
	const fits = Math.max(1, 1.2 * (width - 1));
	let lines = 0;
	let used = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (word.length > fits) {
			lines += (used > 0 ? 1 : 0) + Math.ceil(word.length / Math.max(1, width - 1)) - 1;
			used = word.length % Math.max(1, width - 1) || Math.max(1, width - 1);
			continue;
		}
		if (used > 0 && used + 1 + word.length > fits) {
			lines++;
			used = word.length;
		} else used += (used > 0 ? 1 : 0) + word.length;
	}
	return lines + (used > 0 ? 1 : 0) || 1;
}
