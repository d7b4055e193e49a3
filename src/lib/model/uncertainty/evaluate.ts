import type { Scenario } from '../schema/scenario';
import type { OptionSummary } from '../results';
import { appraiseSummaries, sharedWork, type SharedWork } from '../appraise';

/** What the uncertainty analyses need from one run of the engine. */
export interface Evaluation {
	optionIds: string[];
	names: string[];
	summaries: OptionSummary[];
	/** Option indices in rank order (first is preferred). */
	order: number[];
}

/**
 * Run the engine in summary mode (identical summaries and ranking to appraise(), without the
 * tables). `shared` may start from work carried over from an appraisal of a scenario that
 * differs only where that work does not look (see reuse.ts).
 */
export function evaluate(s: Scenario, shared: SharedWork = sharedWork()): Evaluation {
	const r = appraiseSummaries(s, shared);
	const index = new Map(r.options.map((o, i) => [o.id, i]));
	return {
		optionIds: r.options.map((o) => o.id),
		names: r.options.map((o) => o.name),
		summaries: r.options.map((o) => o.summary),
		order: r.ranking.map((x) => index.get(x.optionId) as number)
	};
}

export function preferredIndex(e: Evaluation): number {
	return e.order[0] ?? 0;
}
