import { describe, expect, it } from 'vitest';
import { targetQueueSize, reliefCapacity, targetCapacity, targetMeanWait, factorForShare, shareBeyond, squaredCvFromMonthlyCounts, queueLoad } from '../../src/lib/model/queueing';
import { xoshiro128ss } from '../../src/lib/model/uncertainty/prng';

describe('NHSRwaitinglist documented examples', () => {
	it('target queue size: 30 a week x 52 weeks / 4 = 390', () => {
		expect(targetQueueSize(30, 52, 4)).toBe(390);
		expect(targetMeanWait(52, 4)).toBe(13);
		// the package's own tests: (30, 50) -> 375, (30, 50, 6) -> 250
		expect(targetQueueSize(30, 50)).toBe(375);
		expect(targetQueueSize(30, 50, 6)).toBeCloseTo(250, 12);
	});

	it('relief capacity: 30 + (1,200 - 390) / 26 = 61.15 a week', () => {
		expect(reliefCapacity(30, 1200, 390, 26)).toBeCloseTo(61.153846, 6);
		// package tests: (33, 800, 200, 30) -> 53; (35, 250, 100, 15) -> 45
		expect(reliefCapacity(33, 800, 200, 30)).toBe(53);
		expect(reliefCapacity(35, 250, 100, 15)).toBe(45);
	});

	it('target capacity as the package computes it (with the /2)', () => {
		// 30 + ((1.1^2 + 1.2^2) / 2) x 3 / 52 = 30 + 1.325 x 0.0576923 = 30.076442
		expect(targetCapacity(30, 52, 3, 1.1, 1.2)).toBeCloseTo(30.076442, 6);
		// vector example: (42, 65, 2, 1.2, 1.5) -> 42.0567692; (35, 50, 1, 1.3, 1.6) -> 35.0425
		expect(targetCapacity(42, 65, 2, 1.2, 1.5)).toBeCloseTo(42.0567692, 6);
		expect(targetCapacity(35, 50, 1, 1.3, 1.6)).toBeCloseTo(35.0425, 6);
	});

	it('queue load 30 / 27 = 1.11', () => {
		expect(queueLoad(30, 27)).toBeCloseTo(1.111, 3);
		expect(queueLoad(30, 0)).toBeNull();
	});
});

describe('the operational standard as a share', () => {
	it('1% beyond the standard is factor ln 100 = 4.605; 5% is ln 20 = 2.996', () => {
		expect(factorForShare(0.01)).toBeCloseTo(4.60517, 5);
		expect(factorForShare(0.05)).toBeCloseTo(2.99573, 5);
		// and back: a 6-week standard at factor ln 100 has mean wait 6 / 4.605 = 1.303 weeks, exp(-4.605) = 1%
		expect(shareBeyond(6, 6 / factorForShare(0.01))).toBeCloseTo(0.01, 12);
		// the package's factor 4 is exp(-4) = 1.83% beyond the target
		expect(shareBeyond(52, 13)).toBeCloseTo(0.0183, 4);
	});

	it('stays finite at the edges', () => {
		expect(Number.isFinite(factorForShare(0))).toBe(true);
		expect(factorForShare(1)).toBe(0);
	});

	it('a Poisson stream of 400 a month (CV 1 / sqrt 400 = 0.05) has squared CV 1', () => {
		expect(squaredCvFromMonthlyCounts(0.05, 400)).toBeCloseTo(1, 12);
		// CV 0.1 on 400 a month: 0.01 x 400 = 4 (four times as variable as Poisson)
		expect(squaredCvFromMonthlyCounts(0.1, 400)).toBeCloseTo(4, 12);
	});
});

/**
 * A single-server first-come-first-served queue, simulated customer by customer (Lindley's
 * recursion W(n+1) = max(0, W(n) + S(n) - A(n+1))) with exponential gaps between arrivals at
 * `demand` a week and service times either fixed at 1 / capacity (cs = 0) or exponential (cs = 1).
 * Returns the mean wait before service in weeks and the mean number waiting seen by arrivals.
 */
