import { XLSX, type WorkBook, type WorkSheet } from '../../src/lib/export/workbook/sheetjs';

/** Test-side reading of workbooks we wrote ourselves (never uploaded files). */
export function readBook(bytes: Uint8Array): WorkBook {
	return XLSX.read(bytes, { type: 'array', cellFormula: true });
}

export function sheet(wb: WorkBook, name: string): WorkSheet {
	const ws = wb.Sheets[name];
	if (!ws) throw new Error(`no sheet "${name}" (sheets: ${wb.SheetNames.join(', ')})`);
	return ws;
}

export function sheetStartingWith(wb: WorkBook, prefix: string): WorkSheet {
	const name = wb.SheetNames.find((n) => n.startsWith(prefix));
	if (!name) throw new Error(`no sheet starting "${prefix}"`);
	return sheet(wb, name);
}

export function value(ws: WorkSheet, r: number, c: number): unknown {
	return ws[XLSX.utils.encode_cell({ r, c })]?.v;
}

export function num(ws: WorkSheet, r: number, c: number): number {
	const v = value(ws, r, c);
	if (typeof v !== 'number') throw new Error(`cell ${XLSX.utils.encode_cell({ r, c })} is ${JSON.stringify(v)}, not a number`);
	return v;
}

/** 0-based row whose column `col` holds exactly `label` (the `nth` such row, from 0). */
export function rowOf(ws: WorkSheet, label: string, col = 0, nth = 0): number {
	const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
	let seen = 0;
	for (let r = range.s.r; r <= range.e.r; r++) if (value(ws, r, col) === label && seen++ === nth) return r;
	throw new Error(`no row labelled "${label}"`);
}

/** Rows whose columns match the given values, e.g. { 0: 'Extended hours', 1: 2027 }. */
export function rowsWhere(ws: WorkSheet, match: Record<number, unknown>): number[] {
	const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
	const out: number[] = [];
	for (let r = range.s.r; r <= range.e.r; r++) if (Object.entries(match).every(([c, v]) => value(ws, r, Number(c)) === v)) out.push(r);
	return out;
}

/** 0-based column whose header row holds `label`. */
export function colOf(ws: WorkSheet, label: string, headerRow: number): number {
	const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
	for (let c = range.s.c; c <= range.e.c; c++) if (value(ws, headerRow, c) === label) return c;
	throw new Error(`no column "${label}" in row ${headerRow + 1}`);
}
