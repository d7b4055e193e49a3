import type { PsaOptionResult, PsaResult } from '../../model/uncertainty';
import { count, decimal, gbp, gbpPence, pct, plural } from '../../present';
import { psaMeasures, ceacThresholds, reproduceText, type PsaMeasure } from '../psaFigures';
import type { CaseContext } from './context';
import { strong, type DocBuilder } from './model';

/**
 * The probabilistic analysis in the business case: a sentence in the summary, a paragraph in the
 * economic case (5.2 Risks and sensitivity) and tables in Appendix H. Every figure is the
 * engine's PsaResult, formatted; shares of runs to one decimal, as on the Uncertainty page.
 */

const runs = (psa: PsaResult) => `${plural(psa.iterations, 'model run')}`;
const share = (p: number) => pct(p, 1);

function baseOption(psa: PsaResult): PsaOptionResult | undefined {
	return psa.options.find((o) => o.optionId === psa.basePreferredOptionId);
}

function shown(v: number, m: PsaMeasure): string {
	if (m.kind === 'gbp') return gbp(v);
	if (m.kind === 'gbp2') return gbpPence(v);
	if (m.kind === 'count') return count(v);
	return decimal(v, 1);
}

/** One sentence for the summary at the top of the document. */
export function psaHeadline(psa: PsaResult): string {
	const b = baseOption(psa);
	return `In ${runs(psa)} drawing every uncertain input from its range at once (seed ${psa.seed}), ${b?.name ?? psa.basePreferredOptionId} was preferred in ${share(psa.probabilityBasePreferred)} of runs (section 5.2 and Appendix H).`;
}

/** The paragraph for the economic case: how often the preferred option stays first, and its cost range. */
export function psaSummary(d: DocBuilder, ctx: CaseContext, psa: PsaResult): void {
	const b = baseOption(psa);
	if (!b) return;
	const others = psa.options.filter((o) => o.optionId !== b.optionId && o.probabilityPreferred > 0).sort((x, y) => y.probabilityPreferred - x.probabilityPreferred);
	const endYear = ctx.r.years[ctx.r.years.length - 1];
	const redrawn = psa.redraws ? `; ${count(psa.redraws)} draws were redrawn to respect cross-field rules` : '';
	d.p(
		strong('Probabilistic analysis. '),
		`In ${runs(psa)} drawing all ${psa.inputs.length} uncertain inputs from their ranges at once (seed ${psa.seed}${redrawn}), ${b.name} was preferred in ${share(b.probabilityPreferred)} of runs`,
		others.length ? ` (${others.map((o) => `${o.name} in ${share(o.probabilityPreferred)}`).join(', ')})` : '',
		`; its net present cost lay between ${gbp(b.netPresentCostGbp.p05)} and ${gbp(b.netPresentCostGbp.p95)} in 90% of runs (mean ${gbp(b.netPresentCostGbp.mean)}; base case ${gbp(b.base.netPresentCostGbp)}), and it met the ${ctx.s.demand.waitStandardWeeks}-week standard at the end of ${endYear} in ${share(b.probabilityMeetsDemand)} of runs.`,
		ceacSentence(ctx, psa),
		' Appendix H gives the figures for every option.'
	);
}

function ceacSentence(ctx: CaseContext, psa: PsaResult): string {
	if (!psa.ceac) return '';
	const at = ceacThresholds(psa.ceac, ctx.s.appraisal.valuePerQalyGbp);
	if (!at.length) return '';
	// "4.5% of runs at £20,000 per QALY, 17.5% at £30,000 (the NICE thresholds) and 68.5% at £70,000 (...)"
	const nice = at.filter((t) => t.source === 'NICE');
	const own = at.filter((t) => t.source === 'appraisal');
	const phrase = (t: (typeof at)[number], first: boolean) => `${share(t.probability)}${first ? ' of runs' : ''} at ${gbp(t.willingnessToPayGbp)}${first ? ' per QALY' : ''}`;
	const groups: string[] = [];
	if (nice.length) groups.push(`${nice.map((t, i) => phrase(t, i === 0)).join(' and ')} (${nice.length > 1 ? 'the NICE thresholds' : 'a NICE threshold'})`);
	for (const t of own) groups.push(`${phrase(t, groups.length === 0)} (the value of a QALY in this appraisal, HM Treasury Green Book)`);
	return ` Against ${psa.ceac.comparatorName}, ${psa.ceac.optionName} was cost-effective in ${groups.join(', and ')}.`;
}

