/**
 * The FLS cohort sized from fracture incidence by age band and sex (issue #11): the catchment's
 * population aged 50+ by band x women's share x women's rate / 1,000 (and the same for men) x the
 * share in the FLS remit, summed, following the population projection year by year.
 */
import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { flsCohortWorking } from '../../src/lib/model/flsCohort';
import { fracturesFromIncidence, BANDS_50_PLUS } from '../../src/lib/model/fractureEpidemiology';
import { DEFAULT_INCIDENCE } from '../../src/lib/model/schema/flsIncidence';
import { REGION_AGE_PROFILES } from '../../src/lib/setup/ageProfiles';
import { catchmentAt } from './kernel';
import { FLAT_GROWTH, rawScenario, scenarioFrom, type Raw } from './helpers';

const ZERO = { under50: 0, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 };

/**
 * Two localities, two bands with people aged 50+: 50-64 6,000 + 4,000 = 10,000 and 85+ 2,000.
 * Rates per 1,000: 50-64 women 10, men 5; 85+ women 40, men 20. Women 50% of 50-64, 60% of 85+.
 * 80% of the fractures in the FLS remit.
 */
function twoBand(edit: (r: Raw) => void = () => {}): Raw {
	const r = rawScenario();
	r.catchment.localities = [
		{ id: 'a', name: 'A', population: { ...ZERO, under50: 50_000, age50to64: 6000, age85plus: 2000 }, growth: { ...FLAT_GROWTH } },
		{ id: 'b', name: 'B', population: { ...ZERO, under50: 30_000, age50to64: 4000 }, growth: { ...FLAT_GROWTH } }
	];
	r.fls = {
		cohortMethod: 'incidence',
		incidence: {
			women: { age50to64: 10, age85plus: 40 },
			men: { age50to64: 5, age85plus: 20 },
			femaleShare: { age50to64: 0.5, age85plus: 0.6 },
			inRemitShare: 0.8
		}
	};
	r.options.push({ id: 'fls', name: 'Add an FLS', addFls: true });
	edit(r);
	return r;
}

/** Every number in a value that is NaN or infinite, by path. */
function nonFinite(v: unknown, path = '', out: string[] = []): string[] {
	if (typeof v === 'number') {
		if (!Number.isFinite(v)) out.push(`${path} = ${v}`);
	} else if (Array.isArray(v)) v.forEach((x, i) => nonFinite(x, `${path}[${i}]`, out));
	else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) nonFinite(x, `${path}.${k}`, out);
	return out;
}

