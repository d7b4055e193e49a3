import type { Scenario } from '../schema/scenario';
import type { SensitivityAnalyses } from './types';
import { oneWaySensitivity } from './sensitivity';
import { switchingValues } from './switching';

/**
 * The one-way sensitivity and switching values of a scenario, or null when it has no uncertain
 * inputs (nothing to vary). Each is many re-runs of the engine: the app works this out in a
 * worker (src/lib/state/analyses.svelte.ts), the CLI before writing its exports; the exporters
 * only receive it.
 */
export function sensitivityAnalyses(s: Scenario): SensitivityAnalyses | null {
	if (!s.uncertainty?.inputs.length) return null;
	return { ows: oneWaySensitivity(s), sv: switchingValues(s) };
}
