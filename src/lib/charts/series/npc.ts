import type { AppraisalResult } from '../../model/results';
import { selectOptions, type OptionRef } from './select';

export interface NpcOption extends OptionRef {
	/** Net present cost, GBP (positive is a cost). */
	npc: number;
	/** Net present social value, GBP (PV cash benefits plus QALY value minus NPC; usually negative). */
	npsv: number;
	preferred: boolean;
	rank: number;
	meetsDemand: boolean;
}

export interface NpcSeries {
	options: NpcOption[];
	preferredOptionId: string;
	priceBaseYear: number;
	horizonYears: number;
}

/** Net present cost and net present social value of each selected option, the preferred flagged. */
export function npcSeries(result: AppraisalResult, optionIds?: readonly string[]): NpcSeries {
	return {
		options: selectOptions(result, optionIds).map(({ option, ref }) => ({
			...ref,
			npc: option.summary.netPresentCostGbp,
			npsv: option.summary.netPresentSocialValueGbp,
			preferred: option.id === result.preferredOptionId,
			rank: option.summary.rank,
			meetsDemand: option.summary.meetsDemand
		})),
		preferredOptionId: result.preferredOptionId,
		priceBaseYear: result.priceBaseYear,
		horizonYears: result.horizonYears
	};
}
