import type { Scenario } from '../../model';
import type { FormulaValue } from '../../model/parse';
import { inputRows, PLACEHOLDER_TEXT } from '../inputRows';
import type { DefinedName } from './sheetjs';
import { SheetBuilder, abs, sheetRef, type CellSpec } from './sheet';
import type { FormatName } from './formats';

export const INPUTS_SHEET = 'Inputs';
export { PLACEHOLDER_TEXT, inputRows };
/**
 * Key inputs get workbook names so formulas read as the method does (`=C20*OptimismBiasCapital`).
 * Names are letters only so none can be mistaken for a cell reference.
 */
export const DEFINED_NAMES: Record<string, string> = {
	'appraisal.discountRate': 'DiscountRate',
	'appraisal.discountRateLong': 'DiscountRateLong',
	'appraisal.healthDiscountRate': 'HealthDiscountRate',
	'appraisal.optimismBiasCapital': 'OptimismBiasCapital',
	'appraisal.optimismBiasEquipment': 'OptimismBiasEquipment',
	'appraisal.optimismBiasRevenue': 'OptimismBiasRevenue',
	'appraisal.valuePerQalyGbp': 'ValuePerQaly',
	'staffing.onCostRate': 'OnCostRate',
	'staffing.leaveAllowance': 'LeaveAllowance',
	'staffing.hoursPerWte': 'HoursPerWte',
	'demand.waitStandardWeeks': 'WaitStandardWeeks',
	'costs.consumablesPerScanGbp': 'ConsumablesPerScan'
};

const SECTION_LABELS: Record<string, string> = {
	general: 'General',
	catchment: 'Catchment',
	demand: 'Demand',
	waiting: 'Waiting-time standard',
	scanners: 'Scanners',
	staffing: 'Staffing',
	costs: 'Costs',
	pathway: 'Pathway',
	fls: 'Fracture liaison service',
	options: 'Options',
	appraisal: 'Appraisal'
};

function formatFor(unit: string, value: number): FormatName | undefined {
	if (/fraction/.test(unit)) return 'pct2';
	if (/^GBP/.test(unit)) return 'gbp2';
	if (/year/.test(unit) && !/per year|a year/.test(unit)) return undefined;
	return Number.isInteger(value) ? 'count' : 'dec2';
}

export interface InputsSheet {
	sheet: SheetBuilder;
	/** Absolute reference (Inputs!$D$n) of each input's value, by path. */
	refOf: Map<string, string>;
	names: DefinedName[];
	/** Each input's row (0-based), path and defined name, for markInputsInFormulas. */
	rows: { row: number; path: string; name: string | undefined }[];
	placeholderCount: number;
	/** Column (0-based) holding the source/status text, for the cover's COUNTIF. */
	statusColumn: number;
}

export function buildInputsSheet(opts: { scenario: Scenario; input?: unknown; formulas?: readonly FormulaValue[] }): InputsSheet {
	const sh = new SheetBuilder(INPUTS_SHEET);
	const rows = inputRows(opts);
	sh.set(0, 0, 'Inputs: every assumption behind the appraisal');
	const header = ['Section', 'Input', 'Unit', 'Value', 'Defined name', 'Source or status', 'Rationale', 'Scenario path', 'In the formulas'];
	sh.row(3, 0, header);
	const refOf = new Map<string, string>();
	const names: DefinedName[] = [];
	rows.forEach((r, i) => {
		const row = 4 + i;
		const label = r.context ? `${r.context}: ${r.entry.meta.label}` : r.entry.meta.label;
		const name = DEFINED_NAMES[r.entry.path];
		const fmt = formatFor(r.entry.meta.unit, r.value);
		const cells: CellSpec[] = [SECTION_LABELS[r.entry.section] ?? r.entry.section, label, r.entry.meta.unit, { n: r.value, fmt }, name ?? '', r.sourceText, r.rationale, r.entry.path];
		sh.row(row, 0, cells);
		const ref = sheetRef(INPUTS_SHEET, abs(row, 3));
		refOf.set(r.entry.path, ref);
		if (name) names.push({ Name: name, Ref: ref });
	});
	// Widths that print legibly one page wide (about 190 characters across landscape A4); the long
	// columns (input, unit, source, rationale, scenario path, in the formulas) wrap inside them.
	sh.setWidths([11, 32, 12, 12, 22, 40, 28, 26, 12]);
	sh.wrapCols = [0, 1, 2, 4, 5, 6, 7, 8];
	sh.note(1, 'Change a value in column D and every formula that uses it recalculates. Inputs with a defined name (column E) are used by that name in the formulas. Column I says whether any formula reads the input. Those no formula reads are inputs this scenario does not use (for example fracture incidence when the FLS cohort is sized from hip fractures) or shape the layout the planner writes (the first year and the horizon): change them in the planner and export again.', 8);
	sh.freezeRows = 4;
	return { sheet: sh, refOf, names, rows: rows.map((r, i) => ({ row: 4 + i, path: r.entry.path, name: DEFINED_NAMES[r.entry.path] })), placeholderCount: rows.filter((r) => r.status === 'placeholder').length, statusColumn: 5 };
}

/** Column I of the Inputs sheet: whether any formula in the workbook reads the input (by its cell or its defined name). */
export function markInputsInFormulas(inputs: InputsSheet, sheets: readonly SheetBuilder[]): void {
	const formulas: string[] = [];
	for (const sh of sheets) for (const [k, cell] of Object.entries(sh.ws)) if (!k.startsWith('!') && typeof cell.f === 'string') formulas.push(cell.f);
	const text = formulas.join('\n');
	const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const r of inputs.rows) {
		const ref = inputs.refOf.get(r.path) ?? '';
		const cell = ref.slice(ref.indexOf('!') + 1);
		const byCell = ref !== '' && (new RegExp(`${escape(ref)}(?![0-9])`).test(text) || new RegExp(`Inputs!${escape(cell)}(?![0-9])`).test(text));
		const byName = r.name !== undefined && new RegExp(`(?<![A-Za-z0-9_.])${escape(r.name)}(?![A-Za-z0-9_.(])`).test(text);
		inputs.sheet.set(r.row, 8, byCell || byName ? 'Yes' : 'No: change it in the planner');
	}
}
