/**
 * The pathway around the scan (pathway.ts), worked by hand on the minimal scenario (helpers.ts):
 * 390 new referrals a year, flat population, monitoring 30% returning after 3 years, so
 * 0.3 x 390 = 117 monitoring scans and 507 scans asked for each year.
 */
import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { parseScenario } from '../../src/lib/model/parse';
import { fillPathway, newPathwaySeries } from '../../src/lib/model/pathway';
import { fillDemand } from '../../src/lib/model/demand';
import { pathwayTable } from '../../src/lib/model/pathwayTable';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import { rawScenario, scenarioWith, type Raw } from './helpers';
import { demandOf, scenarioArena } from './kernel';

/** The pathway stage alone, with scans delivered and in-house scans given by the test. */
function pathwayOf(s: Scenario, delivered: number[], opts: { hasFls?: boolean; option?: Raw } = {}) {
	const a = scenarioArena(s);
	const hasFls = opts.hasFls ?? false;
	fillDemand(s, a.demand, hasFls);
	const out = newPathwaySeries(s.horizonYears);
	fillPathway(s, { option: opts.option ?? s.options[0]!, hasFls, demand: a.demand, discount: a.discount, delivered: Float64Array.from(delivered), inHouseScans: Float64Array.from(delivered) }, out);
	return pathwayTable(s, out);
}

describe('one indication: today\'s single figures', () => {
	// The FLS's former 20% hip / 30% vertebral at 70% split, for the hand arithmetic below (access helper, #11:
	// the defaults are now clinical vertebral; the method is what is tested here).
	const s = scenarioWith((r) => ((r.horizonYears = 2), (r.fls = { hipShare: 0.2, vertebralShare: 0.3, rrrVertebral: 0.7 })));
	const p = pathwayOf(s, [400, 400]);
	const y0 = p.byYear[0]!;

	it('is one stream, "All referrals", with the demand section\'s figures', () => {
		expect(p.indications.map((i) => i.id)).toEqual(['all']);
		// referred = 390 new + 117 monitoring = 507
		expect(y0.referred).toBeCloseTo(507, 9);
		expect(p.indications[0]!.scansByYear[0]).toBeCloseTo(400, 9);
		// 400 x treatment share 0.4 = 160
		expect(p.indications[0]!.treatmentRecommendedByYear[0]).toBeCloseTo(160, 9);
	});

	it('VFA: 400 x 0.3 = 120 VFA scans, x yield 0.13 = 15.6 fractures found; 15.6 x (1 - 0.4) x 0.9 = 8.424 recommended because of VFA', () => {
		expect(y0.vfaScans).toBeCloseTo(120, 9);
		expect(y0.fracturesFound).toBeCloseTo(15.6, 9);
		expect(y0.fracturesFoundOutsideFls).toBeCloseTo(15.6, 9);
		expect(y0.vfaTreatmentRecommended).toBeCloseTo(8.424, 9);
		// on treatment at 12 months: 8.424 x started 0.8 x adherent 0.8 = 5.39136
		expect(y0.vfaExtraTreated).toBeCloseTo(5.39136, 9);
		// all recommended: 160 + 8.424 = 168.424
		expect(y0.treatmentRecommended).toBeCloseTo(168.424, 9);
	});

	it('averts fractures with the FLS\'s method: extra treated x refracture risk x site share x risk reduction', () => {
		// year 0: 5.39136 x 0.10 = 0.539136 refractures prevented before the site split;
		//   hip 0.539136 x 0.2 x 0.34 = 0.036661248; vertebral x 0.3 x 0.7 = 0.11321856; other x 0.5 x 0.25 = 0.067392
		expect(y0.avertedHip).toBeCloseTo(0.036661248, 12);
		expect(y0.avertedVertebral).toBeCloseTo(0.11321856, 12);
		expect(y0.avertedOther).toBeCloseTo(0.067392, 12);
		// year 1: cohort 0 in its 2nd year (risk 0.08) and cohort 1 in its 1st (0.10): 5.39136 x 0.18 = 0.9704448; hip x 0.068 = 0.0659902464
		expect(p.byYear[1]!.avertedHip).toBeCloseTo(0.0659902464, 12);
		// total averted = (0.539136 + 0.9704448) x (0.068 + 0.21 + 0.125) = 1.5095808 x 0.403 = 0.6083610624
		expect(p.totals.fracturesAverted).toBeCloseTo(0.6083610624, 12);
		// drug costs: 5.39136 x GBP 60 in year 0; 2 x 5.39136 x 60 = 646.9632 in year 1
		expect(p.byYear[1]!.drugCostGbp).toBeCloseTo(646.9632, 9);
		// costs avoided in year 0: 0.036661248 x 14,163 + 0.11321856 x 2,500 + 0.067392 x 1,500 = 519.233... + 283.0464 + 101.088
		expect(y0.costsAvoidedGbp).toBeCloseTo(0.036661248 * 14163 + 283.0464 + 101.088, 9);
	});

	it('onward referrals, one-stop and recall visits, reports and reporting hours', () => {
		// onward 400 x 0.05 = 20, not costed (GBP 0 a referral)
		expect(y0.onwardReferrals).toBeCloseTo(20, 9);
		expect(y0.onwardReferralCostGbp).toBe(0);
		// one-stop 400 x 0.05 = 20; recall = 400 x 0.2 - 20 = 60
		expect(y0.oneStopVisits).toBeCloseTo(20, 9);
		expect(y0.recallVisits).toBeCloseTo(60, 9);
		// reports = 400 in-house scans; 400 x 5 minutes / 60 = 33.333 hours
		expect(y0.reports).toBe(400);
		expect(y0.reportingHours).toBeCloseTo(33.333333333, 8);
	});

	it('keeps the demand section\'s monitoring and VFA scans (today\'s numbers)', () => {
		const d = demandOf(s, false)[0]!;
		expect(d.monitoring).toBeCloseTo(117, 9);
		expect(d.vfaScans).toBeCloseTo(507 * 0.3, 9);
	});
});

