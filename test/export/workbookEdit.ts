import type { Scenario } from '../../src/lib/model';
import { XLSX } from '../../src/lib/export/workbook/sheetjs';
import { readBook, sheet } from './sheetRead';

/** The scenario with one input (a path such as scanners[0].lifetimeYears) set to v, as the workbook's edit makes it. */
export function withInput(s: Scenario, path: string, v: number): Scenario {
	const copy = structuredClone(s) as unknown as Record<string, unknown>;
	const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
	let at: Record<string, unknown> = copy;
	for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
	at[keys[keys.length - 1] as string] = v;
	return copy as unknown as Scenario;
}

/** A copy of the workbook with one input (Inputs column D, found by its scenario path in column H) set to v. */
export function editInput(bytes: Uint8Array, path: string, v: number): Buffer {
	const edited = readBook(bytes);
	const ws = sheet(edited, 'Inputs');
	const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
	const r = rows.findIndex((row) => row[7] === path);
	if (r < 0) throw new Error(`the Inputs sheet has no row for ${path}`);
	ws[`D${r + 1}`] = { t: 'n', v };
	return XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
