import type { AppraisalResult } from '../../model/results';
import { decision } from '../../model/decision';
import { DECISION_LABELS as D, decisionText, gbp, pct } from '../../present';
import type { DocBuilder } from './model';

/** The decision in plain view for the preferred option, as the summary's paragraph (src/lib/model/decision.ts). */
export function decisionParagraph(d: DocBuilder, r: AppraisalResult): void {
	const preferred = r.options.find((o) => o.id === r.preferredOptionId);
	const x = decision(r);
	const mine = x.options.find((o) => o.optionId === r.preferredOptionId);
	if (!preferred || !mine) return;
	d.p(decisionText(preferred, mine, r.options.find((o) => o.id === x.baselineId)?.name, r.horizonYears).join(' '));
}

/** Appendix C's table: who bears each option's cost, what it asks of the budget against business as usual, and how much of its social value is QALYs. */
export function decisionTable(d: DocBuilder, r: AppraisalResult): void {
	const x = decision(r);
	const baseline = r.options.find((o) => o.id === x.baselineId);
	d.table(
		'Costs to the organisation and to patients, and affordability against business as usual',
		['Option', D.organisationNpcGbp.label, D.patientTravelNpcGbp.label, D.extraCapitalGbp.label, D.extraRevenuePerYearGbp.label, D.qalyShareOfBenefits.label],
		r.options.map((o, i) => {
			const y = x.options[i];
			return [o.name, gbp(y?.organisationNpcGbp), gbp(y?.patientTravelNpcGbp), gbp(y?.extraCapitalGbp), gbp(y?.extraRevenuePerYearGbp), pct(y?.qalyShareOfBenefits, 1)];
		}),
		{
			numeric: [false, true, true, true, true, true],
			note: `Net present costs are present values and add up to each option's net present cost. Extra capital is over the whole horizon and extra revenue the average a year, both in cash before optimism bias and against ${baseline?.name ?? 'business as usual'} (a dash for business as usual itself). The last column is the money value of QALYs gained as a share of it plus the fracture costs avoided (a dash where no benefits are valued).`
		}
	);
}
