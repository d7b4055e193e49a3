import { healthDiscountFactor, type AppraisalResult, type Scenario } from '../../model';
import { annualRefractureRisk } from '../../model/fracturesAverted';
import { effectiveService } from '../../model/effective';
import { SheetBuilder, colName, sheetRef, type CellSpec } from './sheet';
import type { FormatName } from './formats';
import type { FlsYear } from '../../model/results';

export const FLS_SHEET = 'FLS benefits';

export interface FlsSheet {
	sheet: SheetBuilder;
	/** Present value of fracture costs avoided and discounted QALYs, by option id (FLS options only). */
	pvBenefitsRef: Map<string, string>;
	discountedQalysRef: Map<string, string>;
	/** FLS running costs (drugs and other costs, without the coordinator, who is paid through staff) by option id and year. */
	runningCostRef: (optionId: string, yearIndex: number) => string | null;
}

/** Quantities of the option at position i in year y on the Demand and capacity sheet. */
export type FlsDemandRefs = (column: 'total' | 'delivered' | 'within', i: number, y: number) => string;

const COLUMNS: { key: keyof FlsYear; label: string; fmt: FormatName }[] = [
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
 * Fracture liaison service outcomes by option and year, every figure a formula (src/lib/model/fls.ts,
 * Methods: the fracture liaison service) over the FLS inputs, the cohort (the engine's fragility
 * fractures a year) and the option's DXA service (Demand and capacity sheet):
 *   scanned share = MIN(1, delivered / demand); beyond-standard share = 1 - share seen within the standard;
 *   reached = 1 - DXA share + DXA share x scanned x (1 - lost share x beyond);
 *   identified = cohort x identified share; assessed = identified x reached x assessed share; ...
 *   extra treated = cohort x MAX(0, identified x assessed x recommended x started - usual care) x adherent x reached;
 *   averted at a site in year j = sum over the years of effect k of extra treated in j - k x annual risk k x site share x risk reduction;
 *   running costs = other costs + drug cost x the extra treated still in their years of effect;
 *   coordinator WTE = identified / caseload x (1 + LeaveAllowance), paid at its salary x (1 + OnCostRate).
 * Discounted with formulas: costs at the Green Book rate (DiscountRate/DiscountRateLong), QALYs at
 * HealthDiscountRate (1.5%), valued at ValuePerQaly on the Appraisal summary.
 */
export function buildFlsSheet(opts: { scenario: Scenario; result: AppraisalResult; refOf: Map<string, string>; demandRef: FlsDemandRefs; cohortRef?: (y: number) => string }): FlsSheet {
	const { scenario: s, result, refOf, demandRef, cohortRef } = opts;
	const healthDiscountRate = s.appraisal.healthDiscountRate;
	const f = s.fls;
	const ref = (path: string, value: number) => refOf.get(path) ?? String(value);
	const F = (k: keyof typeof f & string) => ref(`fls.${k}`, f[k] as number);
	const sh = new SheetBuilder(FLS_SHEET);
	sh.set(0, 0, 'Fracture liaison service (FLS) benefits');
	const pvBenefitsRef = new Map<string, string>();
	const discountedQalysRef = new Map<string, string>();
	const running = new Map<string, string>();
	const withFls = result.options.filter((o) => o.fls);
	if (!withFls.length) {
		sh.set(1, 0, 'No option in this scenario includes a fracture liaison service, so no fracture benefits are counted.');
		sh.setWidths([100]);
		return { sheet: sh, pvBenefitsRef, discountedQalysRef, runningCostRef: () => null };
	}
	sh.set(1, 0, 'Every figure is a formula over the FLS inputs, the cohort and the option\'s scans delivered and waits (Demand and capacity). Refractures averted = extra treated x annual refracture risk x site share x risk reduction, over the years of treatment effect. Deaths avoided are an upper figure.');
	const n = COLUMNS.length;
	const col = { df: 2 + n, discCost: 3 + n, discFls: 4 + n, hdf: 5 + n, discQaly: 6 + n, scanned: 7 + n, beyond: 8 + n, reached: 9 + n, running: 10 + n };
	const L = colName;
	const at = (key: string) => L(2 + COLUMNS.findIndex((c) => c.key === key));
	sh.row(3, 0, ['Option', 'Year index', ...COLUMNS.map((c) => c.label), 'Discount factor', 'Discounted costs avoided (GBP)', 'Discounted FLS cost (GBP)', 'Health discount factor', 'Discounted QALYs', 'Scanned share of demand', 'Beyond-standard share', 'Reached share', 'FLS running costs excl. coordinator (GBP)']);
	// Annual refracture risk in each of the five years the data cover (fracturesAverted.ts annualRefractureRisk), as
	// formulas; a year beyond "Years of treatment effect" counts 0 (inEffect), so that input is live too.
	const risks = annualRefractureRisk(f).map((_, k) => (k === 0 ? F('refractureRisk1y') : k === 1 ? `(${F('refractureRisk2y')}-${F('refractureRisk1y')})` : `(${F('refractureRisk5y')}-${F('refractureRisk2y')})/3`));
	const extraPerFracture = `MAX(0,${F('identifiedShare')}*${F('assessedShare')}*${F('recommendedShare')}*${F('startedShare')}-${F('usualCareTreatedShare')})*${F('adherentShare')}`;
	const coordinatorIndex = s.staffing.roles.findIndex((r) => r.id === f.coordinatorRoleId);
	const coordinator = s.staffing.roles[coordinatorIndex];
	const salary = coordinator ? ref(`staffing.roles[${coordinatorIndex}].annualSalaryGbp`, coordinator.annualSalaryGbp) : '0';
	let row = 4;
	for (const o of withFls) {
		const fls = o.fls;
		if (!fls) continue;
		const i = result.options.indexOf(o);
		// Phasing: a new FLS reaches its coverage's share of the cohort, and runs its other costs from its start year.
		const option = s.options.find((x) => x.id === o.id);
		const svc = option ? effectiveService(s, option) : null;
		const coverageOf = (y: number) => (svc?.flsCoverage ? (svc.flsCoverage[y] ?? 1) : 1);
		const cover = (y: number) => (coverageOf(y) === 1 ? '' : `*${coverageOf(y)}`);
		const first = row + 1;
		/** Sum over the years of effect of extra treated in year y - k x the k-th factor. */
		const inEffect = (k: number) => (k === 0 ? '' : `*IF(${F('effectYears')}>=${k + 1},1,0)`);
		const overEffect = (y: number, R: number, factor: (k: number) => string) => risks.map((_, k) => (y - k >= 0 ? `${at('extraTreated')}${R - k}*${factor(k)}${inEffect(k)}` : '')).filter(Boolean).join('+') || '0';
		for (const fy of fls.byYear) {
			const y = fy.yearIndex;
			const R = row + 1;
			const df = o.cashFlows[y]?.discountFactor ?? 0;
			const hdf = healthDiscountFactor(y, healthDiscountRate);
			const formulas: Record<string, string> = {
				...(cohortRef ? { cohort: cohortRef(y) } : {}),
				identified: `${at('cohort')}${R}${cover(y)}*${F('identifiedShare')}`,
				assessed: `${at('identified')}${R}*${L(col.reached)}${R}*${F('assessedShare')}`,
				recommended: `${at('assessed')}${R}*${F('recommendedShare')}`,
				started: `${at('recommended')}${R}*${F('startedShare')}`,
				adherent: `${at('started')}${R}*${F('adherentShare')}`,
				extraTreated: `${at('cohort')}${R}${cover(y)}*${extraPerFracture}*${L(col.reached)}${R}`,
				dxaScans: `${at('identified')}${R}*${F('dxaShareOfIdentified')}`,
				avertedHip: overEffect(y, R, (k) => `${risks[k]}*${F('hipShare')}*${F('rrrHip')}`),
				avertedVertebral: overEffect(y, R, (k) => `${risks[k]}*${F('vertebralShare')}*${F('rrrVertebral')}`),
				avertedOther: overEffect(y, R, (k) => `${risks[k]}*MAX(0,1-${F('hipShare')}-${F('vertebralShare')})*${F('rrrOther')}`),
				bedDaysAvoided: `${at('avertedHip')}${R}*${F('hipBedDays')}+${at('avertedVertebral')}${R}*${F('vertebralBedDays')}+${at('avertedOther')}${R}*${F('otherBedDays')}`,
				deathsAvoided: `${at('avertedHip')}${R}*${F('hipMortality')}`,
				qalysGained: `${at('avertedHip')}${R}*${F('hipQalyLoss')}+${at('avertedVertebral')}${R}*${F('vertebralQalyLoss')}+${at('avertedOther')}${R}*${F('otherQalyLoss')}`,
				costsAvoidedGbp: `${at('avertedHip')}${R}*${F('hipFractureCostGbp')}+${at('avertedVertebral')}${R}*${F('vertebralFractureCostGbp')}+${at('avertedOther')}${R}*${F('otherFractureCostGbp')}`,
				coordinatorWte: `${at('identified')}${R}/${F('caseloadPerCoordinatorWte')}*(1+LeaveAllowance)`,
				flsCostGbp: `${at('coordinatorWte')}${R}*${salary}*(1+OnCostRate)+${L(col.running)}${R}`
			};
			const runningCost = fy.flsCostGbp - fy.coordinatorCostGbp;
			const cells: CellSpec[] = [
				o.name,
				{ n: y, fmt: 'count' },
				...COLUMNS.map((c) => ({ n: fy[c.key], ...(formulas[c.key] ? { f: formulas[c.key] } : {}), fmt: c.fmt })),
				{ n: df, f: `1/((1+DiscountRate)^MIN(B${R},30)*(1+DiscountRateLong)^MAX(0,B${R}-30))`, fmt: 'factor' },
				{ n: fy.costsAvoidedGbp * df, f: `${at('costsAvoidedGbp')}${R}*${L(col.df)}${R}`, fmt: 'gbp' },
				{ n: fy.flsCostGbp * df, f: `${at('flsCostGbp')}${R}*${L(col.df)}${R}`, fmt: 'gbp' },
				{ n: hdf, f: `1/(1+HealthDiscountRate)^B${R}`, fmt: 'factor' },
				{ n: fy.qalysGained * hdf, f: `${at('qalysGained')}${R}*${L(col.hdf)}${R}`, fmt: 'dec2' },
				{ n: fy.scannedShare, f: `IF(${demandRef('total', i, y)}>0,MIN(1,${demandRef('delivered', i, y)}/${demandRef('total', i, y)}),1)`, fmt: 'pct2' },
				{ n: fy.beyondStandardShare, f: `MIN(1,MAX(0,1-${demandRef('within', i, y)}))`, fmt: 'pct2' },
				{ n: fy.reachedShare, f: `1-${F('dxaShareOfIdentified')}+${F('dxaShareOfIdentified')}*${L(col.scanned)}${R}*(1-${F('lostWhenWaitBeyondStandardShare')}*${L(col.beyond)}${R})`, fmt: 'pct2' },
				{ n: runningCost, f: `${y >= (svc?.flsFrom ?? 0) ? F('otherCostsPerYearGbp') : '0'}+${overEffect(y, R, () => F('drugCostPerTreatedPerYearGbp'))}`, fmt: 'gbp' }
			];
			sh.row(row, 0, cells);
			running.set(`${o.id}@${y}`, sheetRef(FLS_SHEET, `${L(col.running)}${R}`));
			row++;
		}
		const last = row;
		const sum = (c: number) => `SUM(${L(c)}${first}:${L(c)}${last})`;
		const R = row + 1;
		sh.row(row, 0, [`${o.name}: totals and present values`, '']);
		COLUMNS.forEach((c, i) => {
			if (c.key === 'coordinatorWte') return;
			const total = fls.byYear.reduce((t, f) => t + (f[c.key]), 0);
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
	// Narrow number columns with their headers wrapped, so 28 columns print one page wide at a readable size.
	const widths = [24, 7, ...COLUMNS.map(() => 13), 10, 12, 12, 10, 10, 10, 10, 10, 12];
	sh.setWidths(widths);
	sh.wrapCols = widths.map((_, c) => c);
	sh.freezeRows = 4;
	sh.freezeCols = 2;
	return { sheet: sh, pvBenefitsRef, discountedQalysRef, runningCostRef: (id, y) => running.get(`${id}@${y}`) ?? null };
}
