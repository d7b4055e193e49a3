import type { AppraisalResult, OptionSummary } from './results';

const gbp = (v: number) => `GBP ${(v / 1e6).toFixed(2)}m`;

/** What ranking reads of an option. */
export interface Rankable {
	id: string;
	name: string;
	summary: Pick<OptionSummary, 'meetsDemand' | 'netPresentSocialValueGbp' | 'weightedScore' | 'endEstimatedWaitWeeks' | 'netPresentCostGbp'>;
}

export type Ranked = Pick<AppraisalResult, 'ranking' | 'preferredOptionId' | 'preferredReason'>;

/**
 * Rank options. Options that meet demand (the final month's estimated wait is within the
 * standard) come first; within each group the higher net present social value (PV of cash
 * benefits + QALY value - NPC, the Green Book's primary measure) ranks higher; ties go to the
 * higher weighted non-financial score, then the name. The preferred option is rank 1.
 */
export function rankOptions(options: readonly Rankable[], standardWeeks: number): Ranked {
	const sorted = [...options].sort(
		(a, b) =>
			Number(b.summary.meetsDemand) - Number(a.summary.meetsDemand) ||
			b.summary.netPresentSocialValueGbp - a.summary.netPresentSocialValueGbp ||
			b.summary.weightedScore - a.summary.weightedScore ||
			a.name.localeCompare(b.name)
	);
	const ranking = sorted.map((o, i) => ({
		optionId: o.id,
		rank: i + 1,
		meetsDemand: o.summary.meetsDemand,
		netPresentSocialValueGbp: o.summary.netPresentSocialValueGbp,
		weightedScore: o.summary.weightedScore
	}));
	// The reason is written only when read: the Monte Carlo analysis ranks options thousands of
	// times and never reads it.
	let reason: string | undefined;
	return {
		ranking,
		preferredOptionId: sorted[0]?.id ?? '',
		get preferredReason() {
			return (reason ??= reasonFor(sorted, standardWeeks));
		}
	};
}

/** Why the first of the ranked options is preferred, in a sentence for the reader. */
function reasonFor(sorted: readonly Rankable[], standardWeeks: number): string {
	const best = sorted[0];
	if (!best) return 'No options to appraise.';
	const meeting = sorted.filter((o) => o.summary.meetsDemand);
	const wait = best.summary.endEstimatedWaitWeeks;
	const score = `weighted non-financial score ${best.summary.weightedScore.toFixed(1)} out of 10`;
	let reason: string;
	if (meeting.length === 0) {
		reason = `No option brings the estimated wait within the ${standardWeeks}-week standard by the end of the horizon. ${best.name} has the highest net present social value (${gbp(best.summary.netPresentSocialValueGbp)}); ${score}. Consider options with more capacity.`;
	} else {
		const others = meeting.length - 1;
		reason =
			`${best.name} meets demand (estimated wait ${wait === null ? 'n/a' : wait.toFixed(1)} weeks at the end of the horizon, within the ${standardWeeks}-week standard) ` +
			(others > 0 ? `and has the highest net present social value (${gbp(best.summary.netPresentSocialValueGbp)}) of the ${meeting.length} options that do` : `and is the only option that does (net present social value ${gbp(best.summary.netPresentSocialValueGbp)})`) +
			`; net present cost ${gbp(best.summary.netPresentCostGbp)}; ${score}.`;
	}
	return reason;
}
