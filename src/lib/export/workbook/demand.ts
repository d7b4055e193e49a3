import type { AppraisalResult, Scenario } from '../../model';
import { SheetBuilder, addr, sheetRef } from './sheet';
import { waitingYearRange } from './waitingList';
import type { CatchmentSheet } from './catchment';
import { allKnown, numOf, text, when } from './years';

export const DEMAND_SHEET = 'Demand and capacity';

/** 0-based row of the option at position i (result order) in year y: one block of H rows and a blank row per option. */
export function demandRow(H: number, i: number, y: number): number {
	return 4 + i * (H + 1) + y;
}

/** Columns (0-based) other sheets read. */
export const DEMAND_COL = { total: 7, capacity: 9, outsourced: 10, delivered: 11, inHouse: 12, within: 17 };

export interface DemandSheet {
	sheet: SheetBuilder;
	/** Reference of a cell of the option at position i in year y. */
	ref: (column: keyof typeof DEMAND_COL, i: number, y: number) => string;
}

/**
 * Demand and capacity by option and year. Demand reads the Catchment sheet (population, new
 * referrals x uptake, FLS referrals, monitoring and VFA scans, each a formula over the Inputs sheet);
 * total demand is their sum; capacity is the sum of the scanners' capacity (Capacity by scanner sheet) plus
 * outsourced scans (Inputs: scans a year while the contract runs); scans delivered, the year-end
 * list and the share seen within the standard add up the Waiting list sheet; in-house scans are
 * delivered x in-house capacity / capacity; the gap, utilisation and wait are formulas. The count
 * waiting beyond the standard (DM01) and the capacity that holds the standard (Kingman) are not on it.
 */
export function buildDemandSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string>; capacityRefs: (optionId: string, y: number) => string[]; catchment: CatchmentSheet }): DemandSheet {
	const { scenario: s, result, refOf, capacityRefs, catchment: cm } = opts;
	const H = result.horizonYears;
	const sh = new SheetBuilder(DEMAND_SHEET);
	sh.set(0, 0, 'Demand and capacity by option and year');
	sh.set(1, 0, 'Scans a year. Demand reads the Catchment sheet (population, referrals, the FLS and monitoring, from the Inputs sheet). Capacity adds up the Capacity by scanner sheet and outsourced scans; delivered and the waiting list add up the Waiting list sheet. Gap = demand - capacity (positive is a shortfall). Utilisation = delivered / capacity.');
	const head = [
		'Option',
		'Year',
		'Population',
		'Aged 50+',
		'New referrals',
		'FLS referrals',
		'Monitoring scans',
		'Total demand',
		'Scans with VFA',
		'Capacity',
		'of which outsourced',
		'Delivered',
		'Delivered in-house',
		'Capacity gap',
		'Utilisation',
		'Waiting list at year end',
		'Estimated wait at year end (weeks)',
		'Seen within standard'
	];
	sh.row(3, 0, head);
	result.options.forEach((o, i) => {
		const oi = s.options.findIndex((x) => x.id === o.id);
		const out = s.options[oi]?.outsourcing;
		const scansRef = refOf.get(`options[${oi}].outsourcing.scansPerYear`) ?? String(out?.scansPerYear ?? 0);
		const outFrom = numOf(refOf, `options[${oi}].outsourcing.fromYearIndex`, out?.fromYearIndex ?? 0);
		const outYears = numOf(refOf, `options[${oi}].outsourcing.years`, out?.years ?? 0);
		o.demand.forEach((d, y) => {
			const c = o.capacity[y];
			const row = demandRow(H, i, y);
			const R = row + 1;
			const month = o.waitingList.months[y * 12 + 11];
			const wait = month?.estimatedWaitWeeks;
			const seen = waitingYearRange(H, i, y, 'seen');
			const within = waitingYearRange(H, i, y, 'within');
			const end = waitingYearRange(H, i, y, 'end');
			const inContract = out !== undefined && y >= out.fromYearIndex && y < out.fromYearIndex + out.years;
			// The contract's years as a condition over the year (column B) and its Inputs cells (years.ts; years helper's edit).
			const contract = out === undefined ? false : allKnown(outFrom, outYears) ? inContract : `AND(B${R}-${s.startYear}>=${text(outFrom)},B${R}-${s.startYear}<${text(outFrom)}+${text(outYears)})`;
			const caps = capacityRefs(o.id, y);
			const waitFormula = `IF(J${R}>0,P${R}/(J${R}/12/(52/12)),IF(P${R}>0,"no capacity",0))`;
			sh.row(row, 0, [
				o.name,
				{ n: d.year, fmt: 'year' },
				{ n: d.population, f: cm.population(y), fmt: 'count' },
				{ n: d.population50Plus, f: cm.population50(y), fmt: 'count' },
				{ n: d.newReferrals, f: cm.option(i, 'newReferrals', y), fmt: 'count' },
				{ n: d.flsReferrals, f: cm.option(i, 'flsReferrals', y), fmt: 'count' },
				{ n: d.monitoring, f: cm.option(i, 'monitoring', y), fmt: 'count' },
				{ n: d.total, f: `SUM(E${R}:G${R})`, fmt: 'count' },
				{ n: d.vfaScans, f: cm.option(i, 'vfaScans', y), fmt: 'count' },
				{ n: c?.capacity ?? 0, f: `${caps.length ? caps.join('+') : '0'}+K${R}`, fmt: 'count' },
				{ n: c?.outsourced ?? 0, f: when(contract, scansRef) ?? '0', fmt: 'count' },
				{ n: c?.delivered ?? 0, f: `SUM(${seen.range})`, fmt: 'count' },
				{ n: c && c.capacity ? (c.delivered * (c.capacity - c.outsourced)) / c.capacity : 0, f: `IF(J${R}>0,L${R}*(J${R}-K${R})/J${R},0)`, fmt: 'count' },
				{ n: c?.gap ?? 0, f: `H${R}-J${R}`, fmt: 'count' },
				{ n: c?.utilisation ?? 0, f: `IF(J${R}>0,L${R}/J${R},0)`, fmt: 'pct' },
				{ n: month?.listSize ?? 0, f: end.last, fmt: 'count' },
				wait === null || wait === undefined ? { s: 'no capacity', f: waitFormula } : { n: wait, f: waitFormula, fmt: 'count1' },
				{ n: o.waitingList.withinStandardShareByYear[y] ?? 0, f: `IF(L${R}>0,SUM(${within.range})/L${R},1)`, fmt: 'pct' }
			]);
		});
	});
	// Wide enough for each header label (they print whole).
	// Narrow number columns with their headers wrapped (bold, on two or three lines), so the sheet
	// prints one page wide at a readable size; the option's name wraps in its own column.
	sh.setWidths(head.map((_, c) => (c === 0 ? 24 : c === 1 ? 7 : 11)));
	sh.wrapCols = head.map((_, c) => c);
	sh.freezeRows = 4;
	sh.freezeCols = 2;
	return { sheet: sh, ref: (column, i, y) => sheetRef(DEMAND_SHEET, addr(demandRow(H, i, y), DEMAND_COL[column])) };
}
