/**
 * appraise() writes an option's tables the first time one of them is read (tabulate.ts
 * tabulateLater, appraise.ts tablesWhenRead). These tests hold it to the tables the engine writes at
 * once (appraiseOption: the kernel for the tables, then tabulate()), whatever the caller does with
 * its arena in between, and to writing them once.
 */
import { describe, expect, it } from 'vitest';
import { appraise, appraiseOption } from '../../src/lib/model/appraise';
import { Arena, sizeOf } from '../../src/lib/model/arena';
import type { OptionResult } from '../../src/lib/model/results';
import { exampleScenario } from './golden';
import { modelNames } from './fixtureSummary';

const TABLES = ['demand', 'capacity', 'waitingList', 'staffing', 'cashFlows', 'fls', 'access', 'pathway'] as const;

function tablesOf(o: OptionResult) {
	return Object.fromEntries(TABLES.map((k) => [k, o[k]]));
}

describe('tables written when first read', () => {
	it.each(modelNames())('%s: every option\'s tables equal those appraiseOption writes at once', (model) => {
		const s = exampleScenario(model);
		const r = appraise(s);
		for (const option of s.options) {
			const o = r.options.find((x) => x.id === option.id) as OptionResult;
			expect(tablesOf(o), `${model} ${option.id}`).toEqual(tablesOf(appraiseOption(s, option)));
			expect(o.flags).toEqual(appraiseOption(s, option).flags);
		}
	});

	it('a caller\'s arena reused for another scenario before the tables are read does not change them', () => {
		const urban = exampleScenario('urban-backlog');
		const rural = exampleScenario('rural-mobile');
		const arena = new Arena({ years: 30, localities: 8, roles: 12, scanners: 8 });
		expect(arena.fits(urban) && arena.fits(rural)).toBe(true);
		const first = appraise(urban, arena);
		appraise(rural, arena);
		// Urban's Extended hours option: its waiting list months and cash flows, as written at once.
		const ext = urban.options[1] as (typeof urban.options)[number];
		const late = first.options[1] as OptionResult;
		expect(late.waitingList).toEqual(appraiseOption(urban, ext).waitingList);
		expect(late.cashFlows).toEqual(appraiseOption(urban, ext).cashFlows);
		expect(sizeOf(urban).years).toBe(late.cashFlows.length);
	});

	it('the tables are written once: a second read returns the same records', () => {
		const r = appraise(exampleScenario('urban-backlog'));
		const o = r.options[0] as OptionResult;
		const months = o.waitingList.months;
		expect(o.waitingList.months).toBe(months);
		expect(o.cashFlows).toBe(o.cashFlows);
	});

	it('JSON, structured clone and spreading read the tables like any other field', () => {
		const s = exampleScenario('salisbury-published');
		const r = appraise(s);
		const json = JSON.parse(JSON.stringify(r)) as { options: Record<string, unknown>[] };
		const cloned = structuredClone(r);
		const spread = { ...(r.options[0] as OptionResult) };
		const eager = appraiseOption(s, s.options[0] as (typeof s.options)[number]);
		for (const k of TABLES) {
			expect(json.options[0]?.[k], k).toEqual(JSON.parse(JSON.stringify(eager[k])));
			expect(cloned.options[0]?.[k], k).toEqual(eager[k]);
			expect(spread[k], k).toEqual(eager[k]);
		}
	});
});
