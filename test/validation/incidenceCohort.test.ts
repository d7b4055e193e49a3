import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreement, incidenceCohortFor, runValidation } from '../../src/lib/validation/studies';

/**
 * Department of Health 2009's cohort (320,000 people, 797 index fractures a year) beside the
 * planner's cohort sized from fracture incidence by age band and sex over the same population of
 * England's Census 2021 age mix.
 */
const urban = JSON.parse(readFileSync('models/urban-backlog.json', 'utf8'));

describe("DH 2009's 320,000 people sized from incidence by age and sex", () => {
	it('gives 1,400.5 fractures a year, 1.76 times the 797 the evaluation counts at four sites', () => {
		// England's Census 2021 band shares (englandShares): 50-64 19.4128%, 65-74 9.8461%, 75-84 6.1462%, 85+ 2.4424%,
		// so 320,000 people hold 62,120.9, 31,507.7, 19,668.0 and 7,815.6 aged 50+ in the four bands.
		// Per 1,000 (women's share x women's rate + men's share x men's rate):
		//   50-64  0.509 x 9.34  + 0.491 x 5.90  = 4.75406 + 2.89690 = 7.65096   -> 62.1209 x 7.65096 = 475.28
		//   65-74  0.518 x 13.55 + 0.482 x 6.19  = 7.01890 + 2.98358 = 10.00248  -> 31.5077 x 10.00248 = 315.15
		//   75-84  0.544 x 24.29 + 0.456 x 9.43  = 13.21376 + 4.30008 = 17.51384 -> 19.6680 x 17.51384 = 344.46
		//   85+    0.627 x 42.98 + 0.373 x 18.87 = 26.94846 + 7.03851 = 33.98697 -> 7.81564 x 33.98697 = 265.63
		// Total 475.28 + 315.15 + 344.46 + 265.63 = 1,400.52; 1,400.5 / 797 = 1.757.
		const c = incidenceCohortFor(urban, 320_000);
		expect(c.cohort).toBeCloseTo(1400.53, 1);
		// Women aged 50+: 62,120.9 x 0.509 + 31,507.7 x 0.518 + 19,668.0 x 0.544 + 7,815.6 x 0.627 = 63,540.3.
		expect(c.women50).toBeCloseTo(63540.3, 0);
		expect(c.men50).toBeCloseTo(121112.2 - 63540.3, 0);
		// Hip and clinical vertebral at the CPRD 50+ rates (per 10,000): women 33.5 + 11.8 = 45.3, men 13.4 + 4.6 = 18.0:
		// 63,540.3 x 45.3 / 10,000 + 57,571.9 x 18.0 / 10,000 = 287.84 + 103.63 = 391.47.
		expect(c.hipAndSpine).toBeCloseTo(391.47, 1);
	});

	it('the Validation page shows it beside the 797 with the difference named and sized', () => {
		const dh = runValidation(urban).find((s) => s.id === 'dh2009')!;
		const r = dh.rows.find((x) => x.measure === 'Index fractures a year, sized from incidence by age and sex')!;
		expect(r.published).toBe(797);
		expect(r.engine).toBeCloseTo(1400.53, 1);
		expect(agreement(r).within20).toBe(false);
		const why = dh.differences.find((d) => d.startsWith('Cohort size'))!;
		// 797 / 1,400.53 = 0.569; 797 - 391.47 = 405.53 humerus and forearm fractures.
		expect(why).toContain('1,401 fractures a year, 1.76 times');
		expect(why).toContain('hip, humerus, spine and forearm');
		expect(why).toContain('are 391 of them');
		expect(why).toContain('leaves 406 of the 797');
		expect(why).toContain('0.569 (797 / 1,400.5)');
	});
});
