import { describe, expect, it } from 'vitest';
import { xmrLimits, xmrChart, outsideLimits, shiftRuns, trendRuns, twoOfThree, NEAR_LIMIT } from '../../src/lib/activity/spc';

describe('XmR limits', () => {
	it('are the mean +- 2.66 x the mean moving range', () => {
		// 10, 12, 11, 13, 12: mean 58 / 5 = 11.6; moving ranges 2, 1, 2, 1, mean 6 / 4 = 1.5;
		// limits 11.6 +- 2.66 x 1.5 = 11.6 +- 3.99 -> 15.59 and 7.61; near lines 11.6 +- 1.7733 x 1.5 = 11.6 +- 2.66.
		const l = xmrLimits([10, 12, 11, 13, 12]);
		expect(l.mean).toBeCloseTo(11.6, 12);
		expect(l.meanMovingRange).toBeCloseTo(1.5, 12);
		expect(l.upper).toBeCloseTo(15.59, 12);
		expect(l.lower).toBeCloseTo(7.61, 12);
		expect(l.nearUpper).toBeCloseTo(14.26, 12);
		expect(l.nearLower).toBeCloseTo(8.94, 12);
		expect(NEAR_LIMIT).toBeCloseTo(1.77333, 5);
	});

	it('are the mean alone for one point', () => {
		expect(xmrLimits([7])).toMatchObject({ mean: 7, meanMovingRange: 0, upper: 7, lower: 7 });
	});
});

describe('a point outside the limits', () => {
	// 9, 11, 9, 11, 9, 11, 30, 11, 9, 11, 9: sum 45 + 55 + 30 = 130, mean 11.818;
	// moving ranges eight of 2 and two of 19: 54 / 10 = 5.4; upper limit 11.818 + 2.66 x 5.4 = 26.18.
	const v = [9, 11, 9, 11, 9, 11, 30, 11, 9, 11, 9];
	it('marks only the 30 (runs below the mean are 6 and 4 long, no rising run, no near pair)', () => {
		const c = xmrChart(v);
		expect(c.limits.upper).toBeCloseTo(130 / 11 + 2.66 * 5.4, 10);
		expect(c.points.map((p) => p.rules)).toEqual(v.map((_, i) => (i === 6 ? ['outside'] : [])));
		expect(c.points[6]?.direction).toBe('high');
		expect(c.counts).toEqual({ outside: 1, shift: 0, trend: 0, twoOfThree: 0 });
	});

	it('marks a low point -1', () => {
		// 20, 21, 20, 21, 20, 0: mean 102 / 6 = 17; moving ranges 1, 1, 1, 1, 20: 24 / 5 = 4.8;
		// lower limit 17 - 12.768 = 4.232, so 0 is below it.
		expect(outsideLimits([20, 21, 20, 21, 20, 0], xmrLimits([20, 21, 20, 21, 20, 0]))).toEqual([0, 0, 0, 0, 0, -1]);
	});
});

describe('a run of 7 on one side of the mean', () => {
	it('marks every point of each run of 7', () => {
		// 4, 5, 4, 5, 4, 5, 4 then 7, 6, 7, 6, 7, 6, 7: mean (16 + 15 + 28 + 18) / 14 = 5.5; seven below, seven above;
		// moving ranges twelve of 1 and one of 3: 15 / 13 = 1.154, limits 5.5 +- 3.07, near 5.5 +- 2.05: nothing else.
		const v = [4, 5, 4, 5, 4, 5, 4, 7, 6, 7, 6, 7, 6, 7];
		const c = xmrChart(v);
		expect(c.limits.mean).toBe(5.5);
		expect(c.points.every((p) => p.rules.length === 1 && p.rules[0] === 'shift')).toBe(true);
		expect(c.points.map((p) => p.direction)).toEqual([...Array(7).fill('low'), ...Array(7).fill('high')]);
	});

	it('leaves a run of 6 unmarked', () => {
		// 4, 5, 4, 5, 4, 5 then 7, 6, 7, 6, 7, 6, 7: mean 73 / 13 = 5.615: six below (no), seven above (yes).
		const v = [4, 5, 4, 5, 4, 5, 7, 6, 7, 6, 7, 6, 7];
		expect(shiftRuns(v, xmrLimits(v))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1]);
	});

	it('is broken by a point exactly on the mean', () => {
		const v = [1, 1, 1, 2, 1, 1, 1, 3, 3, 3, 3, 3, 3, 2];
		// sum 3 + 2 + 3 + 18 + 2 = 28, 14 points, mean 2: runs below are 3 and 3 long, above 6 long.
		expect(xmrLimits(v).mean).toBe(2);
		expect(shiftRuns(v, xmrLimits(v))).toEqual(new Array(14).fill(0));
	});
});

