import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { runPsa, simulatePsa, mergePsaSamples, summarisePsa, PsaAbortedError } from '../../src/lib/model/uncertainty/psa';
import { urbanRaw, parsed } from './helpers';

const s = parsed(urbanRaw());
const N = 200;

describe('probabilistic analysis', () => {
	const a = runPsa(s, { iterations: N, seed: 7 });

	it('same seed, same numbers', () => {
		const b = runPsa(s, { iterations: N, seed: 7 });
		expect(b).toEqual(a);
		const raw1 = simulatePsa(s, { seed: 7, count: 50 });
		const raw2 = simulatePsa(s, { seed: 7, count: 50 });
		expect(raw2.draws).toEqual(raw1.draws);
		expect(raw2.npc).toEqual(raw1.npc);
	});

	it('a different seed gives different draws and results', () => {
		const c = runPsa(s, { iterations: N, seed: 8 });
		expect(c.options[0]!.netPresentCostGbp.mean).not.toBe(a.options[0]!.netPresentCostGbp.mean);
		const d7 = simulatePsa(s, { seed: 7, count: 20 }).draws;
		const d8 = simulatePsa(s, { seed: 8, count: 20 }).draws;
		expect([...d7].filter((v, i) => v === d8[i]).length).toBeLessThan(d7.length / 2);
	});

	it('blocks run separately (as on two workers) merge into exactly the single run', () => {
		const whole = simulatePsa(s, { seed: 7, count: 60 });
		const merged = mergePsaSamples([simulatePsa(s, { seed: 7, start: 25, count: 35 }), simulatePsa(s, { seed: 7, start: 0, count: 25 })]);
		expect(merged.count).toBe(60);
		expect(merged.draws).toEqual(whole.draws);
		expect(merged.npc).toEqual(whole.npc);
		expect(merged.preferred).toEqual(whole.preferred);
		expect(summarisePsa(s, merged)).toEqual(summarisePsa(s, whole));
	});

	it('each iteration equals the engine run on the drawn values', () => {
		const raw = simulatePsa(s, { seed: 7, count: 3 });
		const w = raw.optionIds.length;
		const m = raw.inputPaths.length;
		for (let i = 0; i < 3; i++) {
			const v = Array.from(raw.draws.slice(i * m, (i + 1) * m));
			const changed = structuredClone(s);
			// scanners[0].dnaRate, scanners[0].purchaseCostGbp, demand.referralRatesPer1000.age65to74,
			// fls.rrrHip, scanners[0].slotMinutes.standard, demand.monitoringIntervalYears (helpers.ts order)
			changed.scanners[0]!.dnaRate = v[0]!;
			changed.scanners[0]!.purchaseCostGbp = v[1]!;
			changed.demand.referralRatesPer1000.age65to74 = v[2]!;
			changed.fls.rrrHip = v[3]!;
			changed.scanners[0]!.slotMinutes.standard = v[4]!;
			changed.demand.monitoringIntervalYears = v[5]!;
			const r = appraise(changed);
			r.options.forEach((o, k) => {
				expect(raw.npc[i * w + k]).toBe(o.summary.netPresentCostGbp);
				expect(raw.endListSize[i * w + k]).toBe(o.summary.endListSize);
				expect(raw.fracturesAverted[i * w + k]).toBe(o.summary.fracturesAverted);
			});
			expect(raw.optionIds[raw.preferred[i]!]).toBe(r.preferredOptionId);
		}
	});

	it('keeps draws inside the ranges of bounded distributions and whole numbers whole', () => {
		const raw = simulatePsa(s, { seed: 3, count: 300 });
		const m = raw.inputPaths.length;
		const col = (j: number) => Array.from({ length: raw.count }, (_, i) => raw.draws[i * m + j]!);
		const interval = col(raw.inputPaths.indexOf('demand.monitoringIntervalYears'));
		expect(interval.every((v) => Number.isInteger(v) && v >= 2 && v <= 5)).toBe(true);
		const slot = col(raw.inputPaths.indexOf('scanners[0].slotMinutes.standard'));
		expect(slot.every((v) => v >= 15 && v <= 25)).toBe(true);
		const dna = col(raw.inputPaths.indexOf('scanners[0].dnaRate'));
		expect(dna.every((v) => v >= 0 && v <= 1)).toBe(true);
	});

	it('probabilities of being preferred add up to 1 and the summary stays finite', () => {
		expect(a.options.reduce((t, o) => t + o.probabilityPreferred, 0)).toBeCloseTo(1, 12);
		expect(a.probabilityBasePreferred).toBe(a.options.find((o) => o.optionId === a.basePreferredOptionId)!.probabilityPreferred);
		for (const o of a.options) {
			for (const st of [o.netPresentCostGbp, o.endListSize, o.fracturesAverted, o.netPresentSocialValueGbp]) {
				expect(Number.isFinite(st.mean) && Number.isFinite(st.sd)).toBe(true);
				expect(st.p05).toBeLessThanOrEqual(st.p50);
				expect(st.p50).toBeLessThanOrEqual(st.p95);
				expect(st.n).toBe(N);
			}
		}
		for (const h of a.npcHistograms) {
			expect(h.counts.reduce((t, c) => t + c, 0)).toBe(N);
			const o = a.options.find((x) => x.optionId === h.optionId)!;
			// The bins run from the smallest to the largest sampled NPC, so they bracket the 90% interval.
			expect(h.edges[0]!).toBeLessThanOrEqual(o.netPresentCostGbp.p05);
			expect(h.edges[h.edges.length - 1]!).toBeGreaterThanOrEqual(o.netPresentCostGbp.p95);
		}
	});

	it('without uncertain inputs every iteration is the base case: sd 0, interval collapses, CEAC steps at the base ICER', () => {
		const fixed = parsed(urbanRaw({ inputs: [], willingnessToPay: [0, 10000, 20000, 50000, 100000], ceac: { optionId: 'secondFls', comparatorId: 'second' } }));
		const r = runPsa(fixed, { iterations: 20, seed: 1 });
		const base = appraise(fixed);
		for (const o of r.options) {
			const b = base.options.find((x) => x.id === o.optionId)!.summary;
			expect(o.netPresentCostGbp.mean).toBeCloseTo(b.netPresentCostGbp, 6);
			expect(o.netPresentCostGbp.sd).toBeCloseTo(0, 6);
			expect(o.netPresentCostGbp.p05).toBeCloseTo(b.netPresentCostGbp, 4);
			expect(o.netPresentCostGbp.p95).toBeCloseTo(b.netPresentCostGbp, 4);
			expect(o.probabilityPreferred).toBe(o.optionId === base.preferredOptionId ? 1 : 0);
		}
		// Deterministic ICER = (net cost of FLS option - net cost of comparator) / (QALY difference),
		// net cost = NPC - PV of fracture costs avoided. Below it the curve is 0, above it 1.
		const f = base.options.find((x) => x.id === 'secondFls')!.summary;
		const c = base.options.find((x) => x.id === 'second')!.summary;
		const icer = (f.netPresentCostGbp - f.pvBenefitsGbp - (c.netPresentCostGbp - c.pvBenefitsGbp)) / (f.discountedQalys - c.discountedQalys);
		expect(r.ceac).not.toBeNull();
		expect(r.ceac!.baseIcerGbpPerQaly).toBeCloseTo(icer, 6);
		for (const p of r.ceac!.points) expect(p.probability).toBe(p.willingnessToPayGbp > icer ? 1 : 0);
	});

	it('picks the CEAC comparator as the option that is the same apart from the FLS when not set', () => {
		// In the urban example "secondFls" shares every change with "second" but the main scanner's sessions.
		expect(a.ceac!.optionId).toBe('secondFls');
		expect(a.ceac!.comparatorId).toBe('second');
		expect(a.ceacNote).toBeNull();
	});

	it('stops when cancelled, and reports progress', () => {
		const ctl = new AbortController();
		const seen: number[] = [];
		expect(() =>
			simulatePsa(s, {
				seed: 1,
				count: 50,
				progressEvery: 10,
				signal: ctl.signal,
				onProgress: (d) => {
					seen.push(d);
					if (d >= 20) ctl.abort();
				}
			})
		).toThrow(PsaAbortedError);
		expect(seen).toEqual([10, 20]);
	});
});

