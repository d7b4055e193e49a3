import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { flsCoverage, startIndex } from '../../src/lib/model/effective';
import { parseScenario } from '../../src/lib/model/parse';
import { scenarioWith } from './helpers';

/**
 * Phasing (issue #11): every option change has a start year, the FLS a coverage ramp.
 * The scenario is helpers.ts's: one town of 390 new referrals a year, one static scanner installed
 * in 2020 on the schema's defaults, a horizon of three years (2026, 2027, 2028).
 *
 * The scanner's capacity by hand: 5 days a week, 8 bank holidays x min(1, 5/5) + 4 maintenance days
 * = 12 days lost, 52 x 5 - 12 = 248 operating days; the average slot is (1 - 0.3 - 0.05) x 20 +
 * 0.3 x 25 + 0.05 x 40 = 22.5 minutes; 10 sessions a week is 2 a day, 2 x 4 h x 60 - 15 min QA =
 * 465 minutes a day, 465 / 22.5 = 20.6667 slots a day, x 248 = 5,125.33 slots, x (1 - 0.08 DNA) =
 * 4,715.31 scans. At 15 sessions a week: 3 x 240 - 15 = 705 minutes, 31.3333 slots a day, x 248 =
 * 7,770.67 slots, x 0.92 = 7,149.01 scans.
 */
const BASE = ((2 * 4 * 60 - 15) / 22.5) * 248 * 0.92;
const MORE = ((3 * 4 * 60 - 15) / 22.5) * 248 * 0.92;

const three = (edit: (r: Record<string, any>) => void) => // eslint-disable-line @typescript-eslint/no-explicit-any
	scenarioWith((r) => {
		r.horizonYears = 3;
		edit(r);
	});
const option = (s: ReturnType<typeof three>, id: string) => {
	const o = appraise(s).options.find((x) => x.id === id);
	if (!o) throw new Error(`no option ${id}`);
	return o;
};

describe('start years as year indices', () => {
	it('counts a calendar year from the first year of the appraisal, clamped to the horizon', () => {
		const s = { startYear: 2026, horizonYears: 3 };
		// Left out or before 2026: from the start; 2028 is year index 2; 2030 is after the horizon: never.
		expect([undefined, 2020, 2026, 2028, 2030].map((y) => startIndex(s, y))).toEqual([0, 0, 0, 2, 3]);
	});

	it('gives an FLS ramp its shares from the start year, the last one held', () => {
		// From year index 1 with ramp [0.5, 0.8, 1] over five years: 0, 0.5, 0.8, 1, 1.
		expect(Array.from(flsCoverage(5, 1, [0.5, 0.8, 1]))).toEqual([0, 0.5, 0.8, 1, 1]);
	});
});

