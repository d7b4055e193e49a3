import type { Scenario } from '$lib/model';
import type { PsaResult, SensitivityResult, SwitchingValue } from '$lib/model/uncertainty';

/** One-way sensitivity and switching values, in the shape the exports take. */
export interface StoredSensitivity {
	ows: SensitivityResult;
	sv: SwitchingValue[];
}

/**
 * Which version of the scenario an analysis is of: the validated scenario as JSON. Two versions
 * with the same key are the same model, so an analysis of one is an analysis of the other; any
 * edit that changes a figure changes the key.
 */
export function scenarioKey(s: Scenario | null | undefined): string {
	return s ? JSON.stringify(s) : '';
}

/**
 * The last probabilistic and one-way analyses worked out in this browser session (the Uncertainty
 * page, or the export menu's background run), each tagged with the scenario version it is of. The
 * export menu reads them so the files carry them; an analysis is only ever handed out for the
 * version it was run on, so an export never carries a PSA of a different scenario.
 */
class Analyses {
	#psa = $state.raw<{ key: string; result: PsaResult } | null>(null);
	#sensitivity = $state.raw<{ key: string; value: StoredSensitivity } | null>(null);

	setPsa(key: string, result: PsaResult): void {
		if (key) this.#psa = { key, result };
	}

	setSensitivity(key: string, value: StoredSensitivity): void {
		if (key) this.#sensitivity = { key, value };
	}

	/** The PSA of this scenario version, or null when the last run was of another version (or there is none). */
	psaFor(key: string): PsaResult | null {
		return key && this.#psa?.key === key ? this.#psa.result : null;
	}

	/** Whether a PSA has been run in this session at all (of whichever version). */
	get hasPsa(): boolean {
		return this.#psa !== null;
	}

	sensitivityFor(key: string): StoredSensitivity | null {
		return key && this.#sensitivity?.key === key ? this.#sensitivity.value : null;
	}
}

export const analyses = new Analyses();
