import { parseScenario, appraise, type ScenarioInput, type Scenario, type AppraisalResult, type ParseResult } from '$lib/model';

/**
 * The working scenario: what the user edits (`input`, the scenario as written, formulas and all),
 * its parse, and the engine's results for the last valid version. Results are derived, so they
 * are never stale. The UI extends this class (undo/redo, autosave); exports and the uncertainty
 * views only read `scenario` and `result`.
 */
export class Workspace {
	/** The scenario as the user has written it (may be invalid while editing). */
	input = $state<ScenarioInput | null>(null);
	/** Where the scenario came from: an example's file name, a saved name, or 'imported'. */
	origin = $state<string>('');

	readonly parsed: ParseResult | null = $derived(this.input ? parseScenario($state.snapshot(this.input)) : null);

	#previous: Scenario | null = null;
	#lastValid = $derived.by(() => {
		if (this.parsed?.ok) this.#previous = this.parsed.scenario;
		return this.#previous;
	});
	/** The last valid scenario; stays in place while the current edit is invalid. */
	get scenario(): Scenario | null {
		return this.#lastValid;
	}

	readonly result: AppraisalResult | null = $derived(this.#lastValid ? appraise(this.#lastValid) : null);

	load(input: ScenarioInput, origin: string): void {
		this.input = input;
		this.origin = origin;
	}
}

/** The one workspace of the app (browser only: it is never populated during server rendering). */
export const workspace = new Workspace();