describe('the default incidence rates and sex shares', () => {
	it("reproduce Curtis 2016's 50+ totals (women 155.4, men 71.8 per 10,000) over England's Census 2021 population by band and sex", () => {
		// Census 2021 England, women by band (millions): 5.5811, 2.8837, 1.8913, 0.8659 (11.2220);
		// 5.5811 x 9.34 + 2.8837 x 13.55 + 1.8913 x 24.29 + 0.8659 x 42.98
		//   = 52.128 + 39.074 + 45.940 + 37.216 = 174.358; / 11.2220 = 15.537 per 1,000.
		// Men: 5.3917, 2.6817, 1.5828, 0.5147 (10.1709); 5.3917 x 5.90 + 2.6817 x 6.19 + 1.5828 x 9.43 + 0.5147 x 18.87
		//   = 31.811 + 16.600 + 14.926 + 9.712 = 73.049; / 10.1709 = 7.182 per 1,000.
		const idx = { age50to64: [10, 11, 12], age65to74: [13, 14], age75to84: [15, 16], age85plus: [17, 18] };
		const people = (sex: 'female' | 'male', b: keyof typeof idx) => REGION_AGE_PROFILES.reduce((t, r) => t + idx[b].reduce((u, i) => u + ((r[sex][i] as number) * r.population) / 100, 0), 0);
		let women = 0, womenRate = 0, men = 0, menRate = 0;
		for (const b of BANDS_50_PLUS) {
			women += people('female', b);
			womenRate += people('female', b) * DEFAULT_INCIDENCE[b].women;
			men += people('male', b);
			menRate += people('male', b) * DEFAULT_INCIDENCE[b].men;
		}
		expect(women / 1e6).toBeCloseTo(11.222, 3);
		expect(men / 1e6).toBeCloseTo(10.171, 3);
		expect((womenRate / women) * 10).toBeCloseTo(155.4, 0);
		expect(Math.abs((womenRate / women) * 10 - 155.4)).toBeLessThan(0.1);
		expect(Math.abs((menRate / men) * 10 - 71.8)).toBeLessThan(0.1);
	});

	it("the women's shares are Census 2021 England's, band by band", () => {
		// e.g. 85+: women 865,865 of 865,865 + 514,663 = 0.627; 50-64: 5,581,114 / 10,972,802 = 0.509.
		const idx = { age50to64: [10, 11, 12], age65to74: [13, 14], age75to84: [15, 16], age85plus: [17, 18] };
		for (const b of BANDS_50_PLUS) {
			const f = REGION_AGE_PROFILES.reduce((t, r) => t + idx[b].reduce((u, i) => u + (r.female[i] as number) * r.population, 0), 0);
			const m = REGION_AGE_PROFILES.reduce((t, r) => t + idx[b].reduce((u, i) => u + (r.male[i] as number) * r.population, 0), 0);
			expect(DEFAULT_INCIDENCE[b].femaleShare).toBeCloseTo(f / (f + m), 3);
		}
	});
});

