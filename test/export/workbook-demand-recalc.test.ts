import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraise, type AppraisalResult, type Scenario } from '../../src/lib/model';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { XLSX, type WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { editInputs, withInputs, type Change } from './workbookEdit';
import { exampleModels, type ExampleModel } from './models';
import { readBook, sheet, sheetStartingWith, num, rowOf, rowsWhere, colOf } from './sheetRead';
import { PENNY, close } from './cashFlowCheck';

/**
 * The demand side of the workbook is live (issue #10): the Catchment sheet works out populations,
 * new referrals, the FLS cohort and each option's demand (uptake with travel, FLS referrals,
 * monitoring, VFA scans) as formulas over the Inputs sheet, and the Demand and capacity sheet reads
 * them. In exported copies a finance reviewer changes catchment and demand inputs (Inputs column D,
 * found by the scenario path in column H); LibreOffice recalculates (recalculation on load forced
 * to "always", libreoffice.ts); every option's demand by year, net present cost and net present
 * social value must equal the engine's appraise() of the same changed scenario: demand to 1e-6
 * scans, money to the penny. All the copies go through one soffice run.
 */
const DATE = '2026-03-01';
const models = exampleModels();
const work = mkdtempSync(join(tmpdir(), 'dxa-wb-demand-'));
const recalculated = new Map<string, WorkBook>();


/** Catchment and demand inputs changed together in every example (the FLS identified share where an option runs an FLS). */
function demandChanges(m: ExampleModel): Change[] {
	const s = m.scenario;
	const l0 = s.catchment.localities[0];
	if (!l0) throw new Error(`${m.slug} has no locality`);
	const changes: Change[] = [
		['catchment.localities[0].population.age65to74', Math.round(l0.population.age65to74 * 1.2)],
		['catchment.localities[0].growth.age85plus', l0.growth.age85plus + 0.01],
		['demand.referralRatesPer1000.age75to84', s.demand.referralRatesPer1000.age75to84 + 3],
		['demand.referralRateGrowth', s.demand.referralRateGrowth + 0.015],
		['demand.monitoringReturnShare', 0.4]
	];
	if (m.result.options.some((o) => o.fls)) changes.push(['fls.identifiedShare', 0.6]);
	return changes;
}

/** One input at a time on the urban example, then inputs only some examples read. */
const URBAN_ONE_AT_A_TIME: Change[] = [
	['catchment.localities[1].population.age50to64', 62_000],
	['catchment.localities[0].growth.age75to84', 0.04],
	['demand.referralRatesPer1000.age65to74', 15],
	['demand.referralRateGrowth', 0.04],
	['demand.monitoringReturnShare', 0.45],
	['demand.monitoringIntervalYears', 2],
	['fls.identifiedShare', 0.55],
	['fls.cohortPerHipFracture', 4],
	['fls.dxaShareOfIdentified', 0.7]
];
/** The rural example: patients' uptake follows the miles (Curtis 2009 at the uptake strength). */
/**
 * Journey times move the shares of journeys within 30 and 60 minutes one way (Patient access), not
 * demand. Rural's Eastham today takes 90 minutes return (45 one way: within 60, not 30); at 50
 * minutes (25 one way) all its journeys are within 30. Westdale's change under the static option
 * (half its patients, 105 minutes return) at 130 minutes (65 one way) takes those out of "within 60".
 */
const RURAL_MINUTES: Change[] = [
	['catchment.localities[3].travelMinutes', 50],
	['options[1].travel[1].travelMinutes', 130]
];
const RURAL_UPTAKE: Change[] = [
	['demand.distanceUptakeStrength', 0.5],
	['catchment.localities[2].returnTravelMiles', 96],
	['options[2].travel[1].returnTravelMiles', 30],
	['options[3].travel[0].shareOfPatients', 0.9]
];
/**
 * The hand-worked case: the urban workbook with the referral rates of 65-74, 75-84 and 85+ set to
 * 0, so City North's new referrals in 2027/28 (year index 1) come from two bands only:
 *   under 50: 190,000 x 1.004^1 = 190,760 people x 0.5 / 1,000 = 95.38, x 1.02^1 = 97.2876
 *   50-64:     58,000 x 1.006^1 =  58,348 people x 6 / 1,000 = 350.088, x 1.02^1 = 357.08976
 *   new referrals = 97.2876 + 357.08976 = 454.37736
 */
const HAND: Change[] = [
	['demand.referralRatesPer1000.age65to74', 0],
	['demand.referralRatesPer1000.age75to84', 0],
	['demand.referralRatesPer1000.age85plus', 0]
];

/** The urban example with its FLS cohort sized from fracture incidence by age band and sex. */
function urbanIncidence(m: ExampleModel): Scenario {
	return { ...m.scenario, fls: { ...m.scenario.fls, cohortMethod: 'incidence' } };
}

/**
 * The urban example with two referral indications listed (pathway.ts): each returns for monitoring
 * on its own share and interval, and the VFA share is the indications' mix.
 */
function urbanIndications(m: ExampleModel): Scenario {
	const indications = [
		{ id: 'fracture', name: 'Fracture after age 40', share: 0.6, vfaShare: 0.4, treatmentShare: 0.5, monitoringReturnShare: 0.35, monitoringIntervalYears: 2 },
		{ id: 'frax', name: 'FRAX triage (NOGG amber or red)', share: 0.4, vfaShare: 0.2, treatmentShare: 0.3, monitoringReturnShare: 0.2, monitoringIntervalYears: 5 }
	];
	return { ...m.scenario, pathway: { ...m.scenario.pathway, indications } };
}
const INDICATION_CHANGES: Change[] = [
	['pathway.indications[0].monitoringReturnShare', 0.5],
	['pathway.indications[1].monitoringIntervalYears', 4],
	['pathway.indications[1].vfaShare', 0.3],
	['catchment.localities[0].population.age65to74', 36_000]
];

/**
 * The urban example counting VFA benefits: the Pathway sheet's drug cost follows the FLS's share of
 * the scans (its referrals and their returns over all the streams, Catchment sheet), which moves
 * with the catchment and the FLS identified share.
 */
function urbanVfaBenefits(m: ExampleModel): Scenario {
	return { ...m.scenario, pathway: { ...m.scenario.pathway, countVfaBenefits: true } };
}
const VFA_CHANGES: Change[] = [
	['fls.identifiedShare', 0.7],
	['catchment.localities[1].population.age75to84', 30_000]
];

const cases: { key: string; m: ExampleModel; changes: Change[]; base?: Scenario }[] = [];
const urban = models.find((m) => m.slug === 'urban-backlog') as ExampleModel;
const rural = models.find((m) => m.slug === 'rural-mobile') as ExampleModel;
for (const m of models) cases.push({ key: `all-${m.slug}`, m, changes: demandChanges(m) });
URBAN_ONE_AT_A_TIME.forEach((c, i) => cases.push({ key: `urban-${i}`, m: urban, changes: [c] }));
RURAL_UPTAKE.forEach((c, i) => cases.push({ key: `rural-${i}`, m: rural, changes: [c] }));
cases.push({ key: 'hand', m: urban, changes: HAND });
cases.push({ key: 'rural-minutes', m: rural, changes: RURAL_MINUTES });
cases.push({ key: 'effect', m: urban, changes: [['fls.effectYears', 2]] });
cases.push({ key: 'indications', m: urban, changes: INDICATION_CHANGES, base: urbanIndications(urban) });
cases.push({ key: 'vfa', m: urban, changes: VFA_CHANGES, base: urbanVfaBenefits(urban) });
cases.push({ key: 'incidence', m: urban, changes: [['catchment.localities[0].population.age75to84', 26_000]], base: urbanIncidence(urban) });

beforeAll(() => {
	const files: string[] = [];
	const bytesOf = new Map<string, Uint8Array>();
	for (const c of cases) {
		const id = c.base ? `${c.m.slug}-base-${c.key}` : c.m.slug;
		let bytes = bytesOf.get(id);
		if (!bytes) {
			const s = c.base ?? c.m.scenario;
			bytes = writeWorkbook({ scenario: s, result: c.base ? appraise(s) : c.m.result, input: c.base ? undefined : c.m.input, formulas: c.base ? undefined : c.m.formulas, date: DATE });
			bytesOf.set(id, bytes);
		}
		const file = join(work, `${c.key}.xlsx`);
		writeFileSync(file, editInputs(bytes, c.changes));
		files.push(file);
	}
	const outs = convertAll(files, 'xlsx', join(work, 'recalculated'));
	outs.forEach((o, i) => recalculated.set(cases[i]?.key as string, readBook(readFileSync(o))));
}, 600_000);

/** Every option's demand by year, NPC and NPSV in the recalculated workbook against the engine's result. */
function checkAgainst(wb: WorkBook, r: AppraisalResult, label: string, benefits = true) {
	const ws = sheet(wb, 'Demand and capacity');
	const col = (l: string) => colOf(ws, l, 3);
	const cols = { pop: col('Population'), pop50: col('Aged 50+'), nr: col('New referrals'), fls: col('FLS referrals'), mon: col('Monitoring scans'), total: col('Total demand'), vfa: col('Scans with VFA'), cap: col('Capacity') };
	for (const o of r.options)
		o.demand.forEach((d) => {
			const [row] = rowsWhere(ws, { 0: o.name, 1: d.year });
			if (row === undefined) throw new Error(`no demand row for ${o.name} ${d.year}`);
			const at = `${label} ${o.name} ${d.year}`;
			close(num(ws, row, cols.pop), d.population, 1e-6, `${at} population`);
			close(num(ws, row, cols.pop50), d.population50Plus, 1e-6, `${at} aged 50+`);
			close(num(ws, row, cols.nr), d.newReferrals, 1e-6, `${at} new referrals`);
			close(num(ws, row, cols.fls), d.flsReferrals, 1e-6, `${at} FLS referrals`);
			close(num(ws, row, cols.mon), d.monitoring, 1e-6, `${at} monitoring`);
			close(num(ws, row, cols.total), d.total, 1e-6, `${at} total demand`);
			close(num(ws, row, cols.vfa), d.vfaScans, 1e-6, `${at} VFA scans`);
		});
	const sum = sheet(wb, 'Appraisal summary');
	r.options.forEach((o, i) => {
		const cf = sheetStartingWith(wb, `CF${i + 1} `);
		close(num(cf, rowOf(cf, 'Net present cost'), 2), o.summary.netPresentCostGbp, PENNY, `${label} ${o.name} NPC`);
		if (!benefits) return;
		const row = rowOf(sum, o.name);
		close(num(sum, row, colOf(sum, 'Net present cost', 3)), o.summary.netPresentCostGbp, PENNY, `${label} ${o.name} NPC (summary)`);
		close(num(sum, row, colOf(sum, 'Net present social value', 3)), o.summary.netPresentSocialValueGbp, PENNY, `${label} ${o.name} NPSV`);
		close(num(sum, row, colOf(sum, 'PV fracture costs avoided', 3)), o.summary.pvBenefitsGbp, PENNY, `${label} ${o.name} PV benefits`);
	});
}

/** Patient access by option and locality (journeys to the scans delivered, miles, hours, cost) against the engine's. */
function checkAccess(wb: WorkBook, r: AppraisalResult, label: string) {
	const ws = sheet(wb, 'Patient access');
	for (const o of r.options) {
		for (const l of o.access.byLocality) {
			const [row] = rowsWhere(ws, { 0: o.name, 1: l.name });
			if (row === undefined) throw new Error(`no access row for ${o.name} ${l.name}`);
			const at = `${label} ${o.name} ${l.name}`;
			close(num(ws, row, 2), l.journeys, 1e-6, `${at} journeys`);
			close(num(ws, row, 3), l.returnMiles, 1e-5, `${at} miles`);
			close(num(ws, row, 4), l.returnHours, 1e-6, `${at} hours`);
			close(num(ws, row, 5), l.costGbp, PENNY, `${at} travel cost`);
			close(num(ws, row, 6), l.within30Share, 1e-9, `${at} within 30 minutes`);
			close(num(ws, row, 7), l.within60Share, 1e-9, `${at} within 60 minutes`);
		}
		const [all] = rowsWhere(ws, { 0: o.name, 1: 'All localities' });
		if (all === undefined) throw new Error(`no access total for ${o.name}`);
		close(num(ws, all, 6), o.access.totals.within30Share, 1e-9, `${label} ${o.name} all within 30 minutes`);
		close(num(ws, all, 7), o.access.totals.within60Share, 1e-9, `${label} ${o.name} all within 60 minutes`);
	}
}

/** The change moved some option's total demand (so the input is read by a live formula). */
function moved(a: AppraisalResult, b: AppraisalResult): number {
	let most = 0;
	a.options.forEach((o, i) => o.demand.forEach((d, y) => (most = Math.max(most, Math.abs(d.total - (b.options[i]?.demand[y]?.total ?? 0))))));
	return most;
}

describe.each(models.map((m) => [m.slug, m] as [string, ExampleModel]))('the %s workbook with its catchment and demand inputs changed, recalculated by LibreOffice', (slug, m) => {
	it('gives every option\'s demand by year, NPC and NPSV of the engine for the changed scenario', () => {
		const changes = demandChanges(m);
		const changed = appraise(withInputs(m.scenario, changes));
		expect(moved(changed, m.result)).toBeGreaterThan(10);
		checkAgainst(recalculated.get(`all-${slug}`) as WorkBook, changed, `${slug} (${changes.map((c) => c[0]).join(', ')})`);
		checkAccess(recalculated.get(`all-${slug}`) as WorkBook, changed, slug);
	});
});

describe('the urban workbook, one catchment, demand or FLS input at a time', () => {
	it.each(URBAN_ONE_AT_A_TIME.map(([p, v], i) => [p, v, i] as const))('%s = %s', (path, v, i) => {
		const changed = appraise(withInputs(urban.scenario, [[path, v]]));
		expect(moved(changed, urban.result)).toBeGreaterThan(1);
		checkAgainst(recalculated.get(`urban-${i}`) as WorkBook, changed, `urban with ${path} = ${v}`);
	});

	it('works the FLS cohort from incidence by age band and sex when the scenario sizes it so', () => {
		const base = urbanIncidence(urban);
		const changed = appraise(withInputs(base, [['catchment.localities[0].population.age75to84', 26_000]]));
		expect(moved(changed, appraise(base))).toBeGreaterThan(1);
		checkAgainst(recalculated.get('incidence') as WorkBook, changed, 'urban, cohort from incidence, City North 75-84 = 26,000');
	});
});

describe('the urban workbook with referral indications listed', () => {
	it('returns each indication for monitoring on its own share and interval, and mixes their VFA shares', () => {
		const base = urbanIndications(urban);
		const changed = appraise(withInputs(base, INDICATION_CHANGES));
		expect(moved(changed, appraise(base))).toBeGreaterThan(1);
		checkAgainst(recalculated.get('indications') as WorkBook, changed, 'urban with indications, changed');
		// The Pathway sheet's VFA share is the indications' mix too (their share x VFA share, summed), and moved.
		const path = sheet(recalculated.get('indications') as WorkBook, 'Pathway');
		for (const o of changed.options) {
			const [r] = rowsWhere(path, { 0: o.name, 1: changed.startYear });
			close(num(path, r as number, 5), o.pathway.vfaShare, 1e-12, `${o.name} VFA share`);
		}
		expect(changed.options[0]?.pathway.vfaShare).not.toBe(appraise(base).options[0]?.pathway.vfaShare);
	});
});

describe('the urban workbook counting VFA benefits', () => {
	it('moves the FLS scans and the drug cost with the FLS identified share and the catchment', () => {
		const base = urbanVfaBenefits(urban);
		const changed = appraise(withInputs(base, VFA_CHANGES));
		expect(moved(changed, appraise(base))).toBeGreaterThan(1);
		const wb = recalculated.get('vfa') as WorkBook;
		// NPC only: the VFA-led fractures averted and their value are still the engine's figures on the Pathway sheet.
		checkAgainst(wb, changed, 'urban counting VFA benefits, changed', false);
		const ws = sheet(wb, 'Pathway');
		const head = rowOf(ws, 'Option');
		for (const o of changed.options)
			for (const y of o.pathway.byYear) {
				const [row] = rowsWhere(ws, { 0: o.name, 1: y.year });
				close(num(ws, row as number, colOf(ws, 'FLS scans', head)), y.flsScans, 1e-6, `${o.name} ${y.year} FLS scans`);
				close(num(ws, row as number, colOf(ws, 'Drug cost (GBP)', head)), y.drugCostGbp, PENNY, `${o.name} ${y.year} drug cost`);
			}
	});
});

describe('the rural workbook: uptake follows the miles of each option\'s journeys', () => {
	it.each(RURAL_UPTAKE.map(([p, v], i) => [p, v, i] as const))('%s = %s', (path, v, i) => {
		const changed = appraise(withInputs(rural.scenario, [[path, v]]));
		expect(moved(changed, rural.result)).toBeGreaterThan(0.01);
		checkAgainst(recalculated.get(`rural-${i}`) as WorkBook, changed, `rural with ${path} = ${v}`);
		// Patients' journeys follow the scans delivered and each locality's share of them (Patient access sheet).
		checkAccess(recalculated.get(`rural-${i}`) as WorkBook, changed, `rural with ${path} = ${v}`);
	});
});

describe('the rural workbook: the shares of journeys within 30 and 60 minutes follow journey times', () => {
	it('Eastham at 50 minutes return and the static option\'s Westdale journey at 130 give the engine\'s shares', () => {
		const changed = appraise(withInputs(rural.scenario, RURAL_MINUTES));
		const eastham = changed.options[0]?.access.byLocality.find((l) => l.name.startsWith('Eastham'));
		// Business as usual: every Eastham journey is now 25 minutes one way, within 30 (it was 45: none).
		expect(eastham?.within30Share).toBe(1);
		expect(rural.result.options[0]?.access.byLocality.find((l) => l.name.startsWith('Eastham'))?.within30Share).toBe(0);
		checkAccess(recalculated.get('rural-minutes') as WorkBook, changed, 'rural with journey times changed');
	});
});

describe('the urban workbook: years of treatment effect', () => {
	it('at 2 instead of 5 counts refractures averted and drug costs over two years, as the engine does', () => {
		// Each year's extra treated then avert refractures in their first two years only: risk 1y, then 2y - 1y
		// (the 5y - 2y third shares drop out), and their drugs are paid for two years instead of five.
		const changed = appraise(withInputs(urban.scenario, [['fls.effectYears', 2]]));
		const o = changed.options.findIndex((x) => x.fls);
		const before = urban.result.options[o]?.summary.pvBenefitsGbp ?? 0;
		expect(changed.options[o]?.summary.pvBenefitsGbp).toBeLessThan(before);
		checkAgainst(recalculated.get('effect') as WorkBook, changed, 'urban with 2 years of treatment effect');
	});
});

describe('a year\'s new referrals worked by hand', () => {
	it('City North 2027/28 from two bands: 97.2876 + 357.08976 = 454.37736', () => {
		const wb = recalculated.get('hand') as WorkBook;
		const ws = sheet(wb, 'Catchment');
		const r = rowOf(ws, 'New referrals: City North');
		const c = [...Array(40).keys()].find((k) => ws[XLSX.utils.encode_cell({ r: 3, c: k })]?.v === 2027) ?? -1;
		close(num(ws, r, c), 454.37736, 1e-9, 'City North new referrals 2027/28');
		close(num(ws, rowOf(ws, 'City North: 50-64'), c), 58_348, 1e-9, 'City North aged 50-64 in 2027/28');
		checkAgainst(wb, appraise(withInputs(urban.scenario, HAND)), 'urban with the rates 65+ at 0');
	});
});
