import {
	SiteInputsSchema,
	buildSiteProblem,
	planMobileStops,
	rankSingleSites,
	summariseAccess,
	currentAssignment,
	type SiteInputs,
	type SiteInputsInput
} from '$lib/model/access';
import type { AppraisalResult, Scenario } from '$lib/model';
import { zodIssues, type InputIssue } from '$lib/model/issues';
import { browserStore } from './storage';

/**
 * The Sites page's inputs, kept in browser storage per scenario name until they move into the
 * scenario file itself (issue #11, phase 2). Edits are plain JSON; the page reads the parsed inputs
 * and the plans derived from them. Nothing here computes a figure: the engine's access module does.
 */
export const SITES_KEY_PREFIX = 'dxa-planner:sites:v1:';

export class SiteWorkbench {
	/** The inputs as written (may be invalid while editing). */
	input = $state<SiteInputsInput>({});
	/** Scenario name whose inputs are loaded (the storage key). */
	#key = '';
	storageError = $state<string | null>(null);

	readonly parsed = $derived.by(() => {
		const r = SiteInputsSchema.safeParse($state.snapshot(this.input), { reportInput: true });
		return r.success ? { ok: true as const, inputs: r.data, errors: [] as InputIssue[] } : { ok: false as const, errors: zodIssues(r.error) };
	});

	#last: SiteInputs = SiteInputsSchema.parse({});
	/** The last valid inputs; stay in place while an edit is invalid. */
	readonly inputs: SiteInputs = $derived.by(() => {
		if (this.parsed.ok) this.#last = this.parsed.inputs;
		return this.#last;
	});

	/** Open the inputs saved for a scenario (by name), or empty ones. */
	openFor(scenarioName: string): void {
		if (scenarioName === this.#key) return;
		this.#key = scenarioName;
		const store = browserStore();
		let saved: unknown;
		try {
			const text = store?.getItem(SITES_KEY_PREFIX + scenarioName);
			saved = text ? JSON.parse(text) : undefined;
		} catch {
			saved = undefined;
		}
		this.input = saved && typeof saved === 'object' ? (saved as SiteInputsInput) : {};
	}

	edit(change: (d: SiteInputsInput) => void): void {
		change(this.input);
		this.save();
	}

	save(): void {
		const store = browserStore();
		if (!store || !this.#key) return;
		try {
			store.setItem(SITES_KEY_PREFIX + this.#key, JSON.stringify($state.snapshot(this.input)));
			this.storageError = null;
		} catch (e) {
			this.storageError = `browser storage refused the site list (${(e as Error).message})`;
		}
	}
}

/** The problem and both answers for a scenario, results and inputs (pure; the page derives it). */
export function siteAnswers(s: Scenario, result: AppraisalResult, inputs: SiteInputs) {
	const built = buildSiteProblem(s, result, inputs);
	const p = built.problem;
	const mobileIds = p.candidates.filter((c) => c.kind === 'mobileStop').map((c) => c.id);
	const staticIds = p.candidates.filter((c) => c.kind === 'static').map((c) => c.id);
	return {
		...built,
		today: summariseAccess(p, currentAssignment(p)),
		plan: mobileIds.length > 0 ? planMobileStops(p, { stops: inputs.stops, scansPerWeek: inputs.scansPerWeek, weeksPerYear: inputs.weeksPerYear, candidateIds: mobileIds }) : null,
		ranked: staticIds.length > 0 ? rankSingleSites(p, { candidateIds: staticIds }) : []
	};
}

export const sites = new SiteWorkbench();
