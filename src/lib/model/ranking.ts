import type { AppraisalResult, OptionSummary } from './results';

const gbp = (v: number) => `GBP ${(v / 1e6).toFixed(2)}m`;

/** What ranking reads of an option. */
export interface Rankable {
	id: string;
	name: string;
	summary: Pick<OptionSummary, 'meetsDemand' | 'netPresentSocialValueGbp' | 'weightedScore' | 'endEstimatedWaitWeeks' | 'netPresentCostGbp'>;
}

export type Ranked = Pick<AppraisalResult, 'ranking' | 'preferredOptionId' | 'preferredReason'>;

/** One line of a ranking. */
export type RankEntry = Ranked['ranking'][number];

/** The ranking's order: negative when a ranks above b, positive when below, 0 for a tie (which keeps their given order). */
export function byRank(a: Rankable, b: Rankable): number {
	return (
		Number(b.summary.meetsDemand) - Number(a.summary.meetsDemand) ||
		b.summary.netPresentSocialValueGbp - a.summary.netPresentSocialValueGbp ||
		b.summary.weightedScore - a.summary.weightedScore ||
		a.name.localeCompare(b.name)
	);
}

/** The ranking's line for an option at a rank; `into` is overwritten and returned when given. */
export function rankEntry(o: Rankable, rank: number, into?: RankEntry): RankEntry {
	if (!into) return { optionId: o.id, rank, meetsDemand: o.summary.meetsDemand, netPresentSocialValueGbp: o.summary.netPresentSocialValueGbp, weightedScore: o.summary.weightedScore };
	into.optionId = o.id;
	into.rank = rank;
	into.meetsDemand = o.summary.meetsDemand;
	into.netPresentSocialValueGbp = o.summary.netPresentSocialValueGbp;
	into.weightedScore = o.summary.weightedScore;
	return into;
}

/**
 * The options' indices in rank order, written into `order` (its length set to the number of
 * options) and returned: the one ordering of the ranking, for appraise() and for each of the
 * Monte Carlo analysis's thousands of runs, which is why it copies and makes nothing. An insertion
 * sort by byRank: each option goes after every option already placed that ranks above it or ties
 * with it, so ties keep their given order, as a stable sort's do.
 */
export function rankOrderInto(options: readonly Rankable[], order: number[]): number[] {
	const n = options.length;
	if (order.length !== n) order.length = n;
	for (let i = 0; i < n; i++) {
		const o = options[i] as Rankable;
		let k = i;
		while (k > 0 && byRank(options[order[k - 1] as number] as Rankable, o) > 0) {
			order[k] = order[k - 1] as number;
			k--;
		}
		order[k] = i;
	}
	return order;
}

/** A ranking being written: the options' indices in rank order, a line per option, the preferred option's id. */
export interface RankingInto {
	order: number[];
	ranking: RankEntry[];
	preferredOptionId: string;
}

/**
 * Rank options into `r` (appraise.ts compareAndRank, for appraise() and every run of the
 * uncertainty analyses). Options that meet demand (the final month's estimated wait is within
 * the standard) come first; within each group the higher net present social value (PV of cash
 * benefits + QALY value - NPC, the Green Book's primary measure) ranks higher; ties go to the
 * higher weighted non-financial score, then the name. The preferred option is rank 1. The
 * ranking lines `r` already has are overwritten (the Monte Carlo analysis refills one set).
 */
export function rankInto(options: readonly Rankable[], r: RankingInto): RankingInto {
	const n = options.length;
	rankOrderInto(options, r.order);
	if (r.ranking.length > n) r.ranking.length = n;
	for (let i = 0; i < n; i++) {
		const o = options[r.order[i] as number] as Rankable;
		const line = r.ranking[i];
		if (line) rankEntry(o, i + 1, line);
		else r.ranking.push(rankEntry(o, i + 1));
	}
	r.preferredOptionId = n > 0 ? (options[r.order[0] as number] as Rankable).id : '';
	return r;
}

/** Why the first of the ranked options is preferred, in a sentence for the reader. */
export function reasonFor(sorted: readonly Rankable[], standardWeeks: number): string {
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