describe('a trend of 6 rising or falling', () => {
	it('marks six points each higher than the one before', () => {
		// 10, 11, 12, 13, 14, 15 rise five times (six points); then 12, 11, 12, 11.
		// mean 121 / 10 = 12.1; sides - - - + + + - - - -: no run of 7; moving ranges 1 x 8 and 3: 11 / 9 = 1.222;
		// upper 12.1 + 3.25 = 15.35 (15 inside), near upper 12.1 + 2.17 = 14.27: only 15 is near, so no pair.
		const v = [10, 11, 12, 13, 14, 15, 12, 11, 12, 11];
		const c = xmrChart(v);
		expect(c.points.map((p) => p.rules.join())).toEqual(['trend', 'trend', 'trend', 'trend', 'trend', 'trend', '', '', '', '']);
		expect(c.points[0]?.direction).toBe('high');
	});

	it('marks a fall of six, not a fall of five', () => {
		expect(trendRuns([20, 19, 18, 17, 16, 15, 16])).toEqual([-1, -1, -1, -1, -1, -1, 0]);
		expect(trendRuns([20, 19, 18, 17, 16, 17, 16])).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});

	it('is broken by an equal value', () => {
		// 1, 2, 3, 3, 4, 5, 6: steps + + 0 + + +, longest rising run is four points.
		expect(trendRuns([1, 2, 3, 3, 4, 5, 6])).toEqual([0, 0, 0, 0, 0, 0, 0]);
	});
});

describe('two of three near a limit', () => {
	// 9, 11, 9, 11, 9, 11, 9, 11, 15, 15, 11, 9: sum 45 + 55 + 30 = 130, mean 10.833;
	// moving ranges 2 x 7, 4, 0, 4, 2: 24 / 11 = 2.1818; upper 10.833 + 5.804 = 16.64 (15 inside);
	// near upper 10.833 + 1.7733 x 2.1818 = 14.70, so both 15s are near; 11, 15, 15 and 15, 15, 11 are all above the mean.
	const v = [9, 11, 9, 11, 9, 11, 9, 11, 15, 15, 11, 9];

	it('marks the two near points and nothing else', () => {
		const c = xmrChart(v);
		expect(c.limits.nearUpper).toBeCloseTo(130 / 12 + NEAR_LIMIT * (24 / 11), 10);
		expect(c.points.map((p) => p.rules.join())).toEqual(['', '', '', '', '', '', '', '', 'twoOfThree', 'twoOfThree', '', '']);
	});

	it('needs all three on one side of the mean', () => {
		// The same two near points with a point below the mean between them: 15, 9, 15.
		const w = [9, 11, 9, 11, 9, 11, 9, 11, 15, 9, 15, 9];
		// mean 128 / 12 = 10.667; moving ranges 2 x 7, 4, 6, 6, 6: 36 / 11 = 3.27; near upper 10.667 + 5.80 = 16.47: 15 is not near anyway.
		expect(twoOfThree(w, xmrLimits(w))).toEqual(new Array(12).fill(0));
	});

	it('does not count points outside the limits as near', () => {
		const l = { mean: 0, meanMovingRange: 1, upper: 2.66, lower: -2.66, nearUpper: 1.7733, nearLower: -1.7733 };
		// 2.0 is near, 3.0 is outside: only one near point in the window.
		expect(twoOfThree([1, 2, 3, 1], l)).toEqual([0, 0, 0, 0]);
		expect(twoOfThree([-1, -2, -2.5, -1], l)).toEqual([0, -1, -1, 0]);
	});
});
