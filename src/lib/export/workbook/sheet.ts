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

	finish(): WorkSheet {
		this.ws['!ref'] = `A1:${addr(this.maxRow, this.maxCol)}`;
		if (this.widths.length) this.ws['!cols'] = this.widths.map((wch) => ({ wch }));
		return this.ws;
	}
}
