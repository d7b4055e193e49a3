import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/model/parse';
import { appraise } from '../../src/lib/model/appraise';
import { simulatePsa } from '../../src/lib/model/uncertainty/psa';
import { oneWaySensitivity } from '../../src/lib/model/uncertainty/sensitivity';
import { urbanRaw, parsed } from './helpers';

// The urban example's "second" and "secondFls" options buy the same community scanner: one price.
const priced = {
	inputs: [{ path: 'options[2].addScanners[0].purchaseCostGbp', linkedPaths: ['options[3].addScanners[0].purchaseCostGbp'], low: 160000, high: 280000 }]
};

describe('linked paths: one quantity appearing in several options', () => {
	const s = parsed(urbanRaw(priced));

	it('moves the linked input with the drawn one in every iteration (both bases GBP 214,000, so equal values)', () => {
		const raw = simulatePsa(s, { seed: 4, count: 5 });
		for (let i = 0; i < 5; i++) {
			const v = raw.draws[i]!;
			const changed = structuredClone(s);
			changed.options[2]!.addScanners[0]!.purchaseCostGbp = v;
			changed.options[3]!.addScanners[0]!.purchaseCostGbp = v;
			const r = appraise(changed);
			expect(raw.npc[i * 4 + 2]).toBe(r.options[2]!.summary.netPresentCostGbp);
			expect(raw.npc[i * 4 + 3]).toBe(r.options[3]!.summary.netPresentCostGbp);
		}
	});

	it('sets both at the tornado ends', () => {
		const bar = oneWaySensitivity(s).npc[0]!;
		const changed = structuredClone(s);
		changed.options[2]!.addScanners[0]!.purchaseCostGbp = 280000;
		changed.options[3]!.addScanners[0]!.purchaseCostGbp = 280000;
		const r = appraise(changed);
		expect(bar.atHigh).toBe(r.options.find((o) => o.id === r.preferredOptionId)!.summary.netPresentCostGbp);
	});

	it('names a bad linked path and a path linked twice', () => {
		const r = parseScenario(
			urbanRaw({
				inputs: [
					{ path: 'options[2].addScanners[0].purchaseCostGbp', linkedPaths: ['options[9].addScanners[0].purchaseCostGbp', 'scanners[0].purchaseCostGbp'], low: 160000, high: 280000 },
					{ path: 'scanners[0].purchaseCostGbp', low: 160000, high: 280000 }
				]
			})
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.map((e) => e.path)).toEqual(['uncertainty.inputs[0].linkedPaths[0]', 'uncertainty.inputs[1].path']);
		expect(r.errors[0]!.message).toMatch(/"options\[9\].addScanners\[0\].purchaseCostGbp" is not a numeric input/);
		expect(r.errors[1]!.message).toBe('"scanners[0].purchaseCostGbp" already has a range at uncertainty.inputs[0]');
	});
});
