import type { Scenario } from '../../src/lib/model';
import { XLSX } from '../../src/lib/export/workbook/sheetjs';
import { readBook, sheet } from './sheetRead';

/** One input change: its scenario path (such as scanners[0].lifetimeYears) and the new value. */
export type Change = readonly [path: string, value: number];

/** The scenario with each input of `changes` set, as the workbook's edits make them. */
export function withInputs(s: Scenario, changes: readonly Change[]): Scenario {
	const copy = structuredClone(s) as unknown as Record<string, unknown>;
	for (const [path, v] of changes) {
		const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
		let at: Record<string, unknown> = copy;
		for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
		at[keys[keys.length - 1] as string] = v;
	}
	return copy as unknown as Scenario;
}

/** The scenario with one input (a path such as scanners[0].lifetimeYears) set to v. */
export function withInput(s: Scenario, path: string, v: number): Scenario {
	return withInputs(s, [[path, v]]);
}

/** A copy of the workbook with each input of `changes` (Inputs column D, found by its scenario path in column H) set. */
export function editInputs(bytes: Uint8Array, changes: readonly Change[]): Buffer {
	const edited = readBook(bytes);
	const ws = sheet(edited, 'Inputs');
	const rows = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, defval: null });
	for (const [path, v] of changes) {
		const r = rows.findIndex((row) => row[7] === path);
		if (r < 0) throw new Error(`the Inputs sheet has no row for ${path}`);
		ws[`D${r + 1}`] = { t: 'n', v };
	}
	return XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** A copy of the workbook with one input set to v. */
export function editInput(bytes: Uint8Array, path: string, v: number): Buffer {
	return editInputs(bytes, [[path, v]]);
}