function simulate(demand: number, capacity: number, serviceCv: 0 | 1, customers: number, seed: number) {
	const rng = xoshiro128ss(seed);
	const expo = (rate: number) => -Math.log(1 - rng.next()) / rate;
	let wait = 0;
	let previousService = 0;
	let totalWait = 0;
	let arrival = 0;
	const starts: number[] = [];
	let firstNotStarted = 0;
	let totalQueue = 0;
	const warmUp = Math.floor(customers / 10);
	for (let n = 0; n < customers; n++) {
		const gap = expo(demand);
		const service = serviceCv === 0 ? 1 / capacity : expo(capacity);
		arrival += gap;
		if (n > 0) wait = Math.max(0, wait + previousService - gap);
		previousService = service;
		const start = arrival + wait;
		starts.push(start);
		while (firstNotStarted < n && (starts[firstNotStarted] as number) <= arrival) firstNotStarted++;
		if (n >= warmUp) {
			totalWait += wait;
			totalQueue += n - firstNotStarted;
		}
	}
	const counted = customers - warmUp;
	return { meanWait: totalWait / counted, meanQueue: totalQueue / counted };
}

// Each simulation runs up to a million customers: well under a second alone, but it passed 5 s on a
// loaded 2-core machine, so this block allows a minute (a correctness check, not a speed target).
describe('Kingman target capacity against a simulation of our own', { timeout: 60_000 }, () => {
	// 30 referrals a week, a mean wait of 0.2 weeks wanted (target 0.8 weeks at factor 4), Poisson arrivals.
	const demand = 30;
	const target = 0.8;
	const mean = targetMeanWait(target, 4);

	it('fixed service times (M/D/1): the code\'s capacity gives the intended wait, the help text\'s about half', () => {
		// code: 30 + ((1 + 0) / 2) x 4 / 0.8 = 32.5 a week; exact M/D/1 mean wait
		// rho / (2 mu (1 - rho)) = (30 / 32.5) / (2 x 32.5 x 2.5 / 32.5) = 0.9231 / 5 = 0.1846 weeks (Kingman is exact here)
		const c = targetCapacity(demand, target, 4, 1, 0);
		expect(c).toBe(32.5);
		const sim = simulate(demand, c, 0, 1_000_000, 11);
		expect(sim.meanWait).toBeGreaterThan(0.1846 * 0.94);
		expect(sim.meanWait).toBeLessThan(0.1846 * 1.06);
		expect(Math.abs(sim.meanWait - mean) / mean).toBeLessThan(0.12); // within the heavy-traffic approximation of the 0.2 wanted
		// help text: 30 + (1 + 0) / 0.2 = 35 a week; exact mean wait (30 / 35) / (2 x 35 x 5 / 35) = 0.0857, under half the 0.2 wanted
		const helpText = demand + 1 / mean;
		const simHelp = simulate(demand, helpText, 0, 1_000_000, 12);
		expect(simHelp.meanWait).toBeGreaterThan(0.0857 * 0.94);
		expect(simHelp.meanWait).toBeLessThan(0.0857 * 1.06);
		expect(simHelp.meanWait / mean).toBeLessThan(0.5);
	});

	it('exponential service (M/M/1): 30 + ((1 + 1) / 2) x 5 = 35 a week, exact wait (30 / 35) / (35 - 30) = 0.1714', () => {
		const c = targetCapacity(demand, target, 4, 1, 1);
		expect(c).toBe(35);
		const sim = simulate(demand, c, 1, 1_000_000, 13);
		expect(sim.meanWait).toBeGreaterThan(0.1714 * 0.94);
		expect(sim.meanWait).toBeLessThan(0.1714 * 1.06);
	});

	it("Little's law: the number waiting is demand x mean wait (the target queue size)", () => {
		const sim = simulate(demand, targetCapacity(demand, target, 4, 1, 0), 0, 400_000, 14);
		expect(sim.meanQueue / (demand * sim.meanWait)).toBeGreaterThan(0.97);
		expect(sim.meanQueue / (demand * sim.meanWait)).toBeLessThan(1.03);
	});

	it('relief capacity clears 1,200 to 390 in 26 weeks, week by week', () => {
		let list = 1200;
		const c = reliefCapacity(30, 1200, 390, 26);
		for (let w = 0; w < 26; w++) list += 30 - c;
		expect(list).toBeCloseTo(390, 9);
	});
});