describe('referral indications, each with its own figures', () => {
	/**
	 * A: 60% of referrals, VFA 0.5, treatment 0.5, 50% return after 2 years;
	 * B: 40%, no VFA, treatment 0.25, 25% return after 5 years.
	 * Monitoring = 0.5 x 0.6 x 390 + 0.25 x 0.4 x 390 = 117 + 39 = 156; demand 390 + 156 = 546.
	 * Streams: A = 234 + 117 = 351, B = 156 + 39 = 195. VFA share = 0.6 x 0.5 + 0.4 x 0 = 0.3.
	 */
	const s = scenarioWith((r) => {
		r.horizonYears = 1;
		r.pathway = {
			indications: [
				{ id: 'fracture', name: 'Fracture', share: 0.6, vfaShare: 0.5, treatmentShare: 0.5, monitoringReturnShare: 0.5, monitoringIntervalYears: 2 },
				{ id: 'frax', name: 'FRAX triage', share: 0.4, vfaShare: 0, treatmentShare: 0.25, monitoringReturnShare: 0.25, monitoringIntervalYears: 5 }
			]
		};
	});

	it('demand: monitoring 156 and total 546, VFA scans 546 x 0.3 = 163.8', () => {
		const d = demandOf(s, false)[0]!;
		expect(d.monitoring).toBeCloseTo(156, 9);
		expect(d.total).toBeCloseTo(546, 9);
		expect(d.vfaScans).toBeCloseTo(163.8, 9);
	});

	it('splits 546 scans 351 / 195; treatment 175.5 + 48.75 = 224.25; VFA adds 163.8 x 0.13 x (321.75 / 546) x 0.9 = 11.293425', () => {
		const p = pathwayOf(s, [546]);
		expect(p.indications.map((i) => i.scansByYear[0])).toEqual([expect.closeTo(351, 9), expect.closeTo(195, 9)]);
		expect(p.indications.map((i) => i.treatmentRecommendedByYear[0])).toEqual([expect.closeTo(175.5, 9), expect.closeTo(48.75, 9)]);
		const y = p.byYear[0]!;
		// found 163.8 x 0.13 = 21.294; not otherwise recommended: 1 - 224.25 / 546 = 321.75 / 546
		expect(y.fracturesFound).toBeCloseTo(21.294, 9);
		expect(y.vfaTreatmentRecommended).toBeCloseTo(11.293425, 9);
		expect(y.treatmentRecommended).toBeCloseTo(224.25 + 11.293425, 9);
	});

	it('an option\'s VFA share replaces every indication\'s', () => {
		const p = pathwayOf(s, [546], { option: { pathway: { vfaShare: 1 } } });
		expect(p.vfaShare).toBe(1);
		expect(p.byYear[0]!.vfaScans).toBeCloseTo(546, 9);
	});
});

