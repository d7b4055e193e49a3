import { describe, expect, it } from 'vitest';
import { waitingMeasures } from '../../src/lib/model/waitingMeasures';
import { WaitingSchema } from '../../src/lib/model/schema/waiting';
import { unwrap } from '../../src/lib/model/schema/walk';
import { xoshiro128ss } from '../../src/lib/model/uncertainty/prng';

describe('waiting-time measures for one option', () => {
	// 5,200 referrals a year (100 a week, 433.3 a month), capacity 5,000; 6-week standard at 1%; list 1,000; relief in 26 weeks.
	const base = { demand: [5200, 0], capacity: [5000, 5000], startingBacklog: 1000, standardWeeks: 6, standardShare: 0.01, reliefWeeks: 26 };

	it('Poisson referrals and scans: capacity 100 + ((1 + 1) / 2) x 4.605 / 6 = 100.768 a week, 5,239.9 a year', () => {
		const m = waitingMeasures(base);
		expect(m.factor).toBeCloseTo(Math.log(100), 12);
		expect(m.byYear[0]!.meanWaitWeeks).toBeCloseTo(6 / Math.log(100), 12);
		expect(m.byYear[0]!.targetQueue).toBeCloseTo((100 * 6) / Math.log(100), 9); // 130.29
		expect(m.byYear[0]!.capacityToHold).toBeCloseTo((100 + Math.log(100) / 6) * 52, 9); // 5,239.9
		expect(m.byYear[0]!.shortfall).toBeCloseTo((100 + Math.log(100) / 6) * 52 - 5000, 9);
		// relief: 100 + (1,000 - 130.29) / 26 = 133.45 a week, 6,939.4 a year
		expect(m.reliefCapacityFirstYear).toBeCloseTo((100 + (1000 - 600 / Math.log(100)) / 26) * 52, 9);
	});

	it('with the service\'s variation: CV 0.1 of 433.3 a month is c^2 = 4.333; scans CV 0.05 of 416.7 is 1.042', () => {
		const m = waitingMeasures({ ...base, referralsMonthlyCv: 0.1, scansMonthlyCv: 0.05 });
		expect(m.demandSquaredCv[0]).toBeCloseTo(0.01 * (5200 / 12), 12);
		expect(m.capacitySquaredCv[0]).toBeCloseTo(0.0025 * (5000 / 12), 12);
		// 100 + ((4.3333 + 1.0417) / 2) x 4.60517 / 6 = 100 + 2.6875 x 0.767528 = 102.0627 a week
		expect(m.byYear[0]!.capacityToHold / 52).toBeCloseTo(100 + ((0.01 * 5200) / 12 + (0.0025 * 5000) / 12) / 2 * (Math.log(100) / 6), 9);
	});

	it('a year with no referrals needs no capacity, and nothing is NaN', () => {
		const m = waitingMeasures(base);
		expect(m.byYear[1]).toEqual({ meanWaitWeeks: 6 / Math.log(100), targetQueue: 0, capacityToHold: 0, shortfall: -5000 });
		expect(JSON.stringify(m)).not.toMatch(/null|NaN|Infinity/);
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


describe('a month-by-month simulation of our own holds the target list', () => {
	it('referrals 433.3 a month (CV 0.1) and capacity at the Kingman figure (CV 0.05): the mean list is the target queue of 130.3', () => {
		// Lindley's recursion by month, list(t+1) = max(0, list(t) + referrals - scans), normal monthly counts.
		// With the capacity above, the monthly step has mean -8.94 and variance 43.3^2 + 21.3^2: the list averages
		// about variance / (2 x 8.94) = 130, the target queue demand x mean wait = 100 x 1.303.
		const demandYear = 5200;
		const m = waitingMeasures({ demand: [demandYear], capacity: [0], startingBacklog: 0, standardWeeks: 6, standardShare: 0.01, reliefWeeks: 26, referralsMonthlyCv: 0.1, scansMonthlyCv: 0.05 });
		const d = demandYear / 12;
		const c = m.byYear[0]!.capacityToHold / 12;
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
		expect(meanList / m.byYear[0]!.targetQueue).toBeGreaterThan(0.9);
		expect(meanList / m.byYear[0]!.targetQueue).toBeLessThan(1.1);
	});
});
