import type { Scenario } from '../schema/scenario';
import type { OptionSummary } from '../results';
import { appraiseSummaries, type SummaryAppraisal } from '../appraise';
import type { Arena } from '../arena';

/** What the uncertainty analyses need from one run of the engine. */
export interface Evaluation {
	optionIds: string[];
	names: string[];
	summaries: OptionSummary[];
	/** Option indices in rank order (first is preferred). */
	order: number[];
}

/**
 * Run the engine for the summaries (identical summaries and ranking to appraise(), without the
 * tables). Pass the arena of the previous run to reuse its arrays, and an earlier appraisal to
 * have it refilled (appraiseSummaries' reuse: the summaries returned are then its objects, valid
 * until it is refilled again).
 */
export function evaluate(s: Scenario, arena?: Arena, reuse?: SummaryAppraisal): Evaluation {
	const r = appraiseSummaries(s, arena, reuse);
	const optionIds = r.options.map((o) => o.id);
	return {
		optionIds,
		names: r.options.map((o) => o.name),
		summaries: r.options.map((o) => o.summary),
		order: r.ranking.map((x) => optionIds.indexOf(x.optionId))
	};
}

export function preferredIndex(e: Evaluation): number {
	return e.order[0] ?? 0;
}
