/**
 * The decision in plain view, in words shared by the dashboard, the comparison and the business
 * case: who bears the net present cost, what the option asks of the budget against business as
 * usual, and how much of its social value is the money value of QALYs. Every figure comes from
 * src/lib/model/decision.ts; this file only words and formats them.
 */
import type { OptionDecision } from '../model/decision';
import type { OptionResult } from '../model/results';
import { gbpShort, pct } from './numbers';
import { plural } from './plurals';
import type { MeasureLabel } from './labels';

/** Labels and units of the decision's figures, for the comparison and the business case's tables. */
export const DECISION_LABELS = {
	organisationNpcGbp: { label: "Net present cost to the organisation", unit: 'GBP, present value' },
	patientTravelNpcGbp: { label: "Patients' travel costs", unit: 'GBP, present value' },
	extraCapitalGbp: { label: 'Extra capital against business as usual', unit: 'GBP, undiscounted' },
	extraRevenuePerYearGbp: { label: 'Extra revenue a year against business as usual', unit: 'GBP a year, average' },
	qalyShareOfBenefits: { label: 'Share of social benefits that is QALYs valued in money', unit: '%' }
} as const satisfies Record<string, MeasureLabel>;

/** "£6.89m to the organisation and £0.12m of patients' travel" (or no travel counted). */
export function costSplitText(d: OptionDecision): string {
	if (d.patientTravelNpcGbp === 0) return `${gbpShort(d.organisationNpcGbp)}, all of it the organisation's (no patients' travel costs are counted)`;
	return `${gbpShort(d.organisationNpcGbp)} to the organisation and ${gbpShort(d.patientTravelNpcGbp)} of patients' travel`;
}

function moreOrLess(v: number, what: string): string {
	if (v === 0) return `the same ${what}`;
	return `${gbpShort(Math.abs(v))} ${v > 0 ? 'more' : 'less'} ${what}`;
}

/**
 * "Against Business as usual it needs £244k more capital and £207k more revenue a year (the
 * average over 10 years, before optimism bias)", or null for business as usual itself.
 */
export function affordabilityText(d: OptionDecision, baselineName: string | undefined, horizonYears: number): string | null {
	if (d.extraRevenuePerYearGbp === null || d.extraCapitalGbp === null || !baselineName) return null;
	return `Against ${baselineName} it needs ${moreOrLess(d.extraCapitalGbp, 'capital')} over the ${plural(horizonYears, 'year')} and ${moreOrLess(d.extraRevenuePerYearGbp, 'revenue a year')} on average (in cash, before optimism bias).`;
}

/** "£4.74m of its £5.81m of social benefits (81.6%) is the money value of QALYs gained; without it ..." */
export function qalyShareText(o: OptionResult, d: OptionDecision): string {
	if (d.qalyShareOfBenefits === null) return 'No benefits are valued in money for this option, so its net present social value is minus its net present cost.';
	const without = d.npsvWithoutQalysGbp < 0 ? `a net cost of ${gbpShort(-d.npsvWithoutQalysGbp)}` : `a net benefit of ${gbpShort(d.npsvWithoutQalysGbp)}`;
	return `${gbpShort(o.summary.pvQalyValueGbp)} of its ${gbpShort(d.socialBenefitsGbp)} of social benefits (${pct(d.qalyShareOfBenefits, 1)}) is the money value of QALYs gained, the rest fracture costs avoided; without the QALYs it would be ${without}.`;
}

/** The three sentences together, as the dashboard and the business case print them for the preferred option. */
export function decisionText(o: OptionResult, d: OptionDecision, baselineName: string | undefined, horizonYears: number): string[] {
	const afford = affordabilityText(d, baselineName, horizonYears);
	return [`Net present cost: ${costSplitText(d)}.`, ...(afford ? [afford] : []), qalyShareText(o, d)];
}
