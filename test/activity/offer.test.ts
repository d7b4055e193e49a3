import { describe, expect, it } from 'vitest';
import { readActivityCsv } from '../../src/lib/activity/read';
import { fitActivity } from '../../src/lib/activity/fit';
import { offerFromFit, applyOffer } from '../../src/lib/activity/offer';
import { monthIndex, monthShort } from '../../src/lib/activity/months';
import { appraise, parseScenario, type ScenarioInput } from '../../src/lib/model';
import { rawScenario, scenarioFrom } from '../model/helpers';

// 24 months, April 2024 to March 2026: referrals 40 + t a month (t = 0..23), 30 scans a month, the list ending at 600.
const csv = ['Month,Referrals,Scans,Waiting list', ...Array.from({ length: 24 }, (_, t) => `${monthShort(monthIndex(2024, 4) + t)},${40 + t},30,${t === 23 ? 600 : 500}`)].join('\n');
const read = readActivityCsv(csv, 'ours.csv');
if (!read.ok) throw new Error('fixture unreadable');
const fit = fitActivity(read.data);

function bauFirstYear(input: unknown) {
	const s = scenarioFrom(input);
	const bau = appraise(s).options.find((o) => o.businessAsUsual)!;
	return { demand: bau.demand[0]!.total, capacity: bau.capacity[0]!.capacity };
}

describe('offering the fit to the reference scenario (390 new referrals a year, no growth, no FLS)', () => {
	const input = rawScenario() as ScenarioInput;
	const scenario = scenarioFrom(input);
	const offer = offerFromFit(fit, input, scenario);
	const item = (id: string) => offer.items.find((i) => i.id === id)!;

	it('offers growth: the trend at April 2026 (t = 24) is 64 a month rising 1, so 12 / 64 = 18.75% a year, none of it from population', () => {
		expect(item('growth').proposed).toBe(0.1875);
		expect(item('growth').edits).toEqual([{ path: ['demand', 'referralRateGrowth'], value: 0.1875 }]);
	});

	it('offers the referral level: 2026/27 fitted referrals are 12 x 40 + (24 + ... + 35) = 480 + 354 = 834', () => {
		// Today: 390 new + 0.3 x 390 monitoring = 507. With 18.75% growth, monitoring of year -3 is 117 / 1.1875^3 = 69.87,
		// so the rates scale by 834 / 459.87 = 1.8136.
		expect(item('referrals').current).toBeCloseTo(507, 9);
		expect(item('referrals').proposed).toBeCloseTo(834, 9);
		expect(item('referrals').rationale).toContain('scaled by 1.814');
		expect(item('referrals').rationale).toContain('From ours.csv, April 2024 to March 2026');
	});

	it('offers the backlog (600 at the end of March 2026) and today\'s capacity (12 x 30 = 360 scans)', () => {
		expect(item('backlog').proposed).toBe(600);
		expect(item('capacity').proposed).toBe(360);
	});

	it('offers the month-to-month variation: a file exactly on its trend has CV 0 for both', () => {
		expect(item('variation').edits).toEqual([
			{ path: ['waiting', 'referralsMonthlyCv'], value: 0 },
			{ path: ['waiting', 'scansMonthlyCv'], value: 0 }
		]);
		expect(item('variation').currentText).toBe('referrals random (Poisson), scans random (Poisson)');
	});

	it('applied, the engine gives 834 referrals and 360 scans in the first year, with the source recorded', () => {
		const { input: after } = applyOffer(input, offer.items, scenario);
		const first = bauFirstYear(after);
		// rates are kept to 3 decimals, so the match is to within a scan
		expect(first.demand).toBeCloseTo(834, 0);
		expect(first.capacity).toBeCloseTo(360, 0);
		const s = scenarioFrom(after);
		expect(s.demand.startingBacklog).toBe(600);
		expect(s.rationale['demand.startingBacklog']).toBe('From ours.csv: waiting list at the end of March 2026.');
		expect(s.rationale['demand.referralRatesPer1000.age85plus']).toMatch(/^From ours\.csv, April 2024 to March 2026: referral rates scaled by/);
		expect(s.rationale['scanners[0].sessionsPerWeek']).toMatch(/360 scans in April 2025 to March 2026/);
		expect(s.waiting.referralsMonthlyCv).toBe(0);
		expect(s.rationale['waiting.referralsMonthlyCv']).toMatch(/^From ours\.csv, April 2024 to March 2026: standard deviation of the monthly figures/);
		// the input given was not changed
		expect(input.demand).toBeUndefined();
	});

	it('carries an uncertainty range along: widened from 0, moved in proportion otherwise', () => {
		const withRanges = {
			...rawScenario(),
			uncertainty: { inputs: [{ path: 'demand.startingBacklog', low: 0, high: 100 }, { path: 'demand.referralRatesPer1000.age50to64', low: 4, high: 8, distribution: { type: 'triangular', mode: 6 } }] }
		} as ScenarioInput;
		const s = scenarioFrom(withRanges);
		const o = offerFromFit(fit, withRanges, s);
		const { input: after, movedRanges } = applyOffer(withRanges, o.items, s);
		expect(movedRanges).toEqual(['demand.referralRatesPer1000.age50to64', 'demand.startingBacklog']);
		const p = parseScenario(after);
		expect(p.ok).toBe(true);
		const ranges = (after as { uncertainty: { inputs: { low: number; high: number; distribution?: { mode: number } }[] } }).uncertainty.inputs;
		expect(ranges[0]).toMatchObject({ low: 0, high: 600 });
		// the 50-64 rate went from 6 to 6 x 1.8136 = 10.88: the range 4-8 and mode 6 scale by 10.882 / 6
		const rate = (after as { demand: { referralRatesPer1000: { age50to64: number } } }).demand.referralRatesPer1000.age50to64;
		expect(ranges[1]!.low).toBeCloseTo((4 * rate) / 6, 9);
		expect(ranges[1]!.distribution!.mode).toBeCloseTo(rate, 9);
	});
});

describe('what cannot be offered', () => {
	it('says the catchment needs a population before rates can be scaled', () => {
		const blank = rawScenario();
		blank.catchment.localities[0].population = { under50: 0, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 };
		const o = offerFromFit(fit, blank as ScenarioInput, scenarioFrom(blank));
		expect(o.items.map((i) => i.id)).toEqual(['backlog', 'capacity', 'variation']);
		expect(o.unavailable).toHaveLength(2);
		expect(o.unavailable[0]).toMatch(/^Growth in referral rates: the catchment has no population/);
		expect(o.unavailable[1]).toMatch(/^Referral level: the catchment has no population/);
	});
});
