import type { AppraisalResult } from '../../src/lib/model';
import type { WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { num, rowOf, sheetStartingWith } from './sheetRead';

/**
 * The one check of a recalculated workbook's cash-flow sheets against the engine, shared by the
 * workbook recalculation tests (workbook-*recalc.test.ts): each names the rows it compares.
 */

type Option = AppraisalResult['options'][number];

/** Money in a recalculated workbook matches the engine's to the penny (half a penny either way). */
export const PENNY = 0.005;

/** Throws, naming the figure, unless the workbook's figure is within `tol` of the engine's. */
export function close(actual: number, expected: number, tol: number, what: string): void {
	if (!(Math.abs(actual - expected) <= tol)) throw new Error(`${what}: workbook ${actual}, engine ${expected} (difference ${actual - expected}, tolerance ${tol})`);
}

interface Row {
	/** The row's label in column A of the option's sheet (CFn ...). */
	label: string;
	/** The engine's figure for the option in year index `y`, or for the option as a whole (column C). */
	engine: (o: Option, y: number) => number;
	tol: number;
	/** A figure for each year (columns C onwards) or one for the option (column C). */
	byYear: boolean;
}

const year = (label: string, engine: Row['engine'], tol = PENNY): Row => ({ label, engine, tol, byYear: true });
const flow = (o: Option, y: number) => {
	const f = o.cashFlows[y];
	if (!f) throw new Error(`${o.name} has no cash flow for year index ${y}`);
	return f;
};

/** The rows a test may compare, by name. */
const ROWS = {
	scannersReplaced: year('Scanners replaced', (o, y) => o.capacity[y]?.scanners.filter((x) => x.replaced).length ?? 0),
	capitalTotal: year('Capital total', (o, y) => flow(o, y).capitalTotal),
	staff: year('Staff', (o, y) => flow(o, y).revenue.staff ?? 0),
	otherRevenue: year('Other revenue', (o, y) => flow(o, y).revenue.other ?? 0),
	revenueTotal: year('Revenue total', (o, y) => flow(o, y).revenueTotal),
	patientTravel: year('Patient travel (societal)', (o, y) => flow(o, y).patientTravel),
	optimismBiasCapital: year('Optimism bias: capital', (o, y) => flow(o, y).optimismBiasCapital),
	optimismBiasRevenue: year('Optimism bias: revenue', (o, y) => flow(o, y).optimismBiasRevenue),
	residualValue: year('Less: residual value', (o, y) => flow(o, y).residualValue),
	total: year('Total cost', (o, y) => flow(o, y).total),
	discountFactor: year('Discount factor', (o, y) => flow(o, y).discountFactor, 1e-9),
	discounted: year('Discounted cost', (o, y) => flow(o, y).discounted),
	equivalentAnnualCost: { label: 'Equivalent annual cost', engine: (o) => o.summary.equivalentAnnualCostGbp, tol: PENNY, byYear: false }
} satisfies Record<string, Row>;

export type CashFlowRow = keyof typeof ROWS;

/**
 * Every option's cash-flow sheet (CF1, CF2, ... in option order) against the engine's result `r`:
 * the named rows in every year (column C is the first year), in the order given, then the net
 * present cost, then the named whole-option rows, each within its tolerance (money to the penny,
 * the discount factor to 1e-9). `label` starts each failure's message.
 */
export function checkCashFlows(wb: WorkBook, r: AppraisalResult, label: string, rows: readonly CashFlowRow[]): void {
	r.options.forEach((o, i) => {
		const ws = sheetStartingWith(wb, `CF${i + 1} `);
		const found = rows.map((k) => ({ def: ROWS[k] as Row, row: rowOf(ws, ROWS[k].label) }));
		o.cashFlows.forEach((f, y) => {
			for (const x of found) if (x.def.byYear) close(num(ws, x.row, 2 + y), x.def.engine(o, y), x.def.tol, `${label}: ${o.name} ${f.year} ${x.def.label}`);
		});
		close(num(ws, rowOf(ws, 'Net present cost'), 2), o.summary.netPresentCostGbp, PENNY, `${label}: ${o.name} NPC`);
		for (const x of found) if (!x.def.byYear) close(num(ws, x.row, 2), x.def.engine(o, 0), x.def.tol, `${label}: ${o.name} ${x.def.label}`);
	});
}
