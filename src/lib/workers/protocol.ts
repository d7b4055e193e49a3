import type { Scenario } from '../model/schema/scenario';
import type { PsaResult, PsaSamples, SensitivityResult, SwitchingValue } from '../model/uncertainty/types';
import type { ResolvedInput } from '../model/uncertainty/compiled';

/**
 * Messages to the PSA worker (psa.worker.ts). Each carries the scenario's uncertain inputs resolved
 * on the page (ranges.ts resolveInputs), so the worker's code needs neither the input catalogue nor
 * the schema library it walks.
 */
export type WorkerRequest =
	| { type: 'psa'; jobId: number; scenario: Scenario; inputs: ResolvedInput[]; seed: number; start: number; count: number }
	/**
	 * Run iterations [start, start + count) and keep only the worker's workspace, so the JIT has
	 * compiled the engine, for the objects the user's run will use, before the first run. Run in
	 * slices: any other message ends it (the run goes first), and only a warm-up run to its end
	 * answers `warm`. `seed` is
	 * the run's (the scenario's), and `start` where the worker's block of a run would start (not 0 for
	 * a second worker), so the warm-up runs the run's own path: with seed 0 the generator's seeding
	 * sees only small integers, and its compiled code is thrown away when the run's seed brings others.
	 */
	| { type: 'warmup'; jobId: number; scenario: Scenario; inputs: ResolvedInput[]; seed: number; start: number; count: number }
	/** Merge a run's blocks and summarise them (percentiles, histograms, acceptability curve): off the page's thread too. */
	| { type: 'summarise'; jobId: number; scenario: Scenario; inputs: ResolvedInput[]; blocks: PsaSamples[] };

/** The message to the sensitivity worker (sensitivity.worker.ts). */
export type SensitivityRequest = { type: 'sensitivity'; jobId: number; scenario: Scenario };

/** Messages from the PSA and sensitivity workers. */
export type WorkerResponse =
	| { type: 'progress'; jobId: number; done: number }
	| { type: 'samples'; jobId: number; samples: PsaSamples }
	| { type: 'summary'; jobId: number; result: PsaResult }
	/** A warm-up has finished (nobody needs to wait for it; the bench does). */
	| { type: 'warm'; jobId: number }
	| { type: 'sensitivity'; jobId: number; sensitivity: SensitivityResult; switching: SwitchingValue[] }
	| { type: 'error'; jobId: number; message: string };

/** The typed arrays of a block, handed over to the page without copying. */
export function transferables(s: PsaSamples): ArrayBuffer[] {
	return [s.npc, s.costPerScan, s.endListSize, s.fracturesAverted, s.npsv, s.qalys, s.benefits, s.meetsDemand, s.preferred, s.draws].map((a) => a.buffer as ArrayBuffer);
}
