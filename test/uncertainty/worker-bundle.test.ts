import { describe, it, expect } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { simulatePsa, summarisePsa, simulateInputs, summariseSamples, mergePsaSamples } from '../../src/lib/model/uncertainty/psa';
import { resolveInputs, withSampler } from '../../src/lib/model/uncertainty/ranges';
import { exampleRaw, parsed } from './helpers';

/** The input files of the PSA worker's bundle, as Vite and the bench bundle it (esbuild, browser). */
async function workerInputs(entry: string): Promise<string[]> {
	const r = await build({ entryPoints: [fileURLToPath(new URL(entry, import.meta.url))], bundle: true, write: false, format: 'esm', platform: 'browser', metafile: true, logLevel: 'silent', outdir: 'out' });
	return Object.keys(r.metafile.inputs);
}

describe('the PSA worker carries no schema library', () => {
	it('bundles without zod and without the schema modules', async () => {
		const inputs = await workerInputs('../../src/lib/workers/psa.worker.ts');
		// The engine is in it (the kernel and the PSA run), so the check is of a real bundle.
		expect(inputs).toContain('src/lib/model/kernel.ts');
		expect(inputs).toContain('src/lib/model/uncertainty/psaRun.ts');
		expect(inputs.filter((f) => f.includes('node_modules/zod'))).toEqual([]);
		// Only the zod-free lists of the format (age bands, cost categories, scanner change fields).
		expect(inputs.filter((f) => f.includes('src/lib/model/schema/'))).toEqual(['src/lib/model/schema/lists.ts']);
		expect(inputs).not.toContain('src/lib/model/catalogue.ts');
	});

	it('the sensitivity worker still has the catalogue (it resolves its own inputs)', async () => {
		const inputs = await workerInputs('../../src/lib/workers/sensitivity.worker.ts');
		expect(inputs).toContain('src/lib/model/catalogue.ts');
	});
});

describe('inputs resolved on the page and posted to a worker', () => {
	it.each(['urban-backlog.json', 'rural-mobile.json'])('%s: give exactly the run and summary of the scenario alone', (file) => {
		const s = parsed(exampleRaw(file));
		// What the worker receives: the resolved inputs after a structured clone (postMessage).
		const posted = structuredClone(resolveInputs(s));
		expect(posted.length).toBe(s.uncertainty!.inputs.length);
		const a = simulateInputs(s, posted.map(withSampler), { seed: 9, start: 0, count: 30 });
		const b = simulateInputs(s, posted.map(withSampler), { seed: 9, start: 30, count: 30 });
		const whole = simulatePsa(s, { seed: 9, count: 60 });
		const merged = mergePsaSamples([a, b]);
		expect(Array.from(merged.npc)).toEqual(Array.from(whole.npc));
		expect(Array.from(merged.draws)).toEqual(Array.from(whole.draws));
		expect(summariseSamples(s, posted.map((c) => c.range), merged)).toEqual(summarisePsa(s, whole));
	});
});
