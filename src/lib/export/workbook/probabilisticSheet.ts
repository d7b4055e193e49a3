import type { AppraisalResult, Scenario } from '../../model';
import type { CeacResult, PsaResult } from '../../model/uncertainty';
import { psaMeasures, ceacThresholds, reproduceText } from '../psaFigures';
import { plural } from '../../present';
import { SheetBuilder, type CellSpec } from './sheet';
import type { FormatName } from './formats';

export const PROBABILISTIC_SHEET = 'Probabilistic';

export const PROBABILISTIC_ABOUT = 'Probabilistic analysis (Monte Carlo): per option the mean and 90% interval of each result across the model runs, the probability each option is preferred and meets the standard, and the FLS acceptability curve (engine figures).';

/**
 * The Probabilistic sheet: the engine's Monte Carlo results. A sheet of its own rather than a
 * block under the one-way tables: its tables have other columns (mean, spread, percentiles), it
 * is present only when a run was made, and a finance reader finds it by its tab. Values, not
 * formulas: each figure summarises N full re-runs of the planning model.
 */
export function buildProbabilisticSheet(opts: { psa: PsaResult; scenario: Scenario; result: AppraisalResult }): SheetBuilder {
	const { psa, scenario: s, result: r } = opts;
	const sh = new SheetBuilder(PROBABILISTIC_SHEET);
	const endYear = r.years[r.years.length - 1] ?? r.startYear + r.horizonYears - 1;
	const standard = `${s.demand.waitStandardWeeks}-week standard`;
	const baseName = psa.options.find((o) => o.optionId === psa.basePreferredOptionId)?.name ?? psa.basePreferredOptionId;
	let row = 0;
	const pair = (label: string, value: CellSpec) => {
		sh.set(row, 0, label);
		sh.set(row++, 1, value);
	};

	sh.set(row++, 0, 'Probabilistic analysis (Monte Carlo): how robust is the preferred option?');
	sh.set(row++, 0, `Engine results of ${plural(psa.iterations, 'model run')}, not formulas. Each run draws every uncertain input at once from its distribution (the scenario's uncertainty ranges) and re-runs the whole planning model (HM Treasury Green Book 5.5 and Annex A5).`);
	sh.set(row++, 0, reproduceText(psa.iterations, psa.seed));
	row++;

	sh.set(row++, 0, 'The run');
	pair('Model runs (iterations)', { n: psa.iterations, fmt: 'count' });
	pair('Seed', { n: psa.seed, fmt: 'int' });
	pair('Uncertain inputs drawn in each run', { n: psa.inputs.length, fmt: 'count' });
	pair('Runs redrawn to respect cross-field rules', { n: psa.redraws, fmt: 'count' });
	pair('Preferred option in the base case', baseName);
	pair('Share of runs in which it stays preferred', { n: psa.probabilityBasePreferred, fmt: 'pct' });
	sh.set(row++, 0, 'The 5th and 95th percentiles bound the middle 90% of runs (a 90% interval).');
	row++;

	sh.set(row++, 0, 'Options compared');
	sh.set(row++, 0, `Share preferred: runs in which the option ranks first. Share meeting the standard: runs in which its estimated wait at the end of ${endYear} is within the ${standard}.`);
	sh.row(row++, 0, ['Option', 'Preferred in base case', 'Share preferred', 'Share meeting standard', 'NPC mean (GBP)', 'NPC 5th percentile (GBP)', 'NPC 95th percentile (GBP)']);
	for (const o of psa.options)
		sh.row(row++, 0, [
			o.name,
			o.optionId === psa.basePreferredOptionId ? 'Yes' : 'No',
			{ n: o.probabilityPreferred, fmt: 'pct' },
			{ n: o.probabilityMeetsDemand, fmt: 'pct' },
			{ n: o.netPresentCostGbp.mean, fmt: 'gbp' },
			{ n: o.netPresentCostGbp.p05, fmt: 'gbp' },
			{ n: o.netPresentCostGbp.p95, fmt: 'gbp' }
		]);
	row++;

	const measures = psaMeasures(endYear, r.horizonYears);
	for (const o of psa.options) {
		const meetsBase = r.options.find((x) => x.id === o.optionId)?.summary.meetsDemand;
		sh.set(row++, 0, `${o.name}${o.optionId === psa.basePreferredOptionId ? ' (preferred in the base case)' : ''}`);
		sh.row(row++, 0, ['Measure', 'Unit', 'Base case', 'Mean', 'Standard deviation', '5th percentile', '95th percentile', 'Runs with a value']);
		for (const m of measures) {
			const st = o[m.key];
			const base = o.base[m.key];
			const fmt: FormatName = m.kind;
			sh.row(row++, 0, [
				m.label,
				m.unit,
				base === null ? 'n/a (no scans)' : { n: base, fmt },
				...(st ? [{ n: st.mean, fmt }, { n: st.sd, fmt }, { n: st.p05, fmt }, { n: st.p95, fmt }, { n: st.n, fmt: 'count' as const }] : ['n/a (no scans in any run)'])
			]);
		}
		sh.row(row++, 0, ['Probability preferred', 'share of runs', o.optionId === psa.basePreferredOptionId ? 'Yes' : 'No', { n: o.probabilityPreferred, fmt: 'pct' }]);
		sh.row(row++, 0, ['Probability of meeting the standard', 'share of runs', meetsBase === undefined ? null : meetsBase ? 'Yes' : 'No', { n: o.probabilityMeetsDemand, fmt: 'pct' }]);
		row++;
	}

	if (psa.ceac) row = ceacBlock(sh, row, psa.ceac, s.appraisal.valuePerQalyGbp);
	else {
		sh.set(row++, 0, 'Cost-effectiveness acceptability curve');
		sh.set(row++, 0, psa.ceacNote ?? 'Not available for this scenario.');
	}

	sh.setWidths([44, 26, 16, 22, 18, 24, 24, 18]);
	return sh;
}

