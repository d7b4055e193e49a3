import type { AppraisalResult, Scenario } from '../../model';
import { WEEKS_PER_MONTH, withinStandardProbability } from '../../model/waitingList';
import { monthName } from '../../present';
import { SheetBuilder, abs, addr, colName, sheetRef, type CellSpec } from './sheet';

export const WAITING_SHEET = 'Waiting list';

/** First row (0-based) of the month rows' header. */
const HEADER_ROW = 6;

/** Rows of one option's block: its two backlog rows, 12 months a year, a blank row. */
const blockRows = (H: number) => 12 * H + 3;

/** 0-based row of month t of the option at position i (result order). */
export function waitingRow(H: number, i: number, t: number): number {
	return HEADER_ROW + 1 + i * blockRows(H) + 2 + t;
}

/** Months waited covered by the within-standard columns: the chance is 0 from ceil(standard in months + 1). */
export function monthsCovered(standardWeeks: number): number {
	return Math.max(1, Math.ceil(standardWeeks / WEEKS_PER_MONTH + 1));
}

export interface WaitingRefs {
	/** Total demand (scans a year) of the option at position i in year y (Demand and capacity sheet). */
	demand: (i: number, y: number) => string;
	/** Capacity (scans a year) of the option at position i in year y (Demand and capacity sheet). */
	capacity: (i: number, y: number) => string;
}

/** Columns (0-based) of the month rows. */
export const WAITING_COL = { option: 0, month: 1, t: 2, year: 3, referrals: 4, capacity: 5, start: 6, seen: 7, end: 8, arrivals: 9, cumSeen: 10, within: 11, wait: 12 };

/**
 * The month-by-month waiting list of every option as formulas (src/lib/model/waitingList.ts,
 * Methods: Waiting list). Each month: referrals = the year's demand / 12, capacity = the year's
 * capacity / 12, seen = MIN(capacity, list at start + referrals), list at end = list at start +
 * referrals - seen. First in, first out: the patients seen in month t are those between the
 * cumulative scans seen at the end of month t - 1 and of month t, in the order they joined; the
 * cohort that joined d months earlier lies between the cumulative referrals (with the starting
 * backlog, spread evenly over the months before the start at the first year's rate, at most 24)
 * before and after it, and each patient of it was seen within the standard with the chance
 * p(d) = the triangular distribution of a d-month wait (row 5). Seen within the standard = sum over
 * d of p(d) x the overlap. The count waiting beyond the standard at a month's end and the
 * queueing measures (Kingman) are not in the workbook (the app and the business case show them).
 */