describe('scanner changes, added and removed scanners by year', () => {
	it('runs a scanner change from its start year: 10 sessions in 2026-27, 15 from 2028', () => {
		const s = three((r) => {
			r.options.push({ id: 'later', name: 'More sessions from 2028', scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 15, startYear: 2028 }] });
		});
		const o = option(s, 'later');
		expect(o.capacity.map((c) => c.capacity)).toEqual([BASE, BASE, MORE].map((v) => expect.closeTo(v, 6)));
		expect(o.capacity[0]!.capacity).toBeCloseTo(4715.31, 2);
		expect(o.capacity[2]!.capacity).toBeCloseTo(7149.01, 2);
		// Operator hours follow the rota: 10 x 52 x 4 h = 2,080 h (2,080 / 1,950 x 1.2 = 1.28 funded WTE), then 15 x 52 x 4 = 3,120 h (1.92 WTE).
		const operator = (y: number) => o.staffing.byYear[y]!.roles.find((x) => x.roleId === 'dxaOperator')!;
		expect([0, 1, 2].map((y) => operator(y).hours)).toEqual([2080, 2080, 3120].map((v) => expect.closeTo(v, 9)));
		expect(operator(0).fundedWte).toBeCloseTo(1.28, 12);
		expect(operator(2).fundedWte).toBeCloseTo(1.92, 12);
	});

	it('leaves a scanner added in year 3 without capacity or cost in years 1-2, then installs it', () => {
		const s = three((r) => {
			r.options.push({ id: 'added', name: 'A second scanner from 2028', addScanners: [{ id: 'second', name: 'Second scanner', installedYear: 2028 }] });
		});
		const o = option(s, 'added');
		const second = o.capacity.map((c) => c.scanners.find((x) => x.scannerId === 'second')!.capacity);
		// Installed in 2028: 2 commissioning weeks x 5 days = 10 more days lost, 248 - 10 = 238 days,
		// 20.6667 x 238 = 4,918.67 slots, x 0.92 = 4,525.17 scans.
		expect(second[0]).toBe(0);
		expect(second[1]).toBe(0);
		expect(second[2]).toBeCloseTo(((2 * 4 * 60 - 15) / 22.5) * 238 * 0.92, 6);
		expect(second[2]).toBeCloseTo(4525.17, 2);
		// Capital only in 2028: scanner 214,000 + installation 20,000 + IT 10,000 + room works 30,000 = 274,000
		// (the baseline scanner of 2020 is not replaced until 2030, after the horizon).
		expect(o.cashFlows.map((f) => f.capitalTotal)).toEqual([0, 0, 274000]);
		// Its estates cost (15,000 a year) only in 2028; maintenance waits for the one-year warranty.
		const bau = option(s, 'bau');
		expect(o.cashFlows.map((f, y) => f.revenue.estates! - bau.cashFlows[y]!.revenue.estates!)).toEqual([0, 0, 15000]);
		expect(o.cashFlows.map((f, y) => f.revenue.maintenance! - bau.cashFlows[y]!.revenue.maintenance!)).toEqual([0, 0, 0]);
	});

	it('runs a scanner the option removes from 2028 in 2026 and 2027 only', () => {
		const s = three((r) => {
			r.options.push({
				id: 'swap',
				name: 'A new scanner in 2027, the old one out in 2028',
				addScanners: [{ id: 'new', name: 'New scanner', installedYear: 2027 }],
				removeScannerIds: ['main'],
				removeScannerYears: { main: 2028 }
			});
		});
		const o = option(s, 'swap');
		const main = o.capacity.map((c) => c.scanners.find((x) => x.scannerId === 'main')!.capacity);
		expect(main).toEqual([BASE, BASE, 0].map((v) => expect.closeTo(v, 6)));
		// Its estates cost stops with it: 15,000 (main) in 2026; 15,000 + 15,000 (new) in 2027; 15,000 (new) in 2028.
		expect(o.cashFlows.map((f) => f.revenue.estates)).toEqual([15000, 30000, 15000]);
	});

	it('adds fixed staff hours from their start year', () => {
		const s = three((r) => {
			r.options.push({ id: 'reception', name: 'More reception from 2027', fixedStaffChanges: [{ roleId: 'receptionist', extraHoursPerWeek: 10, startYear: 2027 }] });
		});
		const o = option(s, 'reception');
		// Receptionist: 0.5 per session x 10 sessions x 4 h x 52 = 1,040 h; from 2027 also 10 h x 52 = 520 h.
		const hours = o.staffing.byYear.map((y) => y.roles.find((x) => x.roleId === 'receptionist')!.hours);
		expect(hours).toEqual([1040, 1560, 1560].map((v) => expect.closeTo(v, 9)));
	});
});

describe('a travel change follows the opening of its site', () => {
	const s = three((r) => {
		r.catchment.localities[0].returnTravelMiles = 40;
		r.catchment.localities[0].travelMinutes = 80;
		const site = { id: 'near', name: 'Scanner in town', installedYear: 2027 };
		const change = { localityId: 'town', returnTravelMiles: 10, travelMinutes: 20, shareOfPatients: 1 };
		r.options.push({ id: 'tied', name: 'Tied to its site', addScanners: [site], travel: [{ ...change, siteScannerId: 'near' }] });
		r.options.push({ id: 'untied', name: 'Not tied (as before phasing)', addScanners: [site], travel: [change] });
	});
	const tied = option(s, 'tied');
	const untied = option(s, 'untied');
	const bau = option(s, 'bau');

	it('leaves 2026 travel and uptake at today\'s, before the site opens in 2027', () => {
		// 2026: every scan delivered is a 40-mile return journey, and referrals are today's 390.
		expect(tied.demand[0]!.newReferrals).toBe(bau.demand[0]!.newReferrals);
		expect(tied.demand[0]!.newReferrals).toBeCloseTo(390, 9);
		expect(tied.access.byYear[0]!.returnMiles).toBeCloseTo(tied.capacity[0]!.delivered * 40, 6);
		expect(tied.access.byYear[0]!.within30Share).toBe(0);
		// Untied, the change already ran in 2026: 10-mile journeys and a higher uptake (today's bug).
		expect(untied.access.byYear[0]!.returnMiles).toBeCloseTo(untied.capacity[0]!.delivered * 10, 6);
		expect(untied.demand[0]!.newReferrals).toBeGreaterThan(390);
	});

	it('from 2027 runs as the untied change does', () => {
		for (const y of [1, 2]) {
			expect(tied.demand[y]!.newReferrals).toBeCloseTo(untied.demand[y]!.newReferrals, 9);
			expect(tied.access.byYear[y]!.returnMiles).toBeCloseTo(tied.capacity[y]!.delivered * 10, 6);
		}
		// One-way 10 minutes is within 30: every journey from 2027.
		expect(tied.access.byYear[1]!.within30Share).toBe(1);
	});

	it('rejects a site that is not one of the option\'s scanners', () => {
		const r = parseScenario({
			...JSON.parse(JSON.stringify(s)),
			options: [s.options[0], { id: 'bad', name: 'Bad', travel: [{ localityId: 'town', returnTravelMiles: 10, travelMinutes: 20, siteScannerId: 'nowhere' }] }]
		});
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.map((e) => e.message).join('\n')).toContain('the site "nowhere" must be a scanner this option adds or changes');
	});
});

