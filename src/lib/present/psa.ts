/**
 * What a probabilistic analysis means for the decision, in one sentence shared by the dashboard,
 * the slides and the business case. A preferred option that stays first in fewer than two runs in
 * three is not a robust choice: the reader is told so, with the option that comes first most often.
 */
import type { PsaResult } from '../model/uncertainty/types';
import { count, pct } from './numbers';

/** Below this share of runs the preferred option is called uncertain. */
export const ROBUST_SHARE = 2 / 3;

export interface PsaCaution {
	/** The preferred option stays first in fewer than two runs in three. */
	uncertain: boolean;
	text: string;
}

/** The sentence, or null when there is no analysis of this scenario. */
export function psaCaution(psa: PsaResult | null | undefined): PsaCaution | null {
	if (!psa) return null;
	const base = psa.options.find((o) => o.optionId === psa.basePreferredOptionId);
	const name = base?.name ?? 'The preferred option';
	const share = pct(psa.probabilityBasePreferred, 1);
	const runs = `${count(psa.iterations)} model ${psa.iterations === 1 ? 'run' : 'runs'}`;
	if (psa.probabilityBasePreferred >= ROBUST_SHARE) return { uncertain: false, text: `${name} stays first in ${share} of ${runs} that draw every uncertain input at once (seed ${psa.seed}).` };
	const rival = [...psa.options].filter((o) => o.optionId !== psa.basePreferredOptionId).sort((a, b) => b.probabilityPreferred - a.probabilityPreferred)[0];
	return {
		uncertain: true,
		text: `The choice is uncertain: ${name} stays first in only ${share} of ${runs} that draw every uncertain input at once (seed ${psa.seed}), fewer than two runs in three${rival && rival.probabilityPreferred > 0 ? `; ${rival.name} comes first in ${pct(rival.probabilityPreferred, 1)}` : ''}.`
	};
}
