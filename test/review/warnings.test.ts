import { describe, expect, it } from 'vitest';
import { reviewWarnings } from '../../src/lib/review/warnings';
import { appraise } from '../../src/lib/model';
import { rawScenario, scenarioFrom, type Raw } from '../model/helpers';

function warn(edit: (r: Raw) => void = () => {}) {
	const raw = rawScenario();
	edit(raw);
	const s = scenarioFrom(raw);
	return reviewWarnings(s, appraise(s));
}

// Reference scenario: 138,000 people, 390 new referrals (2.83 per 1,000), one scanner (7.2 per million).
// Its capacity: 52 x 5 - 8 bank holidays - 4 maintenance = 248 days; 2 sessions x 4 h x 60 - 15 min QA = 465 min a day;
// average slot 0.65 x 20 + 0.3 x 25 + 0.05 x 40 = 22.5 min, so 20.67 slots a day, 5,125.3 a year, x 0.92 attendance = 4,715.3.
// Demand 390 + 0.3 x 390 monitoring = 507: 10.8% of capacity.
describe('review warnings', () => {
	it('flag scanner use under 50% of capacity in the reference scenario, and nothing else', () => {
		const w = warn();
		expect(w.map((x) => x.id)).toEqual(['lowUse']);
		expect(w[0]!.message).toBe("Demand in 2026 is 11% of today's scanning capacity (507 of 4,715 scans): the scanners would stand idle for half their sessions or more. Check the referral rates and sessions.");
	});

	it('flag use over 100%: one session a week gives (0.2 x 240 - 15) / 22.5 x 248 x 0.92 = 334.6 scans against 507, 152%', () => {
		const w = warn((r) => (r.scanners[0].sessionsPerWeek = 1));
		expect(w.map((x) => x.id)).toEqual(['overUse']);
		expect(w[0]!.message).toBe("Demand in 2026 is 152% of today's scanning capacity (507 against 335 scans): the waiting list grows under business as usual.");
	});

	it('flag a zero population and skip the checks that divide by it', () => {
		const w = warn((r) => (r.catchment.localities[0].population = { under50: 0, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 }));
		expect(w.map((x) => x.id)).toEqual(['zeroPopulation']);
	});

	it('flag a referral rate outside 2.8-5.4 per 1,000: rates doubled give 780 / 138,000 = 5.65', () => {
		const w = warn((r) => (r.demand = { referralRatesPer1000: { under50: 1, age50to64: 12, age65to74: 24, age75to84: 28, age85plus: 16 } }));
		expect(w.map((x) => x.id)).toEqual(['lowUse', 'referralRate']);
		expect(w[1]!.message).toContain('5.7 per 1,000');
	});

	it('flag an FLS with no hip fractures', () => {
		const w = warn((r) => r.options.push({ id: 'fls', name: 'Add an FLS', addFls: true }));
		expect(w.map((x) => x.id)).toContain('flsNoHipFractures');
		expect(w.find((x) => x.id === 'flsNoHipFractures')!.path).toBe('fls.hipFracturesPerYear');
	});

	it('no hip-fracture warning when the FLS cohort is sized from incidence (it reads no hip fractures)', () => {
		const w = warn((r) => {
			r.options.push({ id: 'fls', name: 'Add an FLS', addFls: true });
			r.fls = { cohortMethod: 'incidence' };
		});
		expect(w.map((x) => x.id)).not.toContain('flsNoHipFractures');
	});

	it('flag a scanner price over GBP 1m, baseline or added by an option', () => {
		const w = warn((r) => {
			r.scanners[0].purchaseCostGbp = 1_200_000;
			r.options.push({ id: 'second', name: 'Second scanner', addScanners: [{ id: 'two', name: 'Scanner two', installedYear: 2027, purchaseCostGbp: 1_500_000 }] });
		});
		expect(w.filter((x) => x.id === 'scannerPrice').map((x) => x.path)).toEqual(['scanners[0].purchaseCostGbp', 'options[1].addScanners[0].purchaseCostGbp']);
	});

	it('flag scanners per million far from 10.6: three scanners for 138,000 is 21.7 per million, over twice', () => {
		const w = warn((r) => r.scanners.push({ id: 'b', name: 'B', installedYear: 2020 }, { id: 'c', name: 'C', installedYear: 2020 }));
		expect(w.find((x) => x.id === 'scannersPerMillion')!.message).toBe('3 scanners for 138,000 people is 21.7 per million, over twice the planning figure of 10.6 per million.');
	});
});