describe('the FLS cohort from incidence', () => {
	it('a two-band, two-locality catchment by hand: 111.2 fractures a year in the remit', () => {
		// 50-64: 10,000 x 0.5 x 10 / 1,000 = 50 women; 10,000 x 0.5 x 5 / 1,000 = 25 men.
		// 85+:    2,000 x 0.6 x 40 / 1,000 = 48 women;  2,000 x 0.4 x 20 / 1,000 = 16 men.
		// (50 + 25 + 48 + 16) x 0.8 = 139 x 0.8 = 111.2.
		const s = scenarioFrom(twoBand());
		expect(catchmentAt(s, 0).flsCohort).toBeCloseTo(111.2, 9);
		const fls = appraise(s).options.find((o) => o.id === 'fls')!.fls!;
		expect(fls.byYear[0]!.cohort).toBeCloseTo(111.2, 9);
		// The funnel reads it as before: identified = 111.2 x 0.8 = 88.96.
		expect(fls.byYear[0]!.identified).toBeCloseTo(88.96, 9);
		const w = flsCohortWorking(s)[0]!;
		expect(w.year).toBe(2026);
		expect(w.bands.map((b) => [b.band, b.population, b.women, b.men])).toEqual([
			['age50to64', 10_000, 40, 20],
			['age65to74', 0, 0, 0],
			['age75to84', 0, 0, 0],
			['age85plus', 2000, 38.4, 12.8]
		].map(([b, p, wo, me]) => [b, p, expect.closeTo(wo as number, 9), expect.closeTo(me as number, 9)]));
		expect(w.bands.reduce((t, b) => t + b.women + b.men, 0)).toBeCloseTo(w.cohort, 9);
	});

	it('grows with each band projection: 85+ at 3% a year and 50-64 at 1% give 115.524 in year 2', () => {
		// Year 2: 50-64 (50 + 25) x 1.01^2 = 75 x 1.0201 = 76.5075; 85+ (48 + 16) x 1.03^2 = 64 x 1.0609 = 67.8976.
		// (76.5075 + 67.8976) x 0.8 = 144.4051 x 0.8 = 115.52408.
		const s = scenarioFrom(
			twoBand((r) => {
				for (const l of r.catchment.localities) l.growth = { ...FLAT_GROWTH, age50to64: 0.01, age85plus: 0.03 };
			})
		);
		expect(catchmentAt(s, 2).flsCohort).toBeCloseTo(115.52408, 9);
		expect(flsCohortWorking(s)[2]!.cohort).toBeCloseTo(115.52408, 9);
	});

	it("follows the age mix: the same 12,000 aged 50+ give more fractures when older, where five times the hip fractures does not move", () => {
		// Older mix: 50-64 2,000, 85+ 10,000. 50-64: 2,000 x (0.5 x 10 + 0.5 x 5) / 1,000 = 15;
		// 85+: 10,000 x (0.6 x 40 + 0.4 x 20) / 1,000 = 320; (15 + 320) x 0.8 = 268.
		const older = scenarioFrom(
			twoBand((r) => {
				r.catchment.localities[0].population = { ...ZERO, age50to64: 2000, age85plus: 10_000 };
				r.catchment.localities.pop();
			})
		);
		expect(catchmentAt(older, 0).flsCohort).toBeCloseTo(268, 9);
		const hip = (r: Raw) => {
			r.fls.cohortMethod = 'hipFractures';
			r.fls.hipFracturesPerYear = 20;
		};
		// Five times 20 hip fractures = 100 in both catchments: the hip-fracture way does not see the age mix.
		expect(catchmentAt(scenarioFrom(twoBand(hip)), 0).flsCohort).toBe(100);
		expect(
			catchmentAt(
				scenarioFrom(
					twoBand((r) => {
						hip(r);
						r.catchment.localities[0].population = { ...ZERO, age50to64: 2000, age85plus: 10_000 };
						r.catchment.localities.pop();
					})
				),
				0
			).flsCohort
		).toBe(100);
	});

	it('zero populations give a zero cohort and every result finite', () => {
		const s = scenarioFrom(
			twoBand((r) => {
				for (const l of r.catchment.localities) l.population = { ...ZERO };
			})
		);
		expect(catchmentAt(s, 0).flsCohort).toBe(0);
		const a = appraise(s);
		expect(a.options.find((o) => o.id === 'fls')!.fls!.byYear.every((y) => y.cohort === 0 && y.identified === 0)).toBe(true);
		expect(nonFinite(a)).toEqual([]);
		expect(flsCohortWorking(s).every((y) => y.cohort === 0 && y.bands.every((b) => b.women === 0 && b.men === 0))).toBe(true);
	});

	it('the hip-fracture way (the default) ignores the incidence inputs: results are identical', () => {
		const base = rawScenario();
		base.fls = { hipFracturesPerYear: 150 };
		base.options.push({ id: 'fls', name: 'Add an FLS', addFls: true });
		const withInputs = structuredClone(base);
		withInputs.fls.incidence = { women: { age85plus: 99 }, femaleShare: { age50to64: 0.1 }, inRemitShare: 0.3 };
		expect(appraise(scenarioFrom(withInputs))).toEqual(appraise(scenarioFrom(base)));
		expect(scenarioFrom(base).fls.cohortMethod).toBe('hipFractures');
		expect(flsCohortWorking(scenarioFrom(base))[0]!.bands).toEqual([]);
	});

	it('fracturesFromIncidence clamps shares and treats a non-finite population as none', () => {
		// 1,000 aged 50-64, all women (share 1.5 clamped to 1), rate 10: 10; remit 2 clamped to 1.
		const inc = {
			women: { age50to64: 10, age65to74: 0, age75to84: 0, age85plus: 0 },
			men: { age50to64: 5, age65to74: 0, age75to84: 0, age85plus: 0 },
			femaleShare: { age50to64: 1.5, age65to74: 0.5, age75to84: 0.5, age85plus: 0.5 },
			inRemitShare: 2
		};
		expect(fracturesFromIncidence({ age50to64: 1000, age65to74: NaN, age75to84: Infinity, age85plus: -5 }, inc)).toBe(10);
	});
});