describe('FLS patients are not counted twice', () => {
	/**
	 * 20 hip fractures a year: cohort 5 x 20 = 100, FLS referrals 100 x 0.8 identified x 0.7 needing
	 * DXA = 56 a year, and 0.3 x 56 = 16.8 returning: FLS stream 72.8; others 507. Demand 579.8.
	 * Delivering all 579.8: VFA 579.8 x 0.3 = 173.94, found 22.6122, outside the FLS
	 * 22.6122 x 507 / 579.8 = 19.773 (= 507 x 0.3 x 0.13): only these add treatment.
	 */
	const s = scenarioWith((r) => {
		r.horizonYears = 1;
		r.fls = { hipFracturesPerYear: 20, inBaseline: true };
	});
	it('counts VFA treatment only outside the FLS', () => {
		const p = pathwayOf(s, [579.8], { hasFls: true });
		const y = p.byYear[0]!;
		expect(y.referred).toBeCloseTo(579.8, 9);
		expect(y.flsScans).toBeCloseTo(72.8, 9);
		expect(y.fracturesFound).toBeCloseTo(22.6122, 9);
		expect(y.fracturesFoundOutsideFls).toBeCloseTo(19.773, 9);
		// 19.773 x (1 - 0.4) x 0.9 = 10.67742
		expect(y.vfaTreatmentRecommended).toBeCloseTo(10.67742, 9);
		// FLS stream recommended at the FLS's 0.5: 72.8 x 0.5 = 36.4; others 507 x 0.4 = 202.8
		expect(p.indications.map((i) => i.id)).toEqual(['all', 'fls']);
		expect(y.treatmentRecommended).toBeCloseTo(36.4 + 202.8 + 10.67742, 9);
	});
});

describe('an option that adds VFA to every scan (whole engine)', () => {
	/**
	 * One session a week of 4 hours on 5 days (0.2 sessions a day: 0.2 x 240 = 48 minutes a day),
	 * no QA, no DNAs; operating days 52 x 5 - 8 bank holidays - 4 maintenance = 248.
	 * Business as usual: average slot 0.65 x 20 + 0.3 x 25 + 0.05 x 40 = 22.5 minutes;
	 *   48 / 22.5 = 2.1333 slots a day, 10.667 a session; capacity 248 x 2.1333 = 529.07 > 507 asked for.
	 * VFA on every scan, no one-stop: 25 minutes; 48 / 25 = 1.92 a day, 9.6 a session;
	 *   capacity 248 x 1.92 = 476.16 < 507: fewer scans, yet
	 *   fractures found 476.16 x 1 x 0.13 = 61.9008 against 507 x 0.3 x 0.13 = 19.773.
	 */
	const raw = rawScenario();
	raw.horizonYears = 2;
	raw.scanners = [{ id: 'main', name: 'Main scanner', installedYear: 2020, sessionsPerWeek: 1, sessionHours: 4, qaMinutesPerDay: 0, dnaRate: 0, maintenanceDays: 4 }];
	raw.options.push({ id: 'vfa', name: 'VFA on every scan', pathway: { vfaShare: 1, oneStopShare: 0 } });
	const parsed = parseScenario(raw);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const r = appraise(parsed.scenario);
	const [bau, vfa] = r.options;

	it('books fewer scans a session', () => {
		const slotsPerSession = (o: typeof bau) => o!.capacity[0]!.scanners[0]!.slots / o!.capacity[0]!.scanners[0]!.sessions;
		expect(slotsPerSession(bau)).toBeCloseTo(10.6666667, 6);
		expect(slotsPerSession(vfa)).toBeCloseTo(9.6, 9);
		expect(vfa!.capacity[0]!.capacity).toBeCloseTo(476.16, 9);
		expect(bau!.capacity[0]!.capacity).toBeCloseTo(529.0666667, 6);
	});

	it('scans fewer patients but finds and treats more fractures', () => {
		expect(bau!.pathway.byYear[0]!.scanned).toBeCloseTo(507, 6);
		expect(vfa!.pathway.byYear[0]!.scanned).toBeCloseTo(476.16, 6);
		expect(bau!.pathway.byYear[0]!.fracturesFound).toBeCloseTo(19.773, 6);
		expect(vfa!.pathway.byYear[0]!.fracturesFound).toBeCloseTo(61.9008, 6);
		// recommended because of VFA: 61.9008 x 0.6 x 0.9 = 33.426432 against 19.773 x 0.54 = 10.67742
		expect(vfa!.pathway.byYear[0]!.vfaTreatmentRecommended).toBeCloseTo(33.426432, 6);
		expect(bau!.pathway.byYear[0]!.vfaTreatmentRecommended).toBeCloseTo(10.67742, 6);
		expect(vfa!.pathway.totals.fracturesAverted).toBeGreaterThan(bau!.pathway.totals.fracturesAverted);
		// no one-stop clinic under the option: every assessment is a recall, 476.16 x 0.2 = 95.232
		expect(vfa!.pathway.byYear[0]!.recallVisits).toBeCloseTo(95.232, 6);
	});

	it('leaves the appraisal\'s benefits alone unless the scenario counts them', () => {
		expect(vfa!.pathway.countedInAppraisal).toBe(false);
		expect(vfa!.summary.fracturesAverted).toBe(0);
		expect(vfa!.summary.pvBenefitsGbp).toBe(0);
	});
});

