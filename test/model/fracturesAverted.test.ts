import { describe, expect, it } from 'vitest';
import { RISK_YEARS, addFracturesAverted, fractureCostsAvoided, fractureQalysGained } from '../../src/lib/model/fracturesAverted';

/** Round away floating-point noise: the figures below are worked to at most six places. */
const six = (a: ArrayLike<number>) => Array.from(a, (x) => Number(x.toFixed(6)));

describe('addFracturesAverted (the one formula the FLS and the pathway use)', () => {
	// Risks by year 0.10, 0.08, then (0.31 - 0.18) / 3; two effect years, so only k = 0 and 1 count.
	// Shares hip 0.2, vertebral 0.3, other 1 - 0.2 - 0.3 = 0.5; reductions 0.5, 0.4, 0.2; drugs GBP 100 a year.
	const f = {
		refractureRisk1y: 0.1, refractureRisk2y: 0.18, refractureRisk5y: 0.31, effectYears: 2,
		hipShare: 0.2, vertebralShare: 0.3, rrrHip: 0.5, rrrVertebral: 0.4, rrrOther: 0.2, drugCostPerTreatedPerYearGbp: 100
	};

	it('spreads each year\'s extra treated over the effect years, by site, and adds their drugs', () => {
		// Extra treated 10, 20, 0 in years 0-2.
		//  year 0: cohort 0, k 0: 10 x 0.10 = 1 refracture at risk
		//          hip 1 x 0.2 x 0.5 = 0.1, vertebral 1 x 0.3 x 0.4 = 0.12, other 1 x 0.5 x 0.2 = 0.1; drugs 10 x 100 = 1000
		//  year 1: cohort 0, k 1: 10 x 0.08 = 0.8 -> hip 0.08, vertebral 0.096, other 0.08; drugs 1000
		//          cohort 1, k 0: 20 x 0.10 = 2   -> hip 0.2,  vertebral 0.24,  other 0.2;  drugs 2000
		//          hip 0.28, vertebral 0.336, other 0.28, drugs 3000
		//  year 2: cohort 1, k 1: 20 x 0.08 = 1.6 -> hip 0.16, vertebral 0.192, other 0.16; drugs 2000
		//          (cohort 0's k 2 is beyond the two effect years; cohort 2 has none treated)
		// Averted cells start from 0 (the 9s are overwritten); drugs add to what is there (5 each year).
		const hip = new Float64Array([9, 9, 9]);
		const vertebral = new Float64Array([9, 9, 9]);
		const other = new Float64Array([9, 9, 9]);
		const drugs = new Float64Array([5, 5, 5]);
		const risk = new Float64Array(RISK_YEARS);
		addFracturesAverted(f, [10, 20, 0], 3, risk, hip, vertebral, other, drugs);
		expect(six(hip)).toEqual([0.1, 0.28, 0.16]);
		expect(six(vertebral)).toEqual([0.12, 0.336, 0.192]);
		expect(six(other)).toEqual([0.1, 0.28, 0.16]);
		expect(six(drugs)).toEqual([1005, 3005, 2005]);
		expect(six(risk)).toEqual([0.1, 0.08, 0.043333, 0.043333, 0.043333]);
	});

	it('counts only the years inside the horizon, leaving cells beyond it alone', () => {
		// Horizon 2 years: year 2's 0.16 hip (cohort 1, k 1) falls outside and is not added anywhere.
		const hip = new Float64Array([9, 9, 9]);
		const vertebral = new Float64Array(3);
		const other = new Float64Array(3);
		const drugs = new Float64Array(3);
		addFracturesAverted(f, [10, 20, 0], 2, new Float64Array(RISK_YEARS), hip, vertebral, other, drugs);
		expect(six(hip)).toEqual([0.1, 0.28, 9]);
		expect(six(drugs)).toEqual([1000, 3000, 0]);
	});

	it('counts no other fractures when hip and vertebral shares take them all', () => {
		// other share = max(0, 1 - 0.6 - 0.5) = 0, not -0.1
		const other = new Float64Array(1);
		addFracturesAverted({ ...f, hipShare: 0.6, vertebralShare: 0.5 }, [10], 1, new Float64Array(RISK_YEARS), new Float64Array(1), new Float64Array(1), other, new Float64Array(1));
		expect(other[0]).toBe(0);
	});
});

describe('the value of averted fractures', () => {
	const v = { hipFractureCostGbp: 14163, vertebralFractureCostGbp: 2500, otherFractureCostGbp: 1500, hipQalyLoss: 0.7, vertebralQalyLoss: 0.2, otherQalyLoss: 0.05 };

	it('costs avoided = hip x hip cost + vertebral x vertebral cost + other x other cost', () => {
		// 1 x 14,163 + 2 x 2,500 + 3 x 1,500 = 14,163 + 5,000 + 4,500 = 23,663
		expect(fractureCostsAvoided(v, 1, 2, 3)).toBe(23663);
	});

	it('QALYs gained = hip x 0.7 + vertebral x 0.2 + other x 0.05', () => {
		// 1 x 0.7 + 2 x 0.2 + 3 x 0.05 = 0.7 + 0.4 + 0.15 = 1.25
		expect(fractureQalysGained(v, 1, 2, 3)).toBeCloseTo(1.25, 12);
	});
});