/** The appendix: the run, the probabilities, each measure per option, and the acceptability curve. */
export function psaAppendix(d: DocBuilder, ctx: CaseContext, psa: PsaResult): void {
	const { s, r } = ctx;
	const endYear = r.years[r.years.length - 1] ?? r.startYear + r.horizonYears - 1;
	d.p(
		`Every uncertain input is drawn at once from its distribution and the whole model re-run, ${runs(psa)} in all (seed ${psa.seed}; ${psa.inputs.length} uncertain inputs${psa.redraws ? `; ${count(psa.redraws)} draws redrawn to respect cross-field rules` : ''}; HM Treasury Green Book 5.5). `,
		'Each measure shows the deterministic base case beside the mean and the 5th and 95th percentiles across runs (the middle 90%). ',
		reproduceText(psa.iterations, psa.seed)
	);
	d.table(
		`Probability each option is preferred and meets the standard (${runs(psa)})`,
		['Option', 'Preferred in the base case', 'Preferred in (share of runs)', `Meets the ${s.demand.waitStandardWeeks}-week standard at the end of ${endYear} (share of runs)`],
		psa.options.map((o) => [o.name, o.optionId === psa.basePreferredOptionId ? 'Yes' : 'No', share(o.probabilityPreferred), share(o.probabilityMeetsDemand)]),
		{ numeric: [false, false, true, true] }
	);
	const anyFls = psa.options.some((o) => o.hasFls);
	for (const m of psaMeasures(endYear, r.horizonYears)) {
		// Without an FLS no fractures are averted and net present social value is minus the cost: nothing to add.
		if (!anyFls && (m.key === 'fracturesAverted' || m.key === 'netPresentSocialValueGbp')) continue;
		d.table(
			`${m.label} across ${runs(psa)} (${m.unit})`,
			['Option', 'Base case', 'Mean', '5th percentile', '95th percentile'],
			// Fractures: only options with an FLS avert any, so the others' rows would be zeros.
			psa.options.filter((o) => m.key !== 'fracturesAverted' || o.hasFls).map((o) => {
				const st = o[m.key];
				const base = o.base[m.key];
				return [o.name, base === null ? 'n/a' : shown(base, m), ...(st ? [shown(st.mean, m), shown(st.p05, m), shown(st.p95, m)] : ['n/a', 'n/a', 'n/a'])];
			}),
			{ numeric: [false, true, true, true, true], note: m.key === 'costPerScanGbp' && psa.options.some((o) => (o.costPerScanGbp?.n ?? 0) < psa.iterations) ? 'n/a: no scans were delivered; the figures use only runs with scans.' : undefined }
		);
	}
	if (!anyFls) d.p('No option includes a fracture liaison service, so no fractures are averted, net present social value is minus the net present cost, and there is no acceptability curve.');
	if (psa.ceac) {
		const c = psa.ceac;
		const marked = ceacThresholds(c, s.appraisal.valuePerQalyGbp);
		const rows = marked.length ? marked.map((t) => [gbp(t.willingnessToPayGbp), share(t.probability), t.why]) : c.points.map((p) => [gbp(p.willingnessToPayGbp), share(p.probability), '']);
		d.table(`Probability that ${c.optionName} is cost-effective against ${c.comparatorName}`, ['Willingness to pay per QALY', 'Probability cost-effective (share of runs)', 'Threshold'], rows, {
			numeric: [true, true, false],
			note: `Comparator: ${c.basis}. Net monetary benefit = willingness to pay x discounted QALYs + present value of fracture costs avoided - net present cost. Mean incremental cost net of fracture costs avoided ${gbp(c.meanIncrementalCostGbp)}, mean incremental QALYs ${decimal(c.meanIncrementalQalys, 1)}${c.baseIcerGbpPerQaly === null ? '' : `; base-case cost per QALY gained ${gbp(c.baseIcerGbpPerQaly)}`}. The finance workbook's Probabilistic sheet gives the whole curve.`
		});
	} else if (psa.ceacNote && anyFls) d.p(psa.ceacNote);
}
