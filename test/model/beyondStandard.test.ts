import { describe, expect, it } from 'vitest';
import { waitingBeyondStandard } from '../../src/lib/model/beyondStandard';

describe('patients waiting beyond the standard at a month end', () => {
	const W = 6 / (52 / 12); // 6 weeks = 1.3846 months

	it('counts whole cohorts past the standard and the part of the one straddling it', () => {
		// End of month 10; cohorts from months 7, 8, 9, 10 of 50, 60, 70, 80 patients.
		// Month 7 and 8: more than 2 months, all 50 + 60; month 9: share 10 + 1 - 9 - 1.3846 = 0.6154, 70 x 0.6154 = 43.08;
		// month 10: under a month, none. Total 110 + 43.08 = 153.08.
		const n = waitingBeyondStandard([7, 8, 9, 10], [50, 60, 70, 80], 0, 4, 10, W, 260);
		expect(n).toBeCloseTo(110 + 70 * (2 - W), 10);
	});

	it('reads only the cohorts still on the list (head to tail), taking the newest off the list size', () => {
		expect(waitingBeyondStandard([7, 8, 9, 10], [50, 60, 70, 80], 2, 4, 10, W, 150)).toBeCloseTo(70 * (2 - W), 10);
		expect(waitingBeyondStandard([7], [50], 1, 1, 10, W, 0)).toBe(0);
	});

	it('counts the backlog, which joined before month 0 (negative months)', () => {
		// End of month 0, backlog cohorts from months -2 and -1 of 100 each: 0 + 1 - (-2) - 1.3846 > 1 -> all; -1: 2 - 1.3846 = 0.6154.
		expect(waitingBeyondStandard([-2, -1, 0], [100, 100, 40], 0, 3, 0, W, 240)).toBeCloseTo(100 + 100 * (2 - W), 10);
	});
});