export function buildWaitingSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string>; refs: WaitingRefs }): SheetBuilder {
	const { scenario: s, result, refOf, refs } = opts;
	const H = s.horizonYears;
	const sh = new SheetBuilder(WAITING_SHEET);
	sh.set(0, 0, 'Waiting list month by month, first in first out');
	sh.set(1, 0, 'Every figure is a formula: referrals and capacity from the Demand and capacity sheet, the starting backlog and the standard from the Inputs sheet. Method: the Methods page, section Waiting list.');
	const standard = s.demand.waitStandardWeeks;
	const D = monthsCovered(standard);
	sh.set(3, 0, 'Months waited (d)');
	sh.set(4, 0, 'Chance within standard, p(d)');
	sh.set(5, 0, `p(d): the chance that a patient seen d months after the month they joined waited within the standard (the columns cover standards up to ${Math.floor((D - 1) * WEEKS_PER_MONTH)} weeks).`);
	const pRef: string[] = [];
	for (let d = 0; d <= D; d++) {
		sh.set(3, 1 + d, { n: d, fmt: 'count' });
		const x = `(WaitStandardWeeks/(52/12)-${colName(1 + d)}4)`;
		sh.set(4, 1 + d, { n: withinStandardProbability(d, standard / WEEKS_PER_MONTH), f: `IF(${x}<=-1,0,IF(${x}>=1,1,IF(${x}<=0,(${x}+1)^2/2,1-(1-${x})^2/2)))`, fmt: 'factor' });
		pRef.push(abs(4, 1 + d));
	}
	sh.row(HEADER_ROW, 0, ['Option', 'Month', 'Month index', 'Year', 'Referrals', 'Capacity', 'List at start', 'Seen', 'List at end', 'Cumulative referrals (with backlog)', 'Cumulative seen', 'Seen within standard', 'Estimated wait (weeks)']);
	const backlog = refOf.get('demand.startingBacklog') ?? String(s.demand.startingBacklog);
	const C = (k: keyof typeof WAITING_COL) => colName(WAITING_COL[k]);
	result.options.forEach((o, i) => {
		// Two rows above the months: the starting backlog (Inputs) and the months it is spread over (column G).
		const top = waitingRow(H, i, 0) - 2;
		const backlogCell = `$G$${top + 1}`;
		const B = `$G$${top + 2}`;
		const firstMonthly = `${refs.demand(i, 0)}/12`;
		const w = o.waitingList;
		const first = (o.demand[0]?.total ?? 0) / 12;
		const b = s.demand.startingBacklog;
		const backlogMonths = b <= 0 ? 0 : first > 0 ? Math.min(24, Math.max(1, Math.ceil(b / first))) : 1;
		sh.row(top, 0, [o.name, 'Starting backlog (patients)', null, null, null, null, { n: b, f: backlog, fmt: 'count' }]);
		sh.row(top + 1, 0, [o.name, 'Backlog spread over (months)', null, null, null, null, { n: backlogMonths, f: `IF(${backlogCell}<=0,0,IF(${firstMonthly}>0,MIN(24,MAX(1,ROUNDUP(${backlogCell}/(${firstMonthly}),0))),1))`, fmt: 'count' }]);
		/** Cumulative referrals up to and including the cohort of month c (c < 0: the backlog's cohorts). */
		const arrivals = (c: number): string => (c >= 0 ? `${C('arrivals')}${waitingRow(H, i, c) + 1}` : `IF(${B}=0,0,MAX(0,${backlogCell}*(${c}+${B}+1)/${B}))`);
		let cumArrivals = b;
		let cumSeen = 0;
		for (let t = 0; t < 12 * H; t++) {
			const y = Math.floor(t / 12);
			const R = waitingRow(H, i, t) + 1;
			const m = w.months[t];
			const prevEnd = t === 0 ? backlogCell : `${C('end')}${R - 1}`;
			const prevSeen = t === 0 ? '0' : `${C('cumSeen')}${R - 1}`;
			const within = pRef.map((p, d) => `${p}*MAX(0,MIN(${C('cumSeen')}${R},${arrivals(t - d)})-MAX(${prevSeen},${arrivals(t - d - 1)}))`).join('+');
			const referrals = (o.demand[y]?.total ?? 0) / 12;
			const capacity = Math.max(0, (o.capacity[y]?.capacity ?? 0) / 12);
			cumArrivals += referrals;
			cumSeen += m?.seen ?? 0;
			const wait = m?.estimatedWaitWeeks;
			const cells: CellSpec[] = [
				o.name,
				monthName(s.startYear, t),
				{ n: t, fmt: 'count' },
				{ n: s.startYear + y, fmt: 'year' },
				{ n: referrals, f: `${refs.demand(i, y)}/12`, fmt: 'dec2' },
				{ n: capacity, f: `MAX(0,${refs.capacity(i, y)}/12)`, fmt: 'dec2' },
				{ n: t === 0 ? b : (w.months[t - 1]?.listSize ?? 0), f: prevEnd, fmt: 'dec2' },
				{ n: m?.seen ?? 0, f: `MIN(${C('capacity')}${R},${C('start')}${R}+${C('referrals')}${R})`, fmt: 'dec2' },
				{ n: m?.listSize ?? 0, f: `MAX(0,${C('start')}${R}+${C('referrals')}${R}-${C('seen')}${R})`, fmt: 'dec2' },
				{ n: cumArrivals, f: t === 0 ? `${backlogCell}+${C('referrals')}${R}` : `${C('arrivals')}${R - 1}+${C('referrals')}${R}`, fmt: 'dec2' },
				{ n: cumSeen, f: t === 0 ? `${C('seen')}${R}` : `${C('cumSeen')}${R - 1}+${C('seen')}${R}`, fmt: 'dec2' },
				{ n: m?.seenWithinStandard ?? 0, f: within, fmt: 'dec2' },
				wait === null || wait === undefined ? { s: 'no capacity', f: `IF(${C('capacity')}${R}>0,${C('end')}${R}/(${C('capacity')}${R}/(52/12)),IF(${C('end')}${R}>0,"no capacity",0))` } : { n: wait, f: `IF(${C('capacity')}${R}>0,${C('end')}${R}/(${C('capacity')}${R}/(52/12)),IF(${C('end')}${R}>0,"no capacity",0))`, fmt: 'count1' }
			];
			sh.row(R - 1, 0, cells);
		}
	});
	sh.setWidths([28, 16, 13, 8, 11, 11, 13, 11, 12, 34, 16, 21, 23]);
	sh.freezeRows = HEADER_ROW + 1;
	sh.freezeCols = 2;
	return sh;
}

/** References of the waiting list's monthly columns, for the year totals on the Demand and capacity sheet. */
export function waitingYearRange(H: number, i: number, y: number, column: 'seen' | 'within' | 'end'): { range: string; last: string } {
	const c = colName(WAITING_COL[column]);
	const a = waitingRow(H, i, 12 * y) + 1;
	const z = waitingRow(H, i, 12 * y + 11) + 1;
	return { range: sheetRef(WAITING_SHEET, `${c}${a}:${c}${z}`), last: sheetRef(WAITING_SHEET, addr(z - 1, WAITING_COL[column])) };
}
