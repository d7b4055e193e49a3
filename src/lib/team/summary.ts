import type { AppraisalResult } from '$lib/model/results';
import type { ResultSummary } from './types';

/** The part of a result the history shows beside each version: every option's NPC and the preferred one. */
export function summarise(result: AppraisalResult): ResultSummary {
	return {
		preferredOptionId: result.preferredOptionId,
		options: result.options.map((o) => ({ id: o.id, name: o.name, netPresentCostGbp: o.summary.netPresentCostGbp }))
	};
}
