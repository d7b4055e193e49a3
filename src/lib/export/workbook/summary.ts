import type { AppraisalResult } from '../../model';
import { SheetBuilder, addr, sheetRef, type CellSpec } from './sheet';
import { WAITING_COL, WAITING_SHEET, waitingRow } from './waitingList';
import { MONTHS, clearsMonth, preferredReason } from '../../present';
import type { CashFlowSheet } from './cashflow';
import type { FlsSheet } from './fls';

export const SUMMARY_SHEET = 'Appraisal summary';

/**
 * Options side by side, every money figure linked to the option sheets. Ranking by formula, as
 * the engine ranks (src/lib/model/ranking.ts): options that meet the wait standard first, then
 * higher net present social value (the Green Book's primary measure), then higher weighted
 * non-financial score. Exact ties share a rank here; the engine breaks them by name.
 */
export function buildSummarySheet(opts: {
	result: AppraisalResult;
	cashFlows: Map<string, CashFlowSheet>;
	fls: FlsSheet;
	/** The VFA-led benefits' present values on the Pathway sheet, counted when the scenario counts them (pathway.countVfaBenefits). */
	vfaBenefits?: (optionId: string) => { pv: string; qalys: string } | null;
}): { sheet: SheetBuilder; npcRef: Map<string, string> } {
	const { result, cashFlows, fls } = opts;
	const sh = new SheetBuilder(SUMMARY_SHEET);
	sh.set(0, 0, 'Appraisal summary: options compared');
	sh.set(1, 0, `GBP at ${result.priceBaseYear} prices, discounted to ${result.startYear}. NPV = PV cash-releasing benefits - NPC; NPSV = PV cash benefits + value of QALYs - NPC. Values without a formula: the weighted score (the options' scores on the scenario's criteria, Methods page, section Ranking and the preferred option).`);
	sh.row(3, 0, [
		'Option',
		'Business as usual',
		'Net present cost',
		'PV fracture costs avoided',
		'Discounted QALYs',
		'Value of QALYs',
		'Net present value',
		'Net present social value',
		'Incremental NPC vs business as usual',
		'Equivalent annual cost',
		'Cost per scan',
		'Capital (undiscounted)',
		'Revenue (undiscounted)',
		'Scans delivered',
		'Estimated wait at end (weeks)',
		'Meets wait standard (1 = yes)',
		'Weighted non-financial score (0-10)',
		'Rank by NPSV',
		'Overall rank',
		'Preferred',
		'Wait within the standard from'
	]);
	const first = 5;
	const last = first + result.options.length - 1;
	const bauIndex = Math.max(0, result.options.findIndex((o) => o.businessAsUsual));
	const bauRow = first + bauIndex;
	const npcRef = new Map<string, string>();
	const H = result.horizonYears;
	const months = 12 * H;
	// The calendar's month names (present/calendar.ts), as the formula's CHOOSE list.
	const monthList = MONTHS.map((m) => `"${m}"`).join(',');
	const clearsFormula = (i: number): string => {
		const range = (c: number) => `${sheetRef(WAITING_SHEET, addr(waitingRow(H, i, 0), c))}:${addr(waitingRow(H, i, months - 1), c)}`;
		const k = `SUMPRODUCT(MAX((${range(WAITING_COL.wait)}>WaitStandardWeeks)*(${range(WAITING_COL.t)}+1)))`;
		return `IF(${k}>=${months},"not within the horizon",CHOOSE(MOD(3+${k},12)+1,${monthList})&" "&(${result.startYear}+INT((3+${k})/12)))`;
	};
	const waitRef = (i: number) => sheetRef(WAITING_SHEET, addr(waitingRow(H, i, 12 * H - 1), WAITING_COL.wait));
	result.options.forEach((o, i) => {
		const R = first + i;
		const cf = cashFlows.get(o.id);
		if (!cf) throw new Error(`workbook: no cash-flow sheet for option ${o.id}`);
		const sm = o.summary;
		const wait = sm.endEstimatedWaitWeeks;
		// PV benefits and QALYs: the FLS's, plus the VFA-led ones when they count (summarise.ts).
		const vfa = o.pathway.countedInAppraisal ? (opts.vfaBenefits?.(o.id) ?? null) : null;
		const both = (a: string | undefined, b: string | undefined) => [a, b].filter(Boolean).join('+') || undefined;
		const pv = both(fls.pvBenefitsRef.get(o.id), vfa?.pv);
		const q = both(fls.discountedQalysRef.get(o.id), vfa?.qalys);
		const col = (x: string) => `${x}$${first}:${x}$${last}`;
		const cells: CellSpec[] = [
			o.name,
			o.businessAsUsual ? 'yes' : '',
			{ n: sm.netPresentCostGbp, f: cf.npcRef, fmt: 'gbp' },
			pv ? { n: sm.pvBenefitsGbp, f: pv, fmt: 'gbp' } : { n: 0, fmt: 'gbp' },
			q ? { n: sm.discountedQalys, f: q, fmt: 'dec2' } : { n: 0, fmt: 'dec2' },
			{ n: sm.pvQalyValueGbp, f: `E${R}*ValuePerQaly`, fmt: 'gbp' },
			{ n: sm.netPresentValueGbp, f: `D${R}-C${R}`, fmt: 'gbp' },
			{ n: sm.netPresentSocialValueGbp, f: `D${R}+F${R}-C${R}`, fmt: 'gbp' },
			{ n: sm.incrementalNpcVsBauGbp, f: `C${R}-C$${bauRow}`, fmt: 'gbp' },
			{ n: sm.equivalentAnnualCostGbp, f: cf.eacRef, fmt: 'gbp' },
			sm.costPerScanGbp === null ? 'n/a' : { n: sm.costPerScanGbp, f: cf.costPerScanRef, fmt: 'gbp2' },
			{ n: sm.capitalTotalGbp, f: cf.capitalTotalRef, fmt: 'gbp' },
			{ n: sm.revenueTotalGbp, f: cf.revenueTotalRef, fmt: 'gbp' },
			{ n: sm.scansDelivered, f: cf.scansRef, fmt: 'count' },
			// The last month's estimated wait on the Waiting list sheet.
			wait === null ? { s: 'no capacity', f: waitRef(i) } : { n: wait, f: waitRef(i), fmt: 'count1' },
			{ n: sm.meetsDemand ? 1 : 0, f: `IF(ISNUMBER(O${R}),IF(O${R}<=WaitStandardWeeks,1,0),0)`, fmt: 'count' },
			{ n: sm.weightedScore, fmt: 'dec2' },
			{ n: rankByNpsv(result, o.id), f: `RANK(H${R},${col('H')},0)`, fmt: 'count' },
			{
				n: sm.rank,
				f: `1+SUMPRODUCT(--(${col('P')}>P${R}))+SUMPRODUCT(--(${col('P')}=P${R}),--(${col('H')}>H${R}))+SUMPRODUCT(--(${col('P')}=P${R}),--(${col('H')}=H${R}),--(${col('Q')}>Q${R}))`,
				fmt: 'count'
			},
			{ s: sm.rank === 1 ? 'Preferred' : '', f: `IF(S${R}=1,"Preferred","")` },
			// The month after the last one whose estimated wait is over the standard (or has no capacity:
			// text compares greater than any number), as waitingList.ts's backlogClearsMonth, named as the app names it.
			{ s: clearsMonth(result.startYear, sm.backlogClearsMonth), f: clearsFormula(i) }
		];
		sh.row(R - 1, 0, cells);
		npcRef.set(o.id, `C${R}`);
	});
	const note = last + 2;
	const widths = [30, 10, 16, 16, 12, 16, 16, 16, 18, 16, 12, 16, 16, 12, 14, 14, 16, 10, 10, 10, 22];
	sh.setWidths(widths);
	// The reason runs across the table's width (merged and wrapped), not down the narrow first column.
	sh.note(note - 1, `Why: ${preferredReason(result)}`, widths.length - 1);
	// Header labels wrap (bold) within their columns instead of running into the next one.
	sh.wrapCols = widths.map((_, c) => c);
	sh.freezeRows = 4;
	sh.freezeCols = 1;
	return { sheet: sh, npcRef };
}

/** Position of the option by NPSV alone (1 = highest), as Excel's RANK(..., 0) counts it: ties share the better rank. */
function rankByNpsv(result: AppraisalResult, id: string): number {
	const v = result.options.find((o) => o.id === id)?.summary.netPresentSocialValueGbp ?? 0;
	return 1 + result.options.filter((o) => o.summary.netPresentSocialValueGbp > v).length;
}