describe('histogram bins', () => {
	it('splits 0..9 into 5 equal bins of two values each, the last including its upper edge', async () => {
		const { histogram } = await import('../../src/lib/model/uncertainty/stats');
		// Width (9 - 0) / 5 = 1.8: bins [0, 1.8) {0, 1}, [1.8, 3.6) {2, 3}, [3.6, 5.4) {4, 5}, [5.4, 7.2) {6, 7}, [7.2, 9] {8, 9}.
		const h = histogram([Float64Array.from({ length: 10 }, (_, i) => i)], 5);
		expect(h.edges.map((e) => Number(e.toFixed(9)))).toEqual([0, 1.8, 3.6, 5.4, 7.2, 9]);
		expect(h.counts).toEqual([[2, 2, 2, 2, 2]]);
	});

	it('summarises 1..21 as mean 11, sd sqrt(21 x 22 / 12) = 6.2048, 5th percentile 2 and 95th 20', async () => {
		const { stat } = await import('../../src/lib/model/uncertainty/stats');
		// Linear interpolation between order statistics: position (n - 1) p = 20 x 0.05 = 1 -> the 2nd value, 2;
		// 20 x 0.95 = 19 -> the 20th value, 20. Sample sd of 1..n is sqrt(n (n + 1) / 12).
		const st = stat(Array.from({ length: 21 }, (_, i) => i + 1))!;
		expect(st.mean).toBe(11);
		expect(st.sd).toBeCloseTo(Math.sqrt((21 * 22) / 12), 12);
		expect(st.p05).toBeCloseTo(2, 12);
		expect(st.p50).toBe(11);
		expect(st.p95).toBeCloseTo(20, 12);
		expect(stat([NaN, NaN])).toBeNull();
	});
});
