import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/lib/setup/entry';
import { splitTotal, bandTotal } from '../../src/lib/setup/population';
import { ENGLAND, REGION_PROJECTIONS, annualRate, regionGrowth } from '../../src/lib/setup/growth';
import { applyCatchment, applyService, applyOptions } from '../../src/lib/setup/apply';
import { blankScenario } from '../../src/lib/state/blank';
import { parseScenario, appraise, type ScenarioInput } from '../../src/lib/model';

describe('a number or an = formula', () => {
	it.each([
		['205000', 205000],
		['205,000', 205000],
		['=120000 + 85000', 205000],
		['= 2 * 1000', 2000]
	])('%s is %d', (text, value) => {
		expect(readEntry(text)).toMatchObject({ ok: true, value });
	});

	it('evaluates names the scope gives', () => {
		// 46,000 people aged 50+ x 3.1 / 1,000 = 142.6 hip fractures
		expect(readEntry('=population50Plus * 3.1 / 1000', { population50Plus: 46000 })).toEqual({ ok: true, value: 142.6, formula: 'population50Plus * 3.1 / 1000' });
	});

	it.each([
		['', 'enter a number, or a formula starting with ='],
		['12k', '"12k" is not a number (a formula starts with =)'],
		['=foo + 1', expect.stringMatching(/^formula "foo \+ 1": /)]
	])('refuses %s', (text, message) => {
		expect(readEntry(text)).toEqual({ ok: false, message });
	});
});

describe('splitting a total into the five bands', () => {
	it('gives whole people that add up to the total (largest remainder)', () => {
		// 100,001 at 60/20/10/7/3%: 60,000.6, 20,000.2, 10,000.1, 7,000.07, 3,000.03 -> floors sum to 100,000;
		// the one left goes to the largest remainder (0.6, under 50).
		const b = splitTotal(100001, { under50: 0.6, age50to64: 0.2, age65to74: 0.1, age75to84: 0.07, age85plus: 0.03 });
		expect(b).toEqual({ under50: 60001, age50to64: 20000, age65to74: 10000, age75to84: 7000, age85plus: 3000 });
		expect(bandTotal(b)).toBe(100001);
	});

	it('scales shares that do not add to 1 (percentages)', () => {
		expect(splitTotal(1000, { under50: 60, age50to64: 20, age65to74: 10, age75to84: 7, age85plus: 3 })).toEqual({ under50: 600, age50to64: 200, age65to74: 100, age75to84: 70, age85plus: 30 });
	});
});

describe('older-population growth from the ONS projections (Ready for Ageing? tables)', () => {
	it('East Midlands 65+: 978.1 -> 1,214.6 thousand over 2020-2030 is 2.19% a year; 85+ 139.8 -> 213.5 is 4.32%', () => {
		const em = REGION_PROJECTIONS.find((r) => r.id === 'eastMidlands')!;
		expect(annualRate(em.over65)).toBeCloseTo(Math.pow(1214.6 / 978.1, 0.1) - 1, 12);
		expect(regionGrowth(em)).toEqual({ age65to74: 0.022, age75to84: 0.022, age85plus: 0.043 });
	});

	it('England is the sum of the nine regions: 65+ 10,581.9 thousand in 2020', () => {
		// 542.8 + 1,394.4 + 1,052.0 + 978.1 + 1,137.8 + 1,290.8 + 1,047.6 + 1,850.1 + 1,288.3 = 10,581.9
		expect(ENGLAND.over65[0]).toBeCloseTo(10581.9, 6);
	});
});


describe('the guided setup builds a valid scenario from a blank one', () => {
	const blank = blankScenario(new Date(2026, 5, 1));
	const bands = { under50: 140000, age50to64: 40000, age65to74: 20000, age75to84: 12000, age85plus: 4000 };
	const afterCatchment = applyCatchment(blank, { name: 'Northshire DXA', organisation: 'Northshire Hospitals', localityName: 'Northshire', population: bands, populationNote: 'typed', growthRegion: 'eastMidlands' });
	const afterService = applyService(afterCatchment, { scanners: 2, sessionsPerWeek: 9, dnaRate: 0.06, installedYear: 2019, waiting: 900 });
	const done = applyOptions(afterService, { extraSessions: 2, secondScanner: true, mobileUnit: true, outsourcedScans: 500, fls: { hipFractures: { formula: 'population50Plus * 3.1 / 1000' } } }, 2026);

	it('leaves the blank untouched', () => {
		expect(blank.name).toBe('New scenario');
	});

	it('is valid, with the East Midlands growth and its source on the older bands', () => {
		const p = parseScenario(done);
		if (!p.ok) throw new Error(JSON.stringify(p.errors));
		const l = p.scenario.catchment.localities[0]!;
		expect(l.population).toEqual(bands);
		expect(l.growth.age85plus).toBe(0.043);
		expect(l.growth.under50).toBe(0); // schema placeholder kept
		expect(p.scenario.rationale['catchment.localities[0].growth.age85plus']).toMatch(/^East Midlands: ONS subnational population projections/);
	});

	it('has two scanners at 9 sessions, a list of 900 and five options besides business as usual', () => {
		const p = parseScenario(done);
		if (!p.ok) throw new Error('invalid');
		expect(p.scenario.scanners.map((s) => [s.id, s.sessionsPerWeek, s.dnaRate])).toEqual([['scanner1', 9, 0.06], ['scanner2', 9, 0.06]]);
		expect(p.scenario.demand.startingBacklog).toBe(900);
		expect(p.scenario.options.map((o) => o.id)).toEqual(['bau', 'extraSessions', 'secondScanner', 'mobileUnit', 'outsource', 'fls']);
		// extended hours: 9 + 2 = 11 sessions on the first scanner
		expect(p.scenario.options[1]!.scannerChanges[0]!.sessionsPerWeek).toBe(11);
		// the FLS formula: 76,000 aged 50+ x 3.1 / 1,000 = 235.6 hip fractures
		expect(p.scenario.fls.hipFracturesPerYear).toBeCloseTo(235.6, 9);
		expect(appraise(p.scenario).options).toHaveLength(6);
	});

	it('the blank itself parses (so the setup can start from it)', () => {
		expect(parseScenario(blank as ScenarioInput).ok).toBe(true);
	});
});
