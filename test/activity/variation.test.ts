import { describe, expect, it } from 'vitest';
import { variationSummary } from '../../src/lib/activity/variation';
import type { ActivityFit, SeriesFit } from '../../src/lib/activity/fit';

function series(mean: number, cv: number, nextYearTotal: number): SeriesFit {
	return { mean, monthlyCv: cv, nextYearTotal, values: new Array(24).fill(mean) } as SeriesFit;
}

describe('capacity to hold the standard with the service\'s own variation', () => {
	// Referrals 400 a month (CV 0.1, next year 5,200 = 100 a week), scans 400 a month (CV 0.05); list 1,000, 300 of them 6+ weeks.
	const fit = { referrals: series(400, 0.1, 5200), scans: series(400, 0.05, 4800), backlog: { month: 0, waitingList: 1000, waiting6: 300 }, messages: [] } as unknown as ActivityFit;
	const v = variationSummary(fit, { standardWeeks: 6, share: 0.01, reliefWeeks: 26 })!;

	it('turns monthly CVs into Kingman squared CVs: 0.1^2 x 400 = 4 and 0.05^2 x 400 = 1', () => {
		expect(v.demandSquaredCv).toBeCloseTo(4, 12);
		expect(v.capacitySquaredCv).toBeCloseTo(1, 12);
	});

	it('holds under 1% waiting 6+ weeks: mean wait 6 / ln 100 = 1.303 weeks, queue 130.3, capacity 100 + (4 + 1) / 2 x 4.605 / 6 = 101.92 a week', () => {
		expect(v.factor).toBeCloseTo(Math.log(100), 12);
		expect(v.meanWaitWeeks).toBeCloseTo(1.30288, 5);
		expect(v.targetQueue).toBeCloseTo(130.288, 3);
		expect(v.capacityToHoldPerWeek).toBeCloseTo(101.9188, 4);
	});

	it('compares with today: 400 scans a month is 400 / 4.333 = 92.31 a week; relief to clear 1,000 to 130.3 in 26 weeks is 100 + 869.7 / 26 = 133.45', () => {
		expect(v.scansPerWeek).toBeCloseTo(92.3077, 4);
		expect(v.reliefPerWeek).toBeCloseTo(100 + (1000 - 600 / Math.log(100)) / 26, 10); // 133.4504
		expect(v.shareWaitingNow).toBe(0.3);
	});

	it('at 5% the factor is ln 20 = 3.0: capacity 100 + 2.5 x 3 / 6 = 101.25', () => {
		expect(variationSummary(fit, { standardWeeks: 6, share: 0.05, reliefWeeks: 26 })!.capacityToHoldPerWeek).toBeCloseTo(100 + (2.5 * Math.log(20)) / 6, 10);
	});
});
