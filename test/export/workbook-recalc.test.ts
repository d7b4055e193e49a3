import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraise, type Scenario } from '../../src/lib/model';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { inputRows } from '../../src/lib/export/workbook/inputs';
import { XLSX, type WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { editInput, withInput } from './workbookEdit';
import { exampleModels, type ExampleModel } from './models';
import { readBook, sheet, sheetStartingWith, num, value, rowOf, rowsWhere, colOf } from './sheetRead';
import { clearsMonth } from '../../src/lib/present';
import { PENNY, checkCashFlows, close, type CashFlowRow } from './cashFlowCheck';

/**
 * The workbook's formulas must reproduce the engine. Each example model's workbook is
 * recalculated by LibreOffice (recalculation on load forced to "always") and every figure the
 * engine also reports is compared: money to the penny, other figures to 0.01 (discount factors
 * to 1e-9). A second workbook with changed inputs proves the formulas are live: after
 * recalculation its NPCs equal the engine's NPCs for the changed scenario.
 */
const DATE = '2026-03-01';
const models = exampleModels();
const work = mkdtempSync(join(tmpdir(), 'dxa-wb-'));
const recalculated = new Map<string, WorkBook>();
const written = new Map<string, WorkBook>();

/** Live-formula check: Green Book rate up from 3.5% to 6%, on-costs and leave changed too. */
const CHANGES = { DiscountRate: 0.06, OnCostRate: 0.31, LeaveAllowance: 0.25 };
function changedScenario(s: Scenario): Scenario {
	return {
		...s,
		appraisal: { ...s.appraisal, discountRate: CHANGES.DiscountRate },
		staffing: { ...s.staffing, onCostRate: CHANGES.OnCostRate, leaveAllowance: CHANGES.LeaveAllowance }
	};
}

/**
 * Inputs a finance reviewer changes one at a time in the urban example's workbook (Inputs column D,
 * found by the scenario path in column H): after LibreOffice recalculates, every option's NPC is
 * the engine's NPC for the same change to the penny.
 */
const ONE_AT_A_TIME: [string, number][] = [
	['scanners[0].purchaseCostGbp', 260_000],
	['scanners[0].installationCostGbp', 31_000],
	['scanners[0].maintenancePerYearGbp', 19_500],
	['costs.consumablesPerScanGbp', 7.25],
	['costs.trainingPerYearGbp', 4_000],
	['staffing.roles[0].annualSalaryGbp', 41_000],
	['staffing.onCostRate', 0.33],
	['appraisal.discountRate', 0.05]
];

/**
 * The quantities are live too: the first scanner's DNA rate and sessions a week, changed in every
 * example's workbook, move capacity (Capacity by scanner), the month-by-month waiting list and scans
 * delivered, in-house scans and so consumables, reporting hours and staff, FLS patients scanned in
 * time and the FLS's drug costs, and patients' travel (rural example); after LibreOffice
 * recalculates, every option's cash flows and NPC equal the engine's for the same change.
 */
const QUANTITIES = (s: Scenario): [string, number][] => [
	['scanners[0].dnaRate', 0.15],
	['scanners[0].sessionsPerWeek', (s.scanners[0]?.sessionsPerWeek ?? 0) + 2]
];

beforeAll(() => {
	const files: string[] = [];
	for (const m of models) {
		const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: DATE });
		const file = join(work, `${m.slug}.xlsx`);
		writeFileSync(file, bytes);
		files.push(file);
		const wb = readBook(bytes);
		written.set(m.slug, wb);
		// Change named inputs in a copy of the written workbook, as a finance reviewer would.
		const edited = readBook(bytes);
		for (const [name, v] of Object.entries(CHANGES)) {
			const ref = edited.Workbook?.Names?.find((n) => n.Name === name)?.Ref;
			if (!ref) throw new Error(`no defined name ${name}`);
			const [, cell] = ref.split('!');
			const ws = sheet(edited, 'Inputs');
			const a = (cell ?? '').replace(/\$/g, '');
			ws[a] = { t: 'n', v };
		}
		const editedFile = join(work, `${m.slug}-edited.xlsx`);
		writeFileSync(editedFile, XLSX.write(edited, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
		files.push(editedFile);
	}
	// One input at a time on the urban example, in the same LibreOffice run.
	const urban = models.find((m) => m.slug === 'urban-backlog');
	if (!urban) throw new Error('no urban example');
	const bytes = writeWorkbook({ scenario: urban.scenario, result: urban.result, input: urban.input, formulas: urban.formulas, date: DATE });
	ONE_AT_A_TIME.forEach(([path, v], i) => {
		const file = join(work, `one-${i}.xlsx`);
		writeFileSync(file, editInput(bytes, path, v));
		files.push(file);
	});
	// DNA rate and sessions a week, one at a time, in every example.
	for (const m of models) {
		const base = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: DATE });
		QUANTITIES(m.scenario).forEach(([path, v], i) => {
			const file = join(work, `q-${m.slug}-${i}.xlsx`);
			writeFileSync(file, editInput(base, path, v));
			files.push(file);
		});
	}
	const outs = convertAll(files, 'xlsx', join(work, 'recalculated'));
	outs.forEach((o, i) => recalculated.set((files[i] ?? '').replace(/^.*\//, '').replace(/\.xlsx$/, ''), readBook(readFileSync(o))));
}, 600_000);

/** The cash-flow rows compared, with the NPC: money to the penny, the discount factor to 1e-9. */
const CASH_FLOW_ROWS: CashFlowRow[] = ['capitalTotal', 'staff', 'revenueTotal', 'optimismBiasCapital', 'optimismBiasRevenue', 'total', 'discountFactor', 'discounted', 'equivalentAnnualCost'];

function book(slug: string): WorkBook {
	const wb = recalculated.get(slug);
	if (!wb) throw new Error(`no recalculated workbook for ${slug}`);
	return wb;
}

describe.each(models.map((m) => [m.slug, m] as [string, ExampleModel]))('workbook for %s, recalculated by LibreOffice', (slug, m) => {
	it('has every option sheet, and a cached value on every formula cell', () => {
		const wb = written.get(slug) as WorkBook;
		expect(wb.SheetNames.slice(0, 4)).toEqual(['Cover', 'Inputs', 'Demand and capacity', 'Staffing']);
		expect(wb.SheetNames.filter((n) => /^CF\d+ /.test(n))).toHaveLength(m.result.options.length);
		let formulas = 0;
		for (const name of wb.SheetNames) {
			const ws = sheet(wb, name);
			for (const [a, cell] of Object.entries(ws)) {
				if (a.startsWith('!') || !cell.f) continue;
				formulas++;
				if (cell.v === undefined) throw new Error(`${name}!${a} has a formula but no cached value`);
			}
		}
		expect(formulas).toBeGreaterThan(100);
	});

	it('reproduces each year of every cash flow, discount factor and the NPC', () => {
		checkCashFlows(book(slug), m.result, slug, CASH_FLOW_ROWS);
	});

	it('reproduces funded WTE and staff cost for every option, year and role', () => {
		const ws = sheet(book(slug), 'Staffing');
		for (const o of m.result.options)
			for (const y of o.staffing.byYear) {
				const year = m.result.startYear + y.yearIndex;
				for (const role of y.roles) {
					const [r] = rowsWhere(ws, { 0: o.name, 1: year, 2: role.name });
					if (r === undefined) throw new Error(`no staffing row for ${o.name} ${year} ${role.name}`);
					close(num(ws, r, 5), role.baseWte, 0.01, `${o.name} ${year} ${role.name} base WTE`);
					close(num(ws, r, 7), role.fundedWte, 0.01, `${o.name} ${year} ${role.name} funded WTE`);
					close(num(ws, r, 10), role.costGbp, PENNY, `${o.name} ${year} ${role.name} cost`);
				}
				const [t] = rowsWhere(ws, { 0: o.name, 1: year, 2: 'Total' });
				close(num(ws, t as number, 7), y.totalFundedWte, 0.01, `${o.name} ${year} total funded WTE`);
			}
	});

	it('reproduces total demand, the capacity gap and utilisation', () => {
		const ws = sheet(book(slug), 'Demand and capacity');
		const cTotal = colOf(ws, 'Total demand', 3);
		const cGap = colOf(ws, 'Capacity gap', 3);
		const cUtil = colOf(ws, 'Utilisation', 3);
		for (const o of m.result.options)
			o.demand.forEach((d, y) => {
				const [r] = rowsWhere(ws, { 0: o.name, 1: d.year });
				close(num(ws, r as number, cTotal), d.total, 0.01, `${o.name} ${d.year} demand`);
				close(num(ws, r as number, cGap), o.capacity[y]?.gap ?? NaN, 0.01, `${o.name} ${d.year} gap`);
				close(num(ws, r as number, cUtil), o.capacity[y]?.utilisation ?? NaN, 0.0001, `${o.name} ${d.year} utilisation`);
			});
	});

	it('reproduces the appraisal summary: NPC, benefits, NPSV, cost per scan and the ranking', () => {
		const ws = sheet(book(slug), 'Appraisal summary');
		const col = (l: string) => colOf(ws, l, 3);
		for (const o of m.result.options) {
			const r = rowOf(ws, o.name);
			const s = o.summary;
			close(num(ws, r, col('Net present cost')), s.netPresentCostGbp, PENNY, `${o.name} NPC`);
			close(num(ws, r, col('PV fracture costs avoided')), s.pvBenefitsGbp, PENNY, `${o.name} PV benefits`);
			close(num(ws, r, col('Discounted QALYs')), s.discountedQalys, 0.01, `${o.name} QALYs`);
			close(num(ws, r, col('Value of QALYs')), s.pvQalyValueGbp, PENNY, `${o.name} QALY value`);
			close(num(ws, r, col('Net present value')), s.netPresentValueGbp, PENNY, `${o.name} NPV`);
			close(num(ws, r, col('Net present social value')), s.netPresentSocialValueGbp, PENNY, `${o.name} NPSV`);
			close(num(ws, r, col('Incremental NPC vs business as usual')), s.incrementalNpcVsBauGbp, PENNY, `${o.name} incremental NPC`);
			close(num(ws, r, col('Equivalent annual cost')), s.equivalentAnnualCostGbp, PENNY, `${o.name} EAC`);
			if (s.costPerScanGbp !== null) close(num(ws, r, col('Cost per scan')), s.costPerScanGbp, PENNY, `${o.name} cost per scan`);
			close(num(ws, r, col('Capital (undiscounted)')), s.capitalTotalGbp, PENNY, `${o.name} capital`);
			close(num(ws, r, col('Revenue (undiscounted)')), s.revenueTotalGbp, PENNY, `${o.name} revenue`);
			expect(num(ws, r, col('Meets wait standard (1 = yes)')), `${o.name} meets standard`).toBe(s.meetsDemand ? 1 : 0);
			expect(num(ws, r, col('Overall rank')), `${o.name} rank`).toBe(s.rank);
			expect(value(ws, r, col('Preferred')) === 'Preferred', `${o.name} preferred`).toBe(o.id === m.result.preferredOptionId);
		}
	});

	it('counts the placeholder inputs on the cover by formula', () => {
		const ws = sheet(book(slug), 'Cover');
		const expected = inputRows({ scenario: m.scenario, input: m.input, formulas: m.formulas }).filter((r) => r.status === 'placeholder').length;
		expect(expected).toBeGreaterThan(0);
		expect(num(ws, rowOf(ws, 'Inputs still at placeholder values'), 1)).toBe(expected);
	});

	it('has live formulas: changed inputs recalculate to the engine result for the changed scenario', () => {
		const changed = appraise(changedScenario(m.scenario));
		const wb = book(`${slug}-edited`);
		checkCashFlows(wb, changed, `${slug} (edited)`, CASH_FLOW_ROWS);
		for (const [i, o] of m.result.options.entries()) {
			const moved = changed.options[i]?.summary.netPresentCostGbp ?? 0;
			// A 6% rate and dearer staff must move the NPC by far more than a penny.
			expect(Math.abs(moved - o.summary.netPresentCostGbp)).toBeGreaterThan(1000);
		}
	});
});

describe('one input at a time, changed in the urban workbook and recalculated by LibreOffice', () => {
	it.each(ONE_AT_A_TIME.map(([path, v], i) => [path, v, i] as const))('%s = %s: every option\'s NPC equals the engine\'s, to the penny', (path, v, i) => {
		const m = models.find((x) => x.slug === 'urban-backlog') as ExampleModel;
		const changed = appraise(withInput(m.scenario, path, v));
		const wb = book(`one-${i}`);
		checkCashFlows(wb, changed, `urban with ${path} = ${v}`, CASH_FLOW_ROWS);
		// The change reaches at least one option's NPC (so the check is not of an input no formula reads).
		expect(changed.options.some((o, k) => Math.abs(o.summary.netPresentCostGbp - (m.result.options[k]?.summary.netPresentCostGbp ?? 0)) > 100)).toBe(true);
	});
});

describe.each(models.map((m) => [m.slug, m] as [string, ExampleModel]))('live quantities in the %s workbook: DNA rate and sessions a week', (slug, m) => {
	it.each(QUANTITIES(m.scenario).map(([path, v], i) => [path, v, i] as const))('%s = %s: capacity, scans delivered and every option\'s cash flows and NPC equal the engine\'s, to the penny', (path, v, i) => {
		const changed = appraise(withInput(m.scenario, path, v));
		const wb = book(`q-${slug}-${i}`);
		checkCashFlows(wb, changed, `${slug} with ${path} = ${v}`, CASH_FLOW_ROWS);
		const ws = sheet(wb, 'Demand and capacity');
		const cCap = colOf(ws, 'Capacity', 3);
		const cDelivered = colOf(ws, 'Delivered', 3);
		const cList = colOf(ws, 'Waiting list at year end', 3);
		const cWithin = colOf(ws, 'Seen within standard', 3);
		for (const o of changed.options)
			o.capacity.forEach((c, y) => {
				const [r] = rowsWhere(ws, { 0: o.name, 1: changed.startYear + y });
				close(num(ws, r as number, cCap), c.capacity, 1e-6, `${o.name} ${changed.startYear + y} capacity`);
				close(num(ws, r as number, cDelivered), c.delivered, 1e-6, `${o.name} ${changed.startYear + y} delivered`);
				close(num(ws, r as number, cList), o.waitingList.months[12 * y + 11]?.listSize ?? NaN, 1e-6, `${o.name} ${changed.startYear + y} list`);
				close(num(ws, r as number, cWithin), o.waitingList.withinStandardShareByYear[y] ?? NaN, 1e-9, `${o.name} ${changed.startYear + y} within standard`);
			});
		// The FLS benefits follow the patients scanned in time: PV of fracture costs avoided, QALYs, NPSV.
		const sum = sheet(wb, 'Appraisal summary');
		for (const o of changed.options) {
			const r = rowOf(sum, o.name);
			close(num(sum, r, colOf(sum, 'PV fracture costs avoided', 3)), o.summary.pvBenefitsGbp, PENNY, `${o.name} PV benefits`);
			close(num(sum, r, colOf(sum, 'Discounted QALYs', 3)), o.summary.discountedQalys, 0.0001, `${o.name} QALYs`);
			close(num(sum, r, colOf(sum, 'Net present social value', 3)), o.summary.netPresentSocialValueGbp, PENNY, `${o.name} NPSV`);
			const wait = o.summary.endEstimatedWaitWeeks;
			if (wait !== null) close(num(sum, r, colOf(sum, 'Estimated wait at end (weeks)', 3)), wait, 1e-6, `${o.name} wait at end`);
			expect(num(sum, r, colOf(sum, 'Meets wait standard (1 = yes)', 3)), `${o.name} meets standard`).toBe(o.summary.meetsDemand ? 1 : 0);
			// The month the wait falls within the standard follows the recalculated month-by-month list.
			expect(sum[XLSX.utils.encode_cell({ r, c: colOf(sum, 'Wait within the standard from', 3) })]?.v, `${o.name} clears`).toBe(clearsMonth(changed.startYear, o.summary.backlogClearsMonth));
		}
		// The change reaches the capacity of some option (the figure moves), so the check is of a live input.
		expect(changed.options.some((o, k) => Math.abs((o.capacity[0]?.capacity ?? 0) - (m.result.options[k]?.capacity[0]?.capacity ?? 0)) > 1)).toBe(true);
	});
});

describe('the urban example\'s workbook with its scanner\'s DNA rate or sessions changed, recalculated by LibreOffice', () => {
	/**
	 * The engine's NPCs for the same changes (npm run cli -- appraise with the scenario changed):
	 * DNA rate 9% -> 15%: fewer scans seen, so fewer consumables and reporting hours and, for the FLS
	 * option, fewer FLS patients scanned in time; sessions a week 6 -> 8: business as usual gains
	 * capacity, clears its backlog sooner and pays for a larger rota (the other options set their own
	 * sessions, so their NPCs stay as they were).
	 */
	const expected: [number, string, Record<string, number>][] = [
		[0, 'DNA rate 15%', { 'Business as usual': 1_642_376.35, 'Extended hours': 2_224_663.57, 'Second static scanner': 3_191_796.93 }],
		[1, 'sessions a week 8', { 'Business as usual': 1_917_710.45, 'Extended hours': 2_224_725.01, 'Second static scanner': 3_191_845.68 }]
	];
	it.each(expected)('change %s (%s): the workbook\'s NPCs are the engine\'s', (i, _what, npcs) => {
		const wb = book(`q-urban-backlog-${i}`);
		const m = models.find((x) => x.slug === 'urban-backlog') as ExampleModel;
		for (const [name, npc] of Object.entries(npcs)) {
			const k = m.result.options.findIndex((o) => o.name === name);
			expect(k, name).toBeGreaterThanOrEqual(0);
			const ws = sheetStartingWith(wb, `CF${k + 1} `);
			close(num(ws, rowOf(ws, 'Net present cost'), 2), npc, 0.01, `${name} NPC (written to the penny)`);
		}
	});
});
