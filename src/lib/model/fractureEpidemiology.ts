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

/** The incidence inputs the cohort reads (a scenario's fls.incidence). */
export interface IncidenceInputs {
	women: Record<Band50, number>;
	men: Record<Band50, number>;
	femaleShare: Record<Band50, number>;
	inRemitShare: number;
}

/** One band's working: its population, women's share, and the fractures among women and men. */
export interface BandFractures {
	band: Band50;
	population: number;
	femaleShare: number;
	women: number;
	men: number;
}

/**
 * One band's fractures a year, by sex: population x women's share x women's rate / 1,000, and
 * population x (1 - women's share) x men's rate / 1,000, each times the share in the FLS remit.
 * The share is clamped to 0..1 and a population that is not a positive finite number counts as 0.
 */
export function bandFractures(band: Band50, population: number, inc: IncidenceInputs): BandFractures {
	const p = Number.isFinite(population) && population > 0 ? population : 0;
	const w = Math.min(1, Math.max(0, inc.femaleShare[band]));
	const remit = Math.min(1, Math.max(0, inc.inRemitShare));
	return { band, population: p, femaleShare: w, women: ((p * w * inc.women[band]) / 1000) * remit, men: ((p * (1 - w) * inc.men[band]) / 1000) * remit };
}

/**
 * Fragility fractures a year in the FLS remit from the population by band (the FLS cohort when it
 * is sized from incidence): the sum over bands of women's and men's fractures (bandFractures),
 * bands in order, women then men.
 */
export function fracturesFromIncidence(population: Record<Band50, number>, inc: IncidenceInputs): number {
	let total = 0;
	for (const b of BANDS_50_PLUS) {
		const f = bandFractures(b, population[b], inc);
		total += f.women + f.men;
	}
	return total;
}
