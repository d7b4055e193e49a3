import { describe, expect, it } from 'vitest';
import { scenarioKey, sensitivityKey } from '../../src/lib/state/analyses.svelte';
import { sensitivityAnalyses } from '../../src/lib/model/uncertainty/analyses';
import { urbanRaw, parsed, URBAN_RANGES } from './helpers';

/**
 * Which version of the scenario an analysis is of (src/lib/state/analyses.svelte.ts). The one-way
 * sensitivity and the switching values do not depend on the probabilistic analysis's run size or
 * seed, so changing those must keep the sensitivity: keyed by the whole scenario, typing a run size
 * on the Uncertainty page threw it away and the report waited for it to be worked out again
 * (e2e/uncertainty.test.ts timed out on that under load).
 */
describe('analysis keys', () => {
	const at = (uncertainty: Record<string, unknown>) => parsed(urbanRaw({ inputs: URBAN_RANGES, ...uncertainty }));
	const base = at({ iterations: 10_000, seed: 1 });
	const fewer = at({ iterations: 500, seed: 1 });
	const reseeded = at({ iterations: 500, seed: 7 });
	const narrower = at({ inputs: [{ ...URBAN_RANGES[0], high: 0.12 }, ...URBAN_RANGES.slice(1)], iterations: 500, seed: 1 });

	it('a PSA is of another version when the run size or seed changes; the sensitivity is not', () => {
		expect(scenarioKey(fewer)).not.toBe(scenarioKey(base));
		expect(scenarioKey(reseeded)).not.toBe(scenarioKey(fewer));
		expect(sensitivityKey(scenarioKey(fewer))).toBe(sensitivityKey(scenarioKey(base)));
		expect(sensitivityKey(scenarioKey(reseeded))).toBe(sensitivityKey(scenarioKey(base)));
	});

	it('a change of a range, or of any model figure, changes both keys', () => {
		expect(sensitivityKey(scenarioKey(narrower))).not.toBe(sensitivityKey(scenarioKey(fewer)));
		const dearer = parsed({ ...urbanRaw({ inputs: URBAN_RANGES, iterations: 500, seed: 1 }), name: 'Other name' });
		expect(sensitivityKey(scenarioKey(dearer))).not.toBe(sensitivityKey(scenarioKey(fewer)));
		expect(scenarioKey(null)).toBe('');
		expect(sensitivityKey('')).toBe('');
	});

	it('the sensitivity worked out with another run size and seed is the same, number for number', () => {
		expect(sensitivityAnalyses(reseeded)).toEqual(sensitivityAnalyses(base));
	});

	it('a key is the scenario: the sensitivity part holds every figure but the run size and seed', () => {
		const k = scenarioKey(fewer);
		expect(JSON.parse(sensitivityKey(k)).uncertainty).toEqual({ ...fewer.uncertainty, iterations: undefined, seed: undefined, inputs: fewer.uncertainty!.inputs });
		expect(k.slice(sensitivityKey(k).length + 1)).toBe('[500,1]');
	});
});
