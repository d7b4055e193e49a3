import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appraise, type Scenario } from '../../src/lib/model';
import { writeWorkbook } from '../../src/lib/export/workbook';
import type { WorkBook } from '../../src/lib/export/workbook/sheetjs';
import { convertAll } from './libreoffice';
import { editInput, withInput } from './workbookEdit';
import { exampleModels } from './models';
import { readBook, sheetStartingWith, num, rowOf } from './sheetRead';
import { PENNY, checkCashFlows, close, type CashFlowRow } from './cashFlowCheck';

/**
 * The years in which things happen are live in the workbook (years.ts): an exported copy with a
 * scanner's installation year, a lifetime, a warranty, an added scanner's installation year or
 * lifetime, a revenue item's first year, or an outsourcing contract's first year or length changed on
 * the Inputs sheet, recalculated by LibreOffice,
 * gives every option's cash flows (capital, revenue, residual value, total cost and scanners replaced
 * each year) and net present cost
 * equal to appraise() of the same changed scenario, to the penny. The engine's figures must move
 * with each change (else the check proves nothing).
 *
 * One case by hand, the urban example (first year 2026, ten years to 2035): the main scanner was
 * installed in 2021 with a 10-year life, so it is replaced in 2031 (year index 5) at
 * purchase 214,000 + installation 20,000 + IT 10,000 = 244,000, and at the horizon's end it has
 * 10 - (2036 - 2031) = 5 years left: residual value 244,000 x 5 / 10 = 122,000. With its lifetime
 * changed to 15 years the replacement falls in 2036, outside the horizon: business as usual's
 * capital in 2031 drops by 244,000 and the residual value is 0 (bought before the first year).
 */
const DATE = '2026-03-01';
const models = exampleModels();
const work = mkdtempSync(join(tmpdir(), 'dxa-wb-years-'));
const recalculated = new Map<string, WorkBook>();

type Change = [path: string, value: number];

/** The year inputs changed in each example (those the example has). */
function changes(s: Scenario): Change[] {
	const out: Change[] = [];
	const sc = s.scanners[0];
	if (sc) {
		out.push(['scanners[0].installedYear', sc.installedYear - 3]);
		out.push(['scanners[0].lifetimeYears', sc.lifetimeYears + 5]);
		out.push(['scanners[0].warrantyYears', sc.warrantyYears + 3]);
	}
	const oi = s.options.findIndex((o) => o.addScanners.length > 0);
	const added = s.options[oi]?.addScanners[0];
	if (added) {
		out.push([`options[${oi}].addScanners[0].installedYear`, added.installedYear + 1]);
		out.push([`options[${oi}].addScanners[0].lifetimeYears`, 4]);
	}
	const ri = s.options.findIndex((o) => o.revenueItems.length > 0);
	if (ri >= 0) out.push([`options[${ri}].revenueItems[0].fromYearIndex`, 3]);
	// An outsourcing contract moved to start in the third year and run three years.
	const xi = s.options.findIndex((o) => o.outsourcing !== undefined);
	if (xi >= 0) {
		out.push([`options[${xi}].outsourcing.fromYearIndex`, 2]);
		out.push([`options[${xi}].outsourcing.years`, 3]);
	}
	return out;
}

const cases = models.flatMap((m) => changes(m.scenario).map(([path, v], i) => ({ m, path, v, key: `${m.slug}-${i}` })));

beforeAll(() => {
	const files: string[] = [];
	for (const m of models) {
		const bytes = writeWorkbook({ scenario: m.scenario, result: m.result, input: m.input, formulas: m.formulas, date: DATE });
		for (const c of cases.filter((x) => x.m === m)) {
			const file = join(work, `${c.key}.xlsx`);
			writeFileSync(file, editInput(bytes, c.path, c.v));
			files.push(file);
		}
	}
	// One LibreOffice run for every changed copy (start-up dominates its cost).
	const outs = convertAll(files, 'xlsx', join(work, 'recalculated'));
	outs.forEach((o, i) => recalculated.set((files[i] ?? '').replace(/^.*\//, '').replace(/\.xlsx$/, ''), readBook(readFileSync(o))));
}, 600_000);

/** The cash-flow rows compared each year, with the NPC, to the penny. */
const CASH_FLOW_ROWS: CashFlowRow[] = ['scannersReplaced', 'capitalTotal', 'revenueTotal', 'residualValue', 'total'];

describe('workbook years are live: a changed year input recalculates to the engine', () => {
	it('changes at least an installation year, a lifetime and a warranty in every example', () => {
		for (const m of models) {
			const paths = cases.filter((c) => c.m === m).map((c) => c.path);
			expect(paths, m.slug).toEqual(expect.arrayContaining(['scanners[0].installedYear', 'scanners[0].lifetimeYears', 'scanners[0].warrantyYears']));
		}
		expect(cases.length).toBeGreaterThanOrEqual(16);
	});

	it.each(cases.map((c) => [`${c.m.slug}: ${c.path} = ${c.v}`, c] as const))('%s', (_, c) => {
		const changed = appraise(withInput(c.m.scenario, c.path, c.v));
		// The change moves the engine's money somewhere, so matching it proves the workbook followed.
		const moved = changed.options.some((o, i) => Math.abs(o.summary.netPresentCostGbp - (c.m.result.options[i]?.summary.netPresentCostGbp ?? 0)) > 1);
		expect(moved, 'the engine NPC moves').toBe(true);
		checkCashFlows(recalculated.get(c.key) as WorkBook, changed, `${c.m.slug} ${c.path}`, CASH_FLOW_ROWS);
	});

	it('urban, lifetime 10 -> 15: the 2031 replacement (244,000) and the 122,000 residual value leave business as usual', () => {
		const m = models.find((x) => x.slug === 'urban-backlog');
		const c = cases.find((x) => x.m === m && x.path === 'scanners[0].lifetimeYears');
		if (!m || !c) throw new Error('no urban lifetime case');
		const ws = sheetStartingWith(recalculated.get(c.key) as WorkBook, 'CF1 ');
		const base = m.result.options[0]?.cashFlows ?? [];
		// 2031 is year index 5 (column 2 + 5); the residual value sits in the last year (index 9).
		expect(base[5]?.capital.scanner).toBe(214_000);
		expect(base[9]?.residualValue).toBeCloseTo(122_000, 6);
		close(num(ws, rowOf(ws, 'Capital total'), 7), (base[5]?.capitalTotal ?? 0) - 244_000, PENNY, 'BAU 2031 capital');
		close(num(ws, rowOf(ws, 'Less: residual value'), 11), 0, PENNY, 'BAU residual value');
	});
});
