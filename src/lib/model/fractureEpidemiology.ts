/**
 * UK fracture incidence in people aged 50 and over (issue #11): the clinical fracture mix, and the
 * FLS cohort from the catchment's population by age band and sex.
 *
 * Sourced totals (CPRD, UK primary care), per 10,000 person-years, aged 50+:
 * - all fractures: women 155.4, men 71.8 (Curtis et al., Bone 2016; 87: 19-26, 1988-2012);
 * - hip: women 33.5, men 13.4; clinical vertebral: women 11.8, men 4.6 (van der Velde et al.,
 *   Osteoporos Int 2016; 27: 3197-3206, 2008-2012; men's vertebral rate from 1990-1994, "remained
 *   comparable").
 */
export const CPRD_RATES_50_PLUS = {
	women: { all: 155.4, hip: 33.5, vertebral: 11.8 },
	men: { all: 71.8, hip: 13.4, vertebral: 4.6 }
} as const;

export const CPRD_SOURCE = 'Curtis et al., Bone 2016 (all fractures) and van der Velde et al., Osteoporos Int 2016 (hip and clinical vertebral), CPRD, per 10,000 person-years aged 50+';

/**
 * Shares of fractures that are hip and clinical vertebral for a population aged 50+ with a given
 * share of women: rates weighted by sex, each site's rate over all fractures.
 * Example with women 54%: all 0.54 x 155.4 + 0.46 x 71.8 = 116.944; hip (18.09 + 6.164) / 116.944
 * = 0.2074; vertebral (6.372 + 2.116) / 116.944 = 0.0726.
 */
export function clinicalFractureMix(femaleShare: number): { hipShare: number; vertebralShare: number; otherShare: number } {
	const w = Math.min(1, Math.max(0, femaleShare));
	const r = CPRD_RATES_50_PLUS;
	const all = w * r.women.all + (1 - w) * r.men.all;
	const hip = (w * r.women.hip + (1 - w) * r.men.hip) / all;
	const vertebral = (w * r.women.vertebral + (1 - w) * r.men.vertebral) / all;
	return { hipShare: hip, vertebralShare: vertebral, otherShare: 1 - hip - vertebral };
}

/** The age bands of the catchment aged 50+, as in the scenario's population. */
export const BANDS_50_PLUS = ['age50to64', 'age65to74', 'age75to84', 'age85plus'] as const;
export type Band50 = (typeof BANDS_50_PLUS)[number];

/**
 * Placeholder fracture rates by band and sex, per 10,000 person-years. The age-band tables of the
 * CPRD papers could not be read, so the bands carry an assumed shape (rates rising steeply after
 * 75, more in women) scaled so that England's 50+ age mix (about 10.9, 5.9, 3.8 and 1.4 million in
 * the four bands, ONS mid-year estimates, rounded) reproduces the sourced 50+ totals:
 * women 95.56 x (1, 1.45, 2.6, 4.6) and men 57.1 x (1, 1.05, 1.6, 3.2). Check:
 * women (10.9 x 95.56 + 5.9 x 138.562 + 3.8 x 248.456 + 1.4 x 439.576) / 22.0 = 155.4;
 * men (10.9 x 57.1 + 5.9 x 59.955 + 3.8 x 91.36 + 1.4 x 182.72) / 22.0 = 71.8 (to 0.1).
 * Replace with the published band rates or local Hospital Episode Statistics.
 */
export const PLACEHOLDER_BAND_RATES: Record<Band50, { women: number; men: number }> = {
	age50to64: { women: 95.56, men: 57.1 },
	age65to74: { women: 95.56 * 1.45, men: 57.1 * 1.05 },
	age75to84: { women: 95.56 * 2.6, men: 57.1 * 1.6 },
	age85plus: { women: 95.56 * 4.6, men: 57.1 * 3.2 }
};

/**
 * Fragility fractures a year from the population by band and sex:
 * sum over bands of population x (women's share x women's rate + men's share x men's rate) / 10,000.
 */
export function fracturesFromIncidence(population: Record<Band50, number>, femaleShare: Record<Band50, number>, rates: Record<Band50, { women: number; men: number }> = PLACEHOLDER_BAND_RATES): number {
	let total = 0;
	for (const b of BANDS_50_PLUS) {
		const w = Math.min(1, Math.max(0, femaleShare[b]));
		total += (population[b] * (w * rates[b].women + (1 - w) * rates[b].men)) / 10_000;
	}
	return total;
}
