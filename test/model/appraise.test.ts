import { describe, expect, it } from 'vitest';
import { appraise, weightedScore } from '../../src/lib/model/appraise';
import { scenarioWith, type Raw } from './helpers';

const twoOptions = (r: Raw) => {
	r.options.push({ id: 'more', name: 'More sessions', scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 12 }], scores: { access: 8, quality: 6, deliverability: 5 } });
	r.options[0].scores = { access: 3, quality: 4, deliverability: 9, strategicFit: 2 };
};

describe('weightedScore', () => {
	it('is sum(weight x score) / sum(weight) over the default criteria (30, 30, 25, 15)', () => {
		const s = scenarioWith(twoOptions);
		// (30 x 3 + 30 x 4 + 25 x 9 + 15 x 2) / 100 = (90 + 120 + 225 + 30) / 100 = 4.65
		expect(weightedScore(s, s.options[0]!)).toBeCloseTo(4.65, 12);
		// Unscored strategic fit counts 0: (240 + 180 + 125) / 100 = 5.45
		expect(weightedScore(s, s.options[1]!)).toBeCloseTo(5.45, 12);
	});

	it('is 0 when every weight is 0', () => {
		const s = scenarioWith((r) => ((r.appraisal = { criteria: [{ id: 'x', name: 'X', weight: 0 }] }), (r.options[0].scores = { x: 10 })));
		expect(weightedScore(s, s.options[0]!)).toBe(0);
	});
});

describe('appraise', () => {
	const s = scenarioWith(twoOptions);
	const a = appraise(s);
	const [bau, more] = a.options;

	it('measures every option against business as usual', () => {
		expect(bau!.summary.incrementalNpcVsBauGbp).toBe(0);
		expect(more!.summary.incrementalNpcVsBauGbp).toBeCloseTo(more!.summary.netPresentCostGbp - bau!.summary.netPresentCostGbp, 6);
		expect(more!.summary.incrementalNpcVsBauGbp).toBeGreaterThan(0); // more sessions cost more staff
	});

	it('sums discounted flows into the net present cost and divides by the annuity factor for the EAC', () => {
		const npc = bau!.cashFlows.reduce((t, f) => t + f.total / Math.pow(1.035, f.yearIndex), 0);
		expect(bau!.summary.netPresentCostGbp).toBeCloseTo(npc, 4);
		// Annuity factor over 10 years at 3.5%: (1 - 1.035^-10) / (1 - 1/1.035) = 8.607687
		expect(bau!.summary.equivalentAnnualCostGbp).toBeCloseTo(npc / ((1 - Math.pow(1.035, -10)) / (1 - 1 / 1.035)), 4);
		// With no FLS there are no benefits: NPV = NPSV = -NPC
		expect(bau!.summary.netPresentSocialValueGbp).toBeCloseTo(-npc, 4);
	});

	it('ranks and explains the preferred option', () => {
		// 390 + 117 = 507 scans a year of demand against 4,715 of capacity: both options meet demand,
		// so the cheaper (business as usual) ranks first.
		expect(a.ranking.map((r) => r.optionId)).toEqual(['bau', 'more']);
		expect(a.preferredOptionId).toBe('bau');
		expect(bau!.summary.rank).toBe(1);
		expect(more!.summary.rank).toBe(2);
		expect(a.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
	});

	it('raises capacity under the option: 12 sessions a week', () => {
		// (12 / 5 x 240 - 15) = 561 min a day; 561 / 22.5 x 248 x 0.92 = 5,688.79
		expect(more!.capacity[0]!.capacity).toBeCloseTo(5688.789, 3);
		expect(bau!.capacity[0]!.capacity).toBeCloseTo(4715.307, 3);
	});

	it('flags an option without an exposure justifier', () => {
		const t = appraise(scenarioWith((r) => (r.staffing = { fixedStaff: [] })));
		expect(t.options[0]!.flags[0]).toMatch(/IRMER practitioner/);
		expect(t.warnings[0]).toMatch(/^Business as usual: No staffed role is an IRMER practitioner/);
	});

	it('warns at scenario level, once, when no option meets demand', () => {
		// 100,000 waiting against at most 5,689 scans a year of capacity: neither option clears it in 10 years.
		const t = appraise(scenarioWith((r) => (twoOptions(r), (r.demand = { startingBacklog: 100_000 }))));
		expect(t.options.every((o) => !o.summary.meetsDemand)).toBe(true);
		expect(t.warnings[0]).toBe('No option brings the estimated wait within the 6-week standard by the end of the horizon.');
		expect(t.warnings.filter((w) => w.startsWith('No option')).length).toBe(1);
	});
});

describe('appraise: never Infinity from vanishing quantities', () => {
	it('gives no cost per scan or return per pound, rather than Infinity, when volumes or costs underflow', () => {
		// 1e-310 outsourced scans a year and no scanner: NPC / PV scans would be ~1e5 / 1e-310 = Infinity.
		const s = scenarioWith((r) => {
			r.scanners = [];
			r.options.push({ id: 'tiny', name: 'Tiny contract', outsourcing: { scansPerYear: 1e-310, costPerScanGbp: 60 } });
			r.fls = { inBaseline: true, hipFracturesPerYear: 1, otherCostsPerYearGbp: 0, drugCostPerTreatedPerYearGbp: 0, caseloadPerCoordinatorWte: 5000 };
			r.staffing = { roles: [{ id: 'flsCoordinator', name: 'Coordinator', annualSalaryGbp: 1e-320 }, { id: 'reporter', name: 'Reporter', annualSalaryGbp: 50000 }], fixedStaff: [] };
		});
		const tiny = appraise(s).options[1]!;
		expect(tiny.summary.costPerScanGbp).toBeNull();
		expect(tiny.waitingList.months.every((m) => m.estimatedWaitWeeks === null || Number.isFinite(m.estimatedWaitWeeks))).toBe(true);
		expect(tiny.fls!.returnPerPound === null || Number.isFinite(tiny.fls!.returnPerPound)).toBe(true);
	});
});
