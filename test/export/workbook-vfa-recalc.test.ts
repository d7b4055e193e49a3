import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraise, type AppraisalResult, type Scenario } from '../../src/lib/model';
import { writeWorkbook } from '../../src/lib/export/workbook';
import type { WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { editInput, withInput } from './workbookEdit';
import { exampleModels } from './models';
import { readBook, sheet, num, rowsWhere, colOf } from './sheetRead';
import { PENNY, checkCashFlows, close, type CashFlowRow } from './cashFlowCheck';

/**
 * The drug cost of treatment found by VFA is live when the scenario counts VFA benefits: the urban
 * example with pathway.countVfaBenefits on is exported, and copies with the drug cost a year, the
 * share recommended treatment anyway, the FLS's recommended share or the DNA rate changed on the
 * Inputs sheet are recalculated by LibreOffice; every option's cash flows and NPC equal appraise()
 * of the same changed scenario to the penny. The VFA-led benefits are live too: with the years of
 * treatment effect, a referral rate, the hip fracture cost or the vertebral QALY loss changed, each
 * option's VFA-led fractures averted and costs avoided by year, PV benefits, discounted QALYs and
 * NPSV equal the engine's.
 *
 * By hand, the Pathway sheet's drug cost for year j = drug cost a year x the extra treated (on
 * treatment at 12 months) of years j-4..j, the FLS's 5 years of effect: with the drug cost doubled,
 * each year's drug cost doubles, e.g. 2 x the engine's figure for 2030.
 */
const DATE = '2026-03-01';
const urban = exampleModels().find((m) => m.slug === 'urban-backlog');
if (!urban) throw new Error('no urban example');
const base: Scenario = { ...urban.scenario, pathway: { ...urban.scenario.pathway, countVfaBenefits: true } };
const baseResult = appraise(base);
const work = mkdtempSync(join(tmpdir(), 'dxa-wb-vfa-'));
const recalculated = new Map<string, WorkBook>();

const CHANGES: [string, number][] = [
	['fls.drugCostPerTreatedPerYearGbp', base.fls.drugCostPerTreatedPerYearGbp * 2],
	['pathway.treatmentShare', 0.1],
	['fls.recommendedShare', 0.3],
	['scanners[0].dnaRate', 0.15],
	['fls.effectYears', 3],
	['demand.referralRatesPer1000.age65to74', base.demand.referralRatesPer1000.age65to74 + 4],
	['fls.hipFractureCostGbp', base.fls.hipFractureCostGbp * 1.5],
	['fls.vertebralQalyLoss', base.fls.vertebralQalyLoss * 2],
	['demand.vfaShare', 0.6]
];

beforeAll(() => {
	const bytes = writeWorkbook({ scenario: base, result: baseResult, date: DATE });
	const files = [join(work, 'base.xlsx')];
	writeFileSync(files[0] as string, bytes);
	CHANGES.forEach(([path, v], i) => {
		const file = join(work, `vfa-${i}.xlsx`);
		writeFileSync(file, editInput(bytes, path, v));
		files.push(file);
	});
	const outs = convertAll(files, 'xlsx', join(work, 'recalculated'));
	outs.forEach((o, i) => recalculated.set((files[i] ?? '').replace(/^.*\//, '').replace(/\.xlsx$/, ''), readBook(readFileSync(o))));
}, 600_000);

/** The cash-flow rows compared each year, with the NPC, to the penny. */
const CASH_FLOW_ROWS: CashFlowRow[] = ['otherRevenue', 'revenueTotal', 'total'];

/** The summary's PV benefits, discounted QALYs and NPSV, and the Pathway sheet's VFA-led fractures averted, costs avoided and QALYs by year. */
function checkBenefits(wb: WorkBook, r: AppraisalResult, label: string) {
	const sum = sheet(wb, 'Appraisal summary');
	const path = sheet(wb, 'Pathway');
	r.options.forEach((o) => {
		const [row] = rowsWhere(sum, { 0: o.name });
		if (row === undefined) throw new Error(`no summary row for ${o.name}`);
		close(num(sum, row, colOf(sum, 'PV fracture costs avoided', 3)), o.summary.pvBenefitsGbp, PENNY, `${label}: ${o.name} PV benefits`);
		close(num(sum, row, colOf(sum, 'Discounted QALYs', 3)), o.summary.discountedQalys, 1e-9, `${label}: ${o.name} QALYs`);
		close(num(sum, row, colOf(sum, 'Net present social value', 3)), o.summary.netPresentSocialValueGbp, PENNY, `${label}: ${o.name} NPSV`);
		o.pathway.byYear.forEach((y) => {
			const [pr] = rowsWhere(path, { 0: o.name, 1: y.year });
			close(num(path, pr as number, 2), y.referred, PENNY, `${label}: ${o.name} ${y.year} referred`);
			close(num(path, pr as number, 5), o.pathway.vfaShare, PENNY, `${label}: ${o.name} ${y.year} VFA share`);
			close(num(path, pr as number, 15), o.pathway.oneStopShare, PENNY, `${label}: ${o.name} ${y.year} one-stop share`);
			close(num(path, pr as number, 20), y.avertedHip + y.avertedVertebral + y.avertedOther, 1e-9, `${label}: ${o.name} ${y.year} VFA-led fractures averted`);
			close(num(path, pr as number, 22), y.costsAvoidedGbp, PENNY, `${label}: ${o.name} ${y.year} costs avoided`);
		});
	});
}

describe('VFA drug costs in the workbook are live when VFA benefits count', () => {
	it('counts drug costs in the base case (else the check proves nothing)', () => {
		const drugs = baseResult.options.reduce((t, o) => t + o.pathway.byYear.reduce((u, y) => u + y.drugCostGbp, 0), 0);
		expect(drugs).toBeGreaterThan(1000);
		checkCashFlows(recalculated.get('base') as WorkBook, baseResult, 'base', CASH_FLOW_ROWS);
		// The VFA-led benefits count too: business as usual (no FLS) has PV benefits from VFA alone.
		expect(baseResult.options[0]?.summary.pvBenefitsGbp).toBeGreaterThan(1000);
		checkBenefits(recalculated.get('base') as WorkBook, baseResult, 'base');
	});

	it.each(CHANGES.map(([path, v], i) => [`${path} = ${v}`, path, v, i] as const))('%s', (_, path, v, i) => {
		const changed = appraise(withInput(base, path, v));
		// A cost input moves the NPC; a fracture cost or QALY loss moves the NPSV only.
		const moved = changed.options.some((o, k) => Math.abs(o.summary.netPresentCostGbp - (baseResult.options[k]?.summary.netPresentCostGbp ?? 0)) > 1 || Math.abs(o.summary.netPresentSocialValueGbp - (baseResult.options[k]?.summary.netPresentSocialValueGbp ?? 0)) > 1);
		expect(moved, 'the engine NPC or NPSV moves').toBe(true);
		checkCashFlows(recalculated.get(`vfa-${i}`) as WorkBook, changed, path, CASH_FLOW_ROWS);
		checkBenefits(recalculated.get(`vfa-${i}`) as WorkBook, changed, path);
	});

	it('doubles each year\'s drug cost on the Pathway sheet when the drug cost a year doubles', () => {
		const ws = sheet(recalculated.get('vfa-0') as WorkBook, 'Pathway');
		const o = baseResult.options[0];
		const y = o?.pathway.byYear[4];
		if (!o || !y) throw new Error('no 2030 figures');
		const [r] = rowsWhere(ws, { 0: o.name, 1: 2030 });
		close(num(ws, r as number, 21), 2 * y.drugCostGbp, PENNY, 'drug cost 2030');
	});
});
