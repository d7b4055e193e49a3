import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../../src/lib/export/workbook';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { accessSeries } from '../../src/lib/charts/series';
import { METRICS } from '../../src/routes/workspace/options/metrics';
import { readBook, sheet, num, rowsWhere, value } from './sheetRead';
import { exampleModels } from './models';

/**
 * The access results where users read them: the workbook's Patient access sheet, the business
 * case's section 5.6, the dashboard chart's series and the comparison's rows, on the rural example
 * (Westdale 78 miles / 150 minutes return today; the mobile option moves 80% of its patients to
 * 16 miles / 45 minutes once the unit opens in 2027: its travel changes follow the unit (phasing),
 * so in 2026 every journey is today's).
 */
const rural = exampleModels().find((m) => m.slug === 'rural-mobile')!;
const bau = rural.result.options.find((o) => o.id === 'bau')!;
const mobile = rural.result.options.find((o) => o.id === 'mobile')!;
const west = (o: typeof bau) => o.access.byLocality.find((l) => l.localityId === 'westdale')!;
/** Westdale's journeys in 2026 (today's, before the unit opens) and from 2027 (the option's). */
const first = (o: typeof bau) => west(o).journeysByYear[0]!;
const later = (o: typeof bau) => west(o).journeys - first(o);

describe('patient access in the outputs', () => {
	it('the engine: Westdale travels 2.5 h a journey today and 1.1 h on the mobile option once the unit opens in 2027', () => {
		// Today: 150 minutes = 2.5 h a journey; 75 minutes one way, so none within 60 minutes.
		expect(west(bau).returnHours).toBeCloseTo(2.5 * west(bau).journeys, 6);
		expect(west(bau).within60Share).toBe(0);
		// Mobile, from 2027: (0.2 x 150 + 0.8 x 45) / 60 = 66 / 60 = 1.1 h a journey; the 80% moved are
		// 22.5 minutes one way. In 2026, before the unit opens, 2.5 h as today.
		expect(first(mobile)).toBeGreaterThan(0);
		expect(west(mobile).returnHours).toBeCloseTo(2.5 * first(mobile) + 1.1 * later(mobile), 6);
		expect(west(mobile).within30Share).toBeCloseTo((0.8 * later(mobile)) / west(mobile).journeys, 12);
		// Miles: 78 a journey in 2026, then 0.2 x 78 + 0.8 x 16 = 28.4.
		expect(west(mobile).returnMiles).toBeCloseTo(78 * first(mobile) + 28.4 * later(mobile), 6);
	});

	it('the workbook has a Patient access sheet with the cost as a formula on the Inputs sheet', () => {
		const wb = readBook(writeWorkbook({ scenario: rural.scenario, result: rural.result, input: rural.input, formulas: rural.formulas, date: '2026-03-01' }));
		const ws = sheet(wb, 'Patient access');
		const [r] = rowsWhere(ws, { 0: mobile.name, 1: west(mobile).name });
		expect(num(ws, r!, 2)).toBeCloseTo(west(mobile).journeys, 9);
		const hours = 2.5 * first(mobile) + 1.1 * later(mobile);
		const miles = 78 * first(mobile) + 28.4 * later(mobile);
		expect(num(ws, r!, 4)).toBeCloseTo(hours, 6);
		// Cost = miles x 0.45 + hours x 10.
		expect(num(ws, r!, 5)).toBeCloseTo(miles * 0.45 + hours * 10, 4);
		const f = ws[`F${r! + 1}`]?.f as string;
		expect(f).toMatch(/^D\d+\*'?Inputs'?!\$D\$\d+\+E\d+\*'?Inputs'?!\$D\$\d+$/);
		expect(num(ws, r!, 6)).toBeCloseTo((0.8 * later(mobile)) / west(mobile).journeys, 12);
		const [total] = rowsWhere(ws, { 0: mobile.name, 1: 'All localities' });
		expect(ws[`C${total! + 1}`]?.f).toMatch(/^SUM\(C\d+:C\d+\)$/);
		expect(num(ws, total!, 3)).toBeCloseTo(mobile.access.totals.returnMiles, 6);
		expect(value(ws, 3, 6)).toBe('Within 30 minutes');
	});

	it('the business case has section 5.6 with Westdale by option', () => {
		const md = renderMarkdown(buildBusinessCase({ scenario: rural.scenario, result: rural.result, input: rural.input, formulas: rural.formulas, date: '2026-03-01' }));
		expect(md).toContain('5.6 Patient access');
		const row = md.slice(md.indexOf('5.6 Patient access')).split('\n').find((l) => l.startsWith(`| ${west(bau).name} |`));
		expect(row).toBeDefined();
		// Business as usual: 0% of Westdale's journeys within 60 minutes (75 minutes one way); the
		// preferred option (leased mobile day: 70% of Westdale moved to 45 minutes return from 2027,
		// when the leased unit opens) 0.7 x journeys from 2027 / all journeys:
		// 0.7 x (6,940.20 - 673.62) / 6,940.20 = 63%.
		expect(rural.result.preferredOptionId).toBe('hybrid');
		const hybrid = rural.result.options.find((o) => o.id === 'hybrid')!;
		expect((0.7 * later(hybrid)) / west(hybrid).journeys).toBeCloseTo(0.632, 3);
		expect(row).toMatch(/\| 0% \| [\d,]+ \| 63% \|$/);
	});

	it('the chart and the comparison read the engine figures', () => {
		const series = accessSeries(rural.result);
		expect(series.localities.map((l) => l.localityId)).toEqual(['castlebridge', 'northmoor', 'westdale', 'eastham', 'southfield']);
		const m = series.options.find((o) => o.optionId === 'mobile')!;
		expect(m.localities[2]!.returnHours).toBe(west(mobile).returnHours);
		const within30 = METRICS.find((x) => x.label === 'Journeys within 30 minutes')!;
		expect(within30.value(mobile, rural.result)).toBe(`${Math.round(mobile.access.totals.within30Share * 100)}%`);
	});
});
