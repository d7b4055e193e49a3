import { oneWaySensitivity, switchingValues, runPsa, simulatePsa, type PsaResult, type PsaSamples } from '../../src/lib/model/uncertainty';
import type { PrecomputedSensitivity } from '../../src/lib/export/sensitivity';
import { exampleModels, type ExampleModel } from './models';

/**
 * The urban example (19 uncertain inputs, an FLS option and an acceptability curve) with a real
 * 200-run PSA at seed 7, its raw samples for figures worked out by hand, and its one-way
 * sensitivity worked out once (so each export does not re-run it).
 */
export interface PsaFixture {
	m: ExampleModel;
	psa: PsaResult;
	samples: PsaSamples;
	sensitivity: PrecomputedSensitivity;
}

let cached: PsaFixture | null = null;

export function urbanPsa(): PsaFixture {
	if (cached) return cached;
	const m = exampleModels().find((x) => x.slug === 'urban-backlog');
	if (!m) throw new Error('urban-backlog example missing');
	const psa = runPsa(m.scenario, { iterations: 200, seed: 7 });
	const samples = simulatePsa(m.scenario, { seed: 7, count: 200 });
	cached = { m, psa, samples, sensitivity: { ows: oneWaySensitivity(m.scenario), sv: switchingValues(m.scenario) } };
	return cached;
}

/** Share of the 200 runs in which option `o` ranks first, counted from the raw samples. */
export function preferredShare(samples: PsaSamples, o: number): number {
	let k = 0;
	for (let i = 0; i < samples.count; i++) if (samples.preferred[i] === o) k++;
	return k / samples.count;
}

/** Share of runs in which option `o` meets the waiting-time standard, counted from the raw samples. */
export function meetsShare(samples: PsaSamples, o: number): number {
	const w = samples.optionIds.length;
	let k = 0;
	for (let i = 0; i < samples.count; i++) k += samples.meetsDemand[i * w + o] as number;
	return k / samples.count;
}

/** Option `o`'s net present cost in every run, sorted. */
export function sortedNpc(samples: PsaSamples, o: number): number[] {
	const w = samples.optionIds.length;
	return Array.from({ length: samples.count }, (_, i) => samples.npc[i * w + o] as number).sort((a, b) => a - b);
}
