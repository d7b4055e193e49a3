import type { AppraisalResult, OptionResult } from '../model/results';
import { renderTable, wrap, type Column } from './table';
import {
	formatCount,
	formatFinancialYear,
	formatGbp,
	formatGbpMillions,
	formatMonthIndex,
	formatOneDecimal,
	formatTwoDecimals,
	orNotApplicable
} from './format';

/** One column of the comparison: its header and how to show an option's value (formatting only). */
interface SummaryColumn extends Column {
	cell: (o: OptionResult, r: AppraisalResult) => string;
}

const COLUMNS: readonly SummaryColumn[] = [
	{ header: ['Rank'], align: 'right', cell: (o) => String(o.summary.rank) },
	{ header: ['Option'], align: 'left', cell: (o) => o.name },
	{ header: ['Meets', 'demand'], align: 'left', cell: (o) => (o.summary.meetsDemand ? 'yes' : 'no') },
	{ header: ['Avg capacity', 'scans/yr'], align: 'right', cell: (o) => formatCount(o.summary.averageCapacity) },
	{ header: ['End waiting', 'list'], align: 'right', cell: (o) => formatCount(o.summary.endListSize) },
	{ header: ['Est. wait', 'at end (wk)'], align: 'right', cell: (o) => orNotApplicable(o.summary.endEstimatedWaitWeeks, formatOneDecimal) },
	{ header: ['Backlog', 'clears'], align: 'left', cell: (o, r) => orNotApplicable(o.summary.backlogClearsMonth, (m) => formatMonthIndex(m, r.startYear), 'never') },
	{ header: ['Avg funded', 'WTE'], align: 'right', cell: (o) => formatOneDecimal(o.summary.averageFundedWte) },
	{ header: ['Capital'], align: 'right', cell: (o) => formatGbp(o.summary.capitalTotalGbp) },
	{ header: ['NPC'], align: 'right', cell: (o) => formatGbpMillions(o.summary.netPresentCostGbp) },
	{ header: ['NPSV'], align: 'right', cell: (o) => formatGbpMillions(o.summary.netPresentSocialValueGbp) },
	{ header: ['Cost per', 'scan'], align: 'right', cell: (o) => orNotApplicable(o.summary.costPerScanGbp, formatGbp) },
	{ header: ['Fractures', 'averted'], align: 'right', cell: (o) => formatOneDecimal(o.summary.fracturesAverted) },
	{ header: ['Weighted', 'score /10'], align: 'right', cell: (o) => formatTwoDecimals(o.summary.weightedScore) }
];

/** Options in rank order (rank 1 first); the engine's ranking decides, this only sorts for display. */
export function optionsByRank(r: AppraisalResult): OptionResult[] {
	return [...r.options].sort((a, b) => a.summary.rank - b.summary.rank);
}

/** The comparison table alone: one row per option in rank order. */
export function comparisonTable(r: AppraisalResult): string {
	return renderTable(
		COLUMNS,
		optionsByRank(r).map((o) => COLUMNS.map((c) => c.cell(o, r)))
	);
}

/** Every flag and warning, each once: the result's warnings, then any option flag they do not already carry. */
export function allWarnings(r: AppraisalResult): string[] {
	const seen = new Set(r.warnings);
	const extra = r.options.flatMap((o) => o.flags.map((f) => `${o.name}: ${f}`)).filter((w) => !seen.has(w));
	return [...r.warnings, ...extra];
}

/** The full human-readable report printed by `cli appraise`. */
export function comparisonReport(r: AppraisalResult): string {
	const first = r.years[0] ?? r.startYear;
	const last = r.years[r.years.length - 1] ?? r.startYear;
	const standardWeeks = r.options[0]?.waitingList.standardWeeks;
	const preferred = r.options.find((o) => o.id === r.preferredOptionId);
	const warnings = allWarnings(r);
	const lines = [
		r.scenarioName,
		`Appraisal over ${r.horizonYears} year${r.horizonYears === 1 ? '' : 's'}, ${formatFinancialYear(first)} to ${formatFinancialYear(last)}; money in £ at ${r.priceBaseYear} prices.`,
		'',
		comparisonTable(r),
		'',
		wrap(
			`Meets demand: estimated wait at the end of the horizon within the ${standardWeeks ?? '?'}-week standard. ` +
				'Capital: undiscounted capital over the horizon, replacements included. NPC: net present cost. ' +
				'NPSV: net present social value (PV of fracture costs avoided + value of QALYs gained - NPC). ' +
				'Cost per scan: NPC / discounted scans delivered. Backlog clears: first month from which the estimated wait stays within the standard.',
			100
		),
		'',
		`Preferred option: ${preferred?.name ?? '(none)'}`,
		wrap(`Reason: ${r.preferredReason}`, 100, '  '),
		'',
		warnings.length ? 'Flags and warnings:' : 'Flags and warnings: none',
		...warnings.map((w) => wrap(`- ${w}`, 100, '  '))
	];
	return lines.join('\n');
}
