import type { AppraisalResult, OptionResult } from '../../model/results';

/** An option picked for a chart, with its index in `result.options` (which fixes its colour). */
export interface OptionRef {
	optionId: string;
	name: string;
	optionIndex: number;
}

/**
 * The options to chart, in the scenario's order. `optionIds` narrows the list; ids not in the
 * result are ignored, and an empty or missing list means every option.
 */
export function selectOptions(result: AppraisalResult, optionIds?: readonly string[]): { option: OptionResult; ref: OptionRef }[] {
	const wanted = optionIds && optionIds.length > 0 ? new Set(optionIds) : null;
	return result.options
		.map((option, optionIndex) => ({ option, ref: { optionId: option.id, name: option.name, optionIndex } }))
		.filter(({ option }) => wanted === null || wanted.has(option.id));
}
