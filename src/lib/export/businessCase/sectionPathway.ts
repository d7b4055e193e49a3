import { count, decimal, gbp, pct, plural } from '../../present';
import type { DocBuilder } from './model';
import { inputAt, type CaseContext } from './context';

/** 'Source: ...' or 'Placeholder' for a pathway input, from the Inputs' own metadata. */
function basis(ctx: CaseContext, path: string): string {
	const row = inputAt(ctx, path);
	if (!row) return '';
	return row.status === 'placeholder' ? 'Placeholder: replace with a local figure' : row.sourceText;
}

/**
 * Benefits realisation, the pathway (issue #14): for business as usual and the preferred option,
 * the scans, VFA scans, vertebral fractures found, treatment recommended, onward referrals, one-stop
 * and recall visits, reports and reporting hours over the horizon, each row with its source or
 * placeholder mark.
 */
export function pathwayOutcomes(d: DocBuilder, ctx: CaseContext): void {
	const { s, r, bau, preferred } = ctx;
	const both = preferred.id === bau.id ? [bau] : [bau, preferred];
	const p = s.pathway;
	const tot = (o: typeof bau) => o.pathway.totals;
	const onwardCost = (o: typeof bau) => o.pathway.byYear.reduce((t, y) => t + y.onwardReferralCostGbp, 0);
	d.table(
		`The pathway over ${plural(r.horizonYears, 'year')}`,
		['Measure', ...both.map((o) => o.name), 'Source or placeholder'],
		[
			['Scans delivered', ...both.map((o) => count(tot(o).scanned)), 'Appraisal'],
			['Scans with vertebral fracture assessment (VFA)', ...both.map((o) => `${count(tot(o).vfaScans)} (${pct(o.pathway.vfaShare, 0)})`), basis(ctx, 'demand.vfaShare') || 'Scan mix'],
			['Previously undiagnosed vertebral fractures found', ...both.map((o) => decimal(tot(o).fracturesFound, 1)), `${pct(p.vfaYield, 0)} of VFA scans: ${basis(ctx, 'pathway.vfaYield')}`],
			['Recommended treatment (of which because of VFA)', ...both.map((o) => `${count(tot(o).treatmentRecommended)} (${decimal(tot(o).vfaTreatmentRecommended, 1)})`), basis(ctx, 'pathway.treatmentShare')],
			['Referred on to secondary care (clinic demand)', ...both.map((o) => (onwardCost(o) > 0 ? `${count(tot(o).onwardReferrals)} (${gbp(onwardCost(o))})` : count(tot(o).onwardReferrals))), basis(ctx, 'pathway.onwardReferralShare')],
			['One-stop visits', ...both.map((o) => count(tot(o).oneStopVisits)), basis(ctx, 'demand.oneStopShare')],
			['Recall visits for a clinical assessment', ...both.map((o) => count(tot(o).recallVisits)), basis(ctx, 'pathway.furtherAssessmentShare')],
			['Reports written', ...both.map((o) => count(tot(o).reports)), 'In-house scans'],
			['Reporting hours', ...both.map((o) => count(tot(o).reportingHours)), basis(ctx, 'staffing.reportingMinutesPerScan')],
			['Fractures averted by VFA-led treatment', ...both.map((o) => decimal(tot(o).fracturesAverted, 1)), 'The FLS\'s refracture risk, site shares and risk reductions']
		],
		{
			numeric: [false, ...both.map(() => true), false],
			note: p.countVfaBenefits
				? 'The fractures averted by treating VFA-found fractures, and that treatment\'s drug costs, are counted in the appraisal; FLS patients are counted by the FLS only.'
				: 'The fractures averted by treating VFA-found fractures are shown but not counted in the appraisal\'s benefits; FLS patients are counted by the FLS only. Reporting hours are part of the reporting role\'s staffing; reporting capacity often limits new scanning capacity.'
		}
	);
	d.chart({ kind: 'pathway', optionIds: both.map((o) => o.id) }, `The pathway step by step: ${both.map((o) => o.name).join(' and ')}`);
}