describe('an FLS coverage ramp', () => {
	/**
	 * 100 hip fractures a year: cohort 5 x 100 = 500, identified 0.8 x 500 = 400 at full coverage,
	 * 0.7 of them scanned: 280 FLS referrals. No monitoring returns. The scanner's 4,715 scans a year
	 * see every referral in time. Site split 20% hip, 30% vertebral at a 70% reduction (round numbers).
	 * Extra treated per fracture (0.8 x 0.9 x 0.5 x 0.8 - 0.193) x 0.8 = 0.076; at full coverage
	 * 500 x 0.076 = 38 a year.
	 */
	const s = three((r) => {
		r.demand = { monitoringReturnShare: 0 };
		r.fls = { hipFracturesPerYear: 100, hipShare: 0.2, vertebralShare: 0.3, rrrVertebral: 0.7 };
		r.options.push({ id: 'full', name: 'FLS at full coverage', addFls: true });
		r.options.push({ id: 'ramp', name: 'FLS ramping up', addFls: true, fls: { ramp: [0.5, 0.8, 1] } });
		r.options.push({ id: 'late', name: 'FLS from 2027', addFls: true, fls: { startYear: 2027, ramp: [0.5, 1] } });
	});
	const full = option(s, 'full').fls!;
	const ramp = option(s, 'ramp');

	it('treats 50%, 80% and 100% of the caseload in its first three years', () => {
		const f = ramp.fls!;
		expect(f.byYear.map((y) => y.identified)).toEqual([200, 320, 400].map((v) => expect.closeTo(v, 9)));
		expect(f.byYear.map((y) => y.extraTreated)).toEqual([19, 30.4, 38].map((v) => expect.closeTo(v, 9)));
		// FLS referrals to the DXA service: 280 x 0.5 = 140, 280 x 0.8 = 224, then 280.
		expect(ramp.demand.map((d) => d.flsReferrals)).toEqual([140, 224, 280].map((v) => expect.closeTo(v, 9)));
		expect(ramp.demand.map((d) => d.total)).toEqual([530, 614, 670].map((v) => expect.closeTo(v, 9)));
	});

	it('averts fractures in proportion, year by year (2027 worked by hand)', () => {
		const f = ramp.fls!;
		// 2026: only 2026's 19 extra treated, in their first year (risk 0.10): hip 19 x 0.1 x 0.2 x 0.34 = 0.1292, half full coverage's 0.2584.
		expect(f.byYear[0]!.avertedHip).toBeCloseTo(0.1292, 12);
		expect(f.byYear[0]!.avertedHip).toBeCloseTo(full.byYear[0]!.avertedHip / 2, 12);
		// 2027: 2026's 19 in their second year (risk 0.18 - 0.10 = 0.08) and 2027's 30.4 in their first:
		// hip (19 x 0.08 + 30.4 x 0.1) x 0.2 x 0.34 = 4.56 x 0.068 = 0.31008;
		// vertebral 4.56 x 0.3 x 0.7 = 0.95760; other 4.56 x 0.5 x 0.25 = 0.57.
		expect(f.byYear[1]!.avertedHip).toBeCloseTo(0.31008, 12);
		expect(f.byYear[1]!.avertedVertebral).toBeCloseTo(0.9576, 12);
		expect(f.byYear[1]!.avertedOther).toBeCloseTo(0.57, 12);
		// Full coverage in 2027: (38 x 0.08 + 38 x 0.1) x 0.068 = 6.84 x 0.068 = 0.46512.
		expect(full.byYear[1]!.avertedHip).toBeCloseTo(0.46512, 12);
	});

	it('costs nothing before a later FLS starts, then runs its ramp', () => {
		const late = option(s, 'late');
		const f = late.fls!;
		expect(f.byYear.map((y) => y.identified)).toEqual([0, 200, 400].map((v) => expect.closeTo(v, 9)));
		expect(late.demand.map((d) => d.flsReferrals)).toEqual([0, 140, 280].map((v) => expect.closeTo(v, 9)));
		expect(f.byYear[0]!.flsCostGbp).toBe(0);
		expect(f.byYear[0]!.avertedHip).toBe(0);
		// 2027: coordinator 200 / 600 caseload = 0.3333 base WTE x 1.2 = 0.4 funded, x 38,682 x 1.27 = 19,650.46;
		// other FLS costs 10,000; drugs 19 extra treated x 60 = 1,140: 30,790.46.
		expect(f.byYear[1]!.coordinatorWte).toBeCloseTo(0.4, 12);
		expect(f.byYear[1]!.flsCostGbp).toBeCloseTo(0.4 * 38682 * 1.27 + 10000 + 19 * 60, 6);
		expect(f.byYear[1]!.flsCostGbp).toBeCloseTo(30790.46, 2);
	});
});