describe('counting the VFA benefits in the appraisal', () => {
	const base = scenarioWith((r) => {
		r.horizonYears = 2;
		r.pathway = { onwardReferralCostGbp: 100 };
	});
	const counted = scenarioWith((r) => {
		r.horizonYears = 2;
		r.pathway = { onwardReferralCostGbp: 100, countVfaBenefits: true };
	});
	const b = appraise(base).options[0]!;
	const c = appraise(counted).options[0]!;
	it('adds the averted fractures, their PV costs avoided and QALYs, and the drug costs to revenue', () => {
		expect(c.summary.fracturesAverted).toBeCloseTo(c.pathway.totals.fracturesAverted, 12);
		expect(c.summary.pvBenefitsGbp).toBeCloseTo(c.pathway.pvCostsAvoidedGbp, 9);
		expect(c.summary.discountedQalys).toBeCloseTo(c.pathway.discountedQalys, 12);
		// 'other' revenue: onward referrals (507 x 0.05 x GBP 100 = 2,535 in each year, costed in both) plus the drugs when counted
		expect(b.cashFlows[0]!.revenue.other!).toBeCloseTo(2535, 6);
		expect(c.cashFlows[1]!.revenue.other! - b.cashFlows[1]!.revenue.other!).toBeCloseTo(c.pathway.byYear[1]!.drugCostGbp, 6);
		// drugs in year 1: 2 cohorts x (507 x 0.3 x 0.13 x 0.6 x 0.9 x 0.64) x GBP 60
		expect(c.pathway.byYear[1]!.drugCostGbp).toBeCloseTo(2 * 507 * 0.3 * 0.13 * 0.6 * 0.9 * 0.64 * 60, 6);
	});
});

describe('checks', () => {
	it('names shares that do not add up to 1', () => {
		const raw = rawScenario();
		raw.pathway = { indications: [{ id: 'a', name: 'A', share: 0.5, vfaShare: 0, treatmentShare: 0, monitoringReturnShare: 0, monitoringIntervalYears: 2 }] };
		const r = parseScenario(raw);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(JSON.stringify(r.errors)).toContain('add up to 1, got 0.5');
	});
	it('refuses an option booking more than every scan as VFA or one-stop', () => {
		const raw = rawScenario();
		raw.options[0].pathway = { vfaShare: 1 };
		const r = parseScenario(raw);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(JSON.stringify(r.errors)).toContain('1 + 0.05');
	});
});
