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
	/** Merge a run's blocks and summarise them (percentiles, histograms, acceptability curve): off the page's thread too. */
	| { type: 'summarise'; jobId: number; scenario: Scenario; inputs: ResolvedInput[]; blocks: PsaSamples[] };

/** The message to the sensitivity worker (sensitivity.worker.ts). */
export type SensitivityRequest = { type: 'sensitivity'; jobId: number; scenario: Scenario };

/** Messages from the PSA and sensitivity workers. */
export type WorkerResponse =
	| { type: 'progress'; jobId: number; done: number }
	| { type: 'samples'; jobId: number; samples: PsaSamples }
	| { type: 'summary'; jobId: number; result: PsaResult }
	| { type: 'sensitivity'; jobId: number; sensitivity: SensitivityResult; switching: SwitchingValue[] }
	| { type: 'error'; jobId: number; message: string };

/** The typed arrays of a block, handed over to the page without copying. */
export function transferables(s: PsaSamples): ArrayBuffer[] {
	return [s.npc, s.costPerScan, s.endListSize, s.fracturesAverted, s.npsv, s.qalys, s.benefits, s.meetsDemand, s.preferred, s.draws].map((a) => a.buffer as ArrayBuffer);
}
