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
import { workspace } from './workspace.svelte';

/**
 * The Sites page's inputs, kept in the scenario itself (its optional `sites` section), so the site
 * list is saved, shared, autosaved and undone with the scenario. Edits go through the workspace's
 * edit(); the page reads the parsed inputs and the plans derived from them. Nothing here computes
 * a figure: the engine's access module does.
 */
export class SiteWorkbench {
	/** The inputs as written in the scenario (may be invalid while editing); empty when it has none. */
	get input(): SiteInputsInput {
		return (workspace.input?.sites ?? {}) as SiteInputsInput;
	}

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

	/** Change the site inputs: one undoable edit of the scenario (the section is created on first use). */
	edit(change: (d: SiteInputsInput) => void): void {
		workspace.edit((d) => {
			d.sites ??= {};
			change(d.sites as SiteInputsInput);
		});
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
