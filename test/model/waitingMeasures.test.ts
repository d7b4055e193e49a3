import { describe, expect, it } from 'vitest';
import { waitingMeasures } from '../../src/lib/model/waitingMeasures';
import { WaitingSchema } from '../../src/lib/model/schema/waiting';
import { unwrap } from '../../src/lib/model/schema/walk';
import { xoshiro128ss } from '../../src/lib/model/uncertainty/prng';

describe('waiting-time measures for one option', () => {
	// 5,200 referrals a year (100 a week, 433.3 a month), capacity 5,000; 6-week standard at 1%; list 1,000; relief in 26 weeks.
	const base = { years: 2, demand: [5200, 0], capacity: [5000, 5000], startingBacklog: 1000, standardWeeks: 6, standardShare: 0.01, reliefWeeks: 26 };

	it('Poisson referrals and scans: capacity 100 + ((1 + 1) / 2) x 4.605 / 6 = 100.768 a week, 5,239.9 a year', () => {
		const m = waitingMeasures(base);
		expect(m.factor).toBeCloseTo(Math.log(100), 12);
		expect(m.meanWaitWeeks).toBeCloseTo(6 / Math.log(100), 12);
		expect(m.targetList[0]).toBeCloseTo((100 * 6) / Math.log(100), 9); // 130.29
		expect(m.capacityToHold[0]).toBeCloseTo((100 + Math.log(100) / 6) * 52, 9); // 5,239.9
		// relief: 100 + (1,000 - 130.29) / 26 = 133.45 a week, 6,939.4 a year
		expect(m.reliefFirstYear).toBeCloseTo((100 + (1000 - 600 / Math.log(100)) / 26) * 52, 9);
	});

	it('with the service\'s variation: CV 0.1 of 433.3 a month is c^2 = 4.333; scans CV 0.05 of 416.7 is 1.042', () => {
		const m = waitingMeasures({ ...base, referralsMonthlyCv: 0.1, scansMonthlyCv: 0.05 });
		expect(m.demandSquaredCv[0]).toBeCloseTo(0.01 * (5200 / 12), 12);
		expect(m.capacitySquaredCv[0]).toBeCloseTo(0.0025 * (5000 / 12), 12);
		// 100 + ((4.3333 + 1.0417) / 2) x 4.60517 / 6 = 100 + 2.6875 x 0.767528 = 102.0627 a week
		expect(m.capacityToHold[0]! / 52).toBeCloseTo(100 + ((0.01 * 5200) / 12 + (0.0025 * 5000) / 12) / 2 * (Math.log(100) / 6), 9);
	});

	it('a year with no referrals needs no capacity, and nothing is NaN', () => {
		const m = waitingMeasures(base);
		expect([m.targetList[1], m.capacityToHold[1]]).toEqual([0, 0]);
		expect(JSON.stringify(m)).not.toMatch(/null|NaN|Infinity/);
		expect(waitingMeasures({ ...base, startingBacklog: 100 }).reliefFirstYear).toBeNull();
	});
});

describe('the waiting settings in the schema', () => {
	it('default to the 1% standard, 26 relief weeks and Poisson variation, each with its source', () => {
		expect(WaitingSchema.parse({})).toEqual({ standardShare: 0.01, reliefWeeks: 26 });
		for (const key of ['standardShare', 'referralsMonthlyCv', 'scansMonthlyCv', 'reliefWeeks'] as const) {
			const m = unwrap(WaitingSchema.shape[key] as never).meta;
			expect(m?.source, key).toBeTruthy();
		}
	});
});


describe('a month-by-month simulation of our own', () => {
	it('referrals 433.3 a month (CV 0.1), capacity at the Kingman figure (scans CV 0.05): the list matches the random-walk prediction', () => {
		// Lindley's recursion by month, list(t+1) = max(0, list(t) + referrals - scans), normal monthly counts.
		// Capacity: 100 + ((4.333 + 1.083) / 2) x 4.605 / 6 = 102.08 a week, 5,308 a year, 442.3 a month, so the monthly
		// step has mean m = -9.0 and variance s^2 = 43.3^2 + 22.1^2 = 2,364. Its heavy-traffic mean list s^2 / (2m) = 131
		// is the target list demand x mean wait = 100 x 1.303 = 130.3: the CV conversion and Kingman agree. Monthly
		// batches lower a random walk's mean maximum by about 0.583 s (Siegmund's correction), so the simulation should
		// give about 131 - 28 = 103.
		const demandYear = 5200;
		const m = waitingMeasures({ years: 1, demand: [demandYear], capacity: [demandYear], startingBacklog: 0, standardWeeks: 6, standardShare: 0.01, reliefWeeks: 26, referralsMonthlyCv: 0.1, scansMonthlyCv: 0.05 });
		const d = demandYear / 12;
		const c = m.capacityToHold[0]! / 12;
		const variance = (0.1 * d) ** 2 + (0.05 * c) ** 2;
		const heavyTraffic = variance / (2 * (c - d));
		expect(heavyTraffic / m.targetList[0]!).toBeGreaterThan(0.97);
		expect(heavyTraffic / m.targetList[0]!).toBeLessThan(1.03);
		const rng = xoshiro128ss(21);
		const normal = () => Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
		let list = 0;
		let total = 0;
		const months = 300_000;
		for (let t = 0; t < months; t++) {
			list = Math.max(0, list + d * (1 + 0.1 * normal()) - c * (1 + 0.05 * normal()));
			if (t >= 1000) total += list;
		}
		const meanList = total / (months - 1000);
		const corrected = heavyTraffic - 0.583 * Math.sqrt(variance);
		expect(meanList / corrected).toBeGreaterThan(0.9);
		expect(meanList / corrected).toBeLessThan(1.1);
	});
});