function ceacBlock(sh: SheetBuilder, start: number, ceac: CeacResult, valuePerQalyGbp: number): number {
	let row = start;
	const marks = new Map(ceacThresholds(ceac, valuePerQalyGbp).map((t) => [t.willingnessToPayGbp, t.why]));
	sh.set(row++, 0, `Cost-effectiveness acceptability curve: ${ceac.optionName} against ${ceac.comparatorName}`);
	sh.set(row++, 0, `Comparator: ${ceac.basis}. Net monetary benefit = willingness to pay x discounted QALYs + present value of fracture costs avoided - net present cost; the probability is the share of runs in which ${ceac.optionName} has the higher net monetary benefit.`);
	const pair = (label: string, value: CellSpec) => {
		sh.set(row, 0, label);
		sh.set(row++, 1, value);
	};
	sh.set(row++, 0, 'Net cost: net present cost less the present value of fracture costs avoided. QALYs discounted at the health discount rate.');
	pair('Mean incremental net cost (GBP)', { n: ceac.meanIncrementalCostGbp, fmt: 'gbp' });
	pair('Mean incremental QALYs (discounted)', { n: ceac.meanIncrementalQalys, fmt: 'dec2' });
	pair('Base-case cost per QALY gained (GBP)', ceac.baseIcerGbpPerQaly === null ? 'not defined (no QALYs gained, or cheaper and better)' : { n: ceac.baseIcerGbpPerQaly, fmt: 'gbp' });
	row++;
	sh.row(row++, 0, ['Willingness to pay per QALY (GBP)', 'Probability cost-effective', 'Threshold']);
	for (const p of ceac.points) sh.row(row++, 0, [{ n: p.willingnessToPayGbp, fmt: 'gbp' }, { n: p.probability, fmt: 'pct' }, marks.get(p.willingnessToPayGbp) ?? null]);
	return row;
}
