/**
 * Why the preferred option is preferred, in plain words, from the engine's ranking (options that
 * bring the wait within the standard first, then the higher net present social value, then the
 * higher non-financial score: src/lib/model/ranking.ts). Wording only: every figure is the
 * engine's. A negative net present social value is written as a net cost to society, never as the
 * "highest" of several negative sums.
 */
import type { AppraisalResult, OptionResult } from '../model/results';
import { financialYear } from './calendar';
import { decimal, gbpMillions, weeks } from './numbers';
import { noun } from './plurals';

/** Fracture costs avoided plus the value of QALYs gained (both engine figures) as words. */
function benefitsText(o: OptionResult): string {
	const s = o.summary;
	if (s.pvBenefitsGbp > 0 && s.pvQalyValueGbp > 0) return `${gbpMillions(s.pvBenefitsGbp)} of fracture costs avoided and ${gbpMillions(s.pvQalyValueGbp)} of health gains`;
	if (s.pvBenefitsGbp > 0) return `${gbpMillions(s.pvBenefitsGbp)} of fracture costs avoided`;
	if (s.pvQalyValueGbp > 0) return `${gbpMillions(s.pvQalyValueGbp)} of health gains`;
	return '';
}

/**
 * One option's net present social value as a reader understands it: "a net cost to society of
 * £1.08m (net present cost £6.89m less £4.02m of fracture costs avoided and £1.79m of health gains)".
 */
export function socialValueText(o: OptionResult): string {
	const s = o.summary;
	const benefits = benefitsText(o);
	if (s.netPresentSocialValueGbp < 0)
		return benefits
			? `a net cost to society of ${gbpMillions(-s.netPresentSocialValueGbp)} (net present cost ${gbpMillions(s.netPresentCostGbp)} less ${benefits})`
			: `a net cost to society of ${gbpMillions(-s.netPresentSocialValueGbp)} (its net present cost: no benefits are valued in money)`;
	return `a net benefit to society of ${gbpMillions(s.netPresentSocialValueGbp)} (${benefits || 'no benefits valued in money'} against a net present cost of ${gbpMillions(s.netPresentCostGbp)})`;
}

function ranked(r: AppraisalResult): OptionResult[] {
	return [...r.options].sort((a, b) => a.summary.rank - b.summary.rank);
}

/** How the best of a group compares on value: the smallest net cost, or the greatest net benefit. */
function valueClause(best: OptionResult, next: OptionResult | undefined, group: string): string {
	if (next && next.summary.netPresentSocialValueGbp === best.summary.netPresentSocialValueGbp)
		return `it ties with ${next.name} on net present social value and has the higher non-financial score (${decimal(best.summary.weightedScore, 1)} out of 10)`;
	const what = best.summary.netPresentSocialValueGbp < 0 ? 'the smallest net cost to society' : 'the greatest net benefit to society';
	const runnerUp = next ? `; next is ${next.name}, ${socialValueText(next).replace(/ \(.*\)$/, '')}` : '';
	return `it has ${what} of ${group}: ${socialValueText(best).replace(/^a net (cost|benefit) to society of /, '')}${runnerUp}`;
}

/** The reason sentence shown beside the preferred option on the dashboard, slides, CLI, workbook and business case. */
export function preferredReason(r: AppraisalResult): string {
	const order = ranked(r);
	const best = order[0];
	if (!best) return 'There are no options to appraise.';
	const standard = best.waitingList.standardWeeks;
	const end = financialYear(r.startYear + r.horizonYears - 1);
	const meeting = order.filter((o) => o.summary.meetsDemand);
	if (meeting.length === 0) {
		const next = order[1];
		return `No option brings the estimated wait within the ${standard}-week standard by the end of ${end}. On value, ${best.name} comes first: ${valueClause(best, next, 'the options')}. Options with more capacity are worth appraising.`;
	}
	// A wait that rounds to 0.0 weeks (under 0.05 weeks, a third of a day) reads as under half a day rather than as "0.0 weeks".
	const w = best.summary.endEstimatedWaitWeeks;
	const wait = w !== null && w < 0.05 ? 'an estimated wait of under half a day by then' : `an estimated wait of ${weeks(w)} by then`;
	if (meeting.length === 1) return `${best.name} is the only option that brings the estimated wait within the ${standard}-week standard by the end of ${end} (${wait}). It has ${socialValueText(best)}.`;
	return `${best.name} is one of ${meeting.length} ${noun(meeting.length, 'option')} that bring the estimated wait within the ${standard}-week standard by the end of ${end} (${wait}), and ${valueClause(best, meeting[1], 'those')}.`;
}
