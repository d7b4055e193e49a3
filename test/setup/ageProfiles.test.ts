import { describe, expect, it } from 'vitest';
import { REGION_AGE_PROFILES, regionShares, englandShares, ageProfileChoices } from '../../src/lib/setup/ageProfiles';

const region = (id: string) => REGION_AGE_PROFILES.find((r) => r.id === id)!;

describe('Census 2021 age profiles in the planner five bands', () => {
	it('North East by hand: women + men in each band, already adding up to 100.0', () => {
		// under 50: women 2.5+2.8+2.8+2.8+3+3.1+3.3+3.2+2.9+3.1 = 29.5, men 2.6+2.9+3+2.9+3.1+3+3.1+3+2.8+2.9 = 29.3 -> 58.8
		// 50-64: 3.5+3.7+3.4 = 10.6 and 3.4+3.6+3.2 = 10.2 -> 20.8; 65-74: 2.9+2.9 + 2.8+2.7 = 11.3
		// 75-84: 2+1.6 + 1.8+1.2 = 6.6; 85+: 1+0.6 + 0.6+0.3 = 2.5; total 100.0, so no scaling
		const s = regionShares(region('northEast'));
		expect(s.under50).toBeCloseTo(58.8, 9);
		expect(s.age50to64).toBeCloseTo(20.8, 9);
		expect(s.age65to74).toBeCloseTo(11.3, 9);
		expect(s.age75to84).toBeCloseTo(6.6, 9);
		expect(s.age85plus).toBeCloseTo(2.5, 9);
	});

	it('South West: the raw bands add to 99.9 and are scaled to 100; 65+ is the 22.3% Census 2021 reports for the region', () => {
		// 57.2 + 20.4 + 11.6 + 7.6 + 3.1 = 99.9; 85+ = 3.1 x 100 / 99.9 = 3.1031
		const s = regionShares(region('southWest'));
		expect(s.age85plus).toBeCloseTo((3.1 * 100) / 99.9, 9);
		expect(s.under50 + s.age50to64 + s.age65to74 + s.age75to84 + s.age85plus).toBeCloseTo(100, 9);
		// (11.6 + 7.6 + 3.1) / 99.9 = 22.32%
		expect(s.age65to74 + s.age75to84 + s.age85plus).toBeCloseTo(22.32, 2);
	});

	it('every region as published adds up to 100% within the 0.1% rounding of 38 figures', () => {
		for (const r of REGION_AGE_PROFILES) {
			expect(r.female).toHaveLength(19);
			expect(r.male).toHaveLength(19);
			const sum = [...r.female, ...r.male].reduce((a, b) => a + b, 0);
			expect(Math.abs(sum - 100), r.name).toBeLessThanOrEqual(0.6);
		}
	});

	it('England weights the regions by population: 65+ is about the 18.4% Census 2021 reports, London the youngest region', () => {
		const e = englandShares();
		// the weighted sum comes to 18.43%: within the 0.1% rounding of the published 18.4%
		expect(e.age65to74 + e.age75to84 + e.age85plus).toBeGreaterThan(18.3);
		expect(e.age65to74 + e.age75to84 + e.age85plus).toBeLessThan(18.5);
		const london = regionShares(region('london'));
		expect(london.under50).toBeGreaterThan(e.under50);
		// London weighs 8,799,800 of 56,482,800 people: its share pulls England's under-50s up by hand
		const total = REGION_AGE_PROFILES.reduce((t, r) => t + r.population, 0);
		expect(total).toBe(56482800);
	});

	it('offers England then the nine regions, shares to 0.1 point', () => {
		const c = ageProfileChoices();
		expect(c.map((x) => x.id)).toEqual(['england', 'northEast', 'northWest', 'yorkshire', 'eastMidlands', 'westMidlands', 'east', 'london', 'southEast', 'southWest']);
		expect(c[1]!.shares).toEqual({ under50: 58.8, age50to64: 20.8, age65to74: 11.3, age75to84: 6.6, age85plus: 2.5 });
	});
});
