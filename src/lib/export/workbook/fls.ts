import { healthDiscountFactor, type AppraisalResult } from '../../model';
import { SheetBuilder, colName, sheetRef, type CellSpec } from './sheet';
import type { FormatName } from './formats';

export const FLS_SHEET = 'FLS benefits';

export interface FlsSheet {
	sheet: SheetBuilder;
	/** Present value of fracture costs avoided and discounted QALYs, by option id (FLS options only). */
	pvBenefitsRef: Map<string, string>;
	discountedQalysRef: Map<string, string>;
}

const COLUMNS: { key: string; label: string; fmt: FormatName }[] = [
	{ key: 'cohort', label: 'Fragility-fracture cohort', fmt: 'count' },
	{ key: 'identified', label: 'Identified', fmt: 'count' },
	{ key: 'assessed', label: 'Assessed', fmt: 'count' },
	{ key: 'recommended', label: 'Recommended treatment', fmt: 'count' },
	{ key: 'started', label: 'Started treatment', fmt: 'count' },
	{ key: 'adherent', label: 'Adherent at 12 months', fmt: 'count' },
	{ key: 'extraTreated', label: 'Extra treated vs usual care', fmt: 'count1' },
	{ key: 'dxaScans', label: 'DXA scans from FLS', fmt: 'count' },
	{ key: 'avertedHip', label: 'Hip fractures averted', fmt: 'dec2' },
	{ key: 'avertedVertebral', label: 'Vertebral fractures averted', fmt: 'dec2' },
	{ key: 'avertedOther', label: 'Other fractures averted', fmt: 'dec2' },
	{ key: 'bedDaysAvoided', label: 'Bed-days avoided', fmt: 'count1' },
	{ key: 'deathsAvoided', label: 'Deaths avoided (upper figure)', fmt: 'dec2' },
	{ key: 'qalysGained', label: 'QALYs gained', fmt: 'dec2' },
	{ key: 'costsAvoidedGbp', label: 'Fracture costs avoided (GBP)', fmt: 'gbp' },
	{ key: 'coordinatorWte', label: 'Coordinator funded WTE', fmt: 'wte' },
	{ key: 'flsCostGbp', label: 'FLS cost incl. coordinator (GBP)', fmt: 'gbp' }
];

/**
 * Fracture liaison service outcomes by option and year (engine figures), discounted with
 * formulas: costs at the Green Book rate (DiscountRate/DiscountRateLong), QALYs at
 * HealthDiscountRate (1.5%), valued at ValuePerQaly on the Appraisal summary.
 */
export function buildFlsSheet(result: AppraisalResult, healthDiscountRate: number): FlsSheet {
	const sh = new SheetBuilder(FLS_SHEET);
	sh.set(0, 0, 'Fracture liaison service (FLS) benefits');
	const pvBenefitsRef = new Map<string, string>();
	const discountedQalysRef = new Map<string, string>();
	const withFls = result.options.filter((o) => o.fls);
	if (!withFls.length) {
		sh.set(1, 0, 'No option in this scenario includes a fracture liaison service, so no fracture benefits are counted.');
		sh.setWidths([100]);
		return { sheet: sh, pvBenefitsRef, discountedQalysRef };
	}
	sh.set(1, 0, 'Refractures averted = extra treated x annual refracture risk x site share x risk reduction, over the years of treatment effect. Deaths avoided are an upper figure.');
	const n = COLUMNS.length;
	const col = { df: 2 + n, discCost: 3 + n, discFls: 4 + n, hdf: 5 + n, discQaly: 6 + n };
	const L = colName;
	sh.row(3, 0, ['Option', 'Year index', ...COLUMNS.map((c) => c.label), 'Discount factor', 'Discounted costs avoided (GBP)', 'Discounted FLS cost (GBP)', 'Health discount factor', 'Discounted QALYs']);
	let row = 4;
	for (const o of withFls) {
		const fls = o.fls;
		if (!fls) continue;
		const first = row + 1;
		for (const f of fls.byYear) {
			const R = row + 1;
			const rec = f as unknown as Record<string, number>;
			const df = o.cashFlows[f.yearIndex]?.discountFactor ?? 0;
			const hdf = healthDiscountFactor(f.yearIndex, healthDiscountRate);
			const cells: CellSpec[] = [
				o.name,
				{ n: f.yearIndex, fmt: 'count' },
				...COLUMNS.map((c) => ({ n: rec[c.key] ?? 0, fmt: c.fmt })),
				{ n: df, f: `1/((1+DiscountRate)^MIN(B${R},30)*(1+DiscountRateLong)^MAX(0,B${R}-30))`, fmt: 'factor' },
				{ n: f.costsAvoidedGbp * df, f: `${L(2 + COLUMNS.findIndex((c) => c.key === 'costsAvoidedGbp'))}${R}*${L(col.df)}${R}`, fmt: 'gbp' },
				{ n: f.flsCostGbp * df, f: `${L(2 + COLUMNS.findIndex((c) => c.key === 'flsCostGbp'))}${R}*${L(col.df)}${R}`, fmt: 'gbp' },
				{ n: hdf, f: `1/(1+HealthDiscountRate)^B${R}`, fmt: 'factor' },
				{ n: f.qalysGained * hdf, f: `${L(2 + COLUMNS.findIndex((c) => c.key === 'qalysGained'))}${R}*${L(col.hdf)}${R}`, fmt: 'dec2' }
			];
			sh.row(row, 0, cells);
			row++;
		}
		const last = row;
		const sum = (c: number) => `SUM(${L(c)}${first}:${L(c)}${last})`;
		const R = row + 1;
		sh.row(row, 0, [`${o.name}: totals and present values`, '']);
		COLUMNS.forEach((c, i) => {
			if (c.key === 'coordinatorWte') return;
			const total = fls.byYear.reduce((t, f) => t + ((f as unknown as Record<string, number>)[c.key] ?? 0), 0);
			sh.set(row, 2 + i, { n: total, f: sum(2 + i), fmt: c.fmt });
		});
		sh.set(row, col.discCost, { n: fls.pvCostsAvoidedGbp, f: sum(col.discCost), fmt: 'gbp' });
		sh.set(row, col.discFls, { n: fls.pvFlsCostGbp, f: sum(col.discFls), fmt: 'gbp' });
		sh.set(row, col.discQaly, { n: fls.discountedQalys, f: sum(col.discQaly), fmt: 'dec2' });
		pvBenefitsRef.set(o.id, sheetRef(FLS_SHEET, `${L(col.discCost)}${R}`));
		discountedQalysRef.set(o.id, sheetRef(FLS_SHEET, `${L(col.discQaly)}${R}`));
		row++;
		if (fls.returnPerPound !== null) sh.row(row++, 0, ['Return per GBP 1 of FLS cost', '', { n: fls.returnPerPound, f: `${L(col.discCost)}${R}/${L(col.discFls)}${R}`, fmt: 'dec2' }]);
		row++;
	}
	sh.setWidths([30, 10, ...COLUMNS.map(() => 14), 12, 16, 16, 12, 14]);
	sh.freezeRows = 4;
	sh.freezeCols = 2;
	return { sheet: sh, pvBenefitsRef, discountedQalysRef };
}
