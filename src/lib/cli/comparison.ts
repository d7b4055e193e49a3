import type { AppraisalResult, OptionResult } from '../model/results';
import { renderTable, wrap, type Column } from './table';
import { clearsMonth, count, decimal, gbp, gbpMillions, plural, preferredReason, weeksValue, yearSpan } from '../present';

/** One column of the comparison: its header and how to show an option's value (formatting only). */
interface SummaryColumn extends Column {
	cell: (o: OptionResult, r: AppraisalResult) => string;
}

const na = <T>(v: T | null, f: (x: T) => string, missing = 'n/a') => (v === null ? missing : f(v));

const COLUMNS: readonly SummaryColumn[] = [
	{ header: ['Rank'], align: 'right', cell: (o) => String(o.summary.rank) },
	{ header: ['Option'], align: 'left', cell: (o) => o.name },
	{ header: ['Meets', 'demand'], align: 'left', cell: (o) => (o.summary.meetsDemand ? 'yes' : 'no') },
	{ header: ['Avg capacity', 'scans/yr'], align: 'right', cell: (o) => count(o.summary.averageCapacity) },
	{ header: ['End waiting', 'list'], align: 'right', cell: (o) => count(o.summary.endListSize) },
	{ header: ['Est. wait', 'at end (wk)'], align: 'right', cell: (o) => na(o.summary.endEstimatedWaitWeeks, weeksValue) },
	{ header: ['Wait within', 'standard from'], align: 'left', cell: (o, r) => clearsMonth(r.startYear, o.summary.backlogClearsMonth, 'never') },
	{ header: ['Avg funded', 'WTE'], align: 'right', cell: (o) => decimal(o.summary.averageFundedWte, 1) },
	{ header: ['Capital'], align: 'right', cell: (o) => gbp(o.summary.capitalTotalGbp) },
	{ header: ['NPC'], align: 'right', cell: (o) => gbpMillions(o.summary.netPresentCostGbp) },
	{ header: ['NPSV'], align: 'right', cell: (o) => gbpMillions(o.summary.netPresentSocialValueGbp) },
	{ header: ['Cost per', 'scan'], align: 'right', cell: (o) => na(o.summary.costPerScanGbp, gbp) },
	{ header: ['Fractures', 'averted'], align: 'right', cell: (o) => decimal(o.summary.fracturesAverted, 1) },
	{ header: ['Weighted', 'score /10'], align: 'right', cell: (o) => decimal(o.summary.weightedScore, 2) }
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
		`Appraisal over ${plural(r.horizonYears, 'year')}, ${yearSpan(first, last)}; money in £ at ${r.priceBaseYear} prices.`,
		'',
		comparisonTable(r),
		'',
		wrap(
			`Meets demand: estimated wait at the end of the horizon within the ${standardWeeks ?? '?'}-week standard. ` +
				'Capital: undiscounted capital over the horizon, replacements included. NPC: net present cost. ' +
				'NPSV: net present social value (PV of fracture costs avoided + value of QALYs gained - NPC). ' +
				'Cost per scan: NPC / discounted scans delivered. Wait within standard from: the first month from which the estimated wait stays within the standard.',
			100
		),
		'',
		`Preferred option: ${preferred?.name ?? '(none)'}`,
		wrap(`Reason: ${preferredReason(r)}`, 100, '  '),
		'',
		warnings.length ? 'Flags and warnings:' : 'Flags and warnings: none',
		...warnings.map((w) => wrap(`- ${w}`, 100, '  '))
	];
	return lines.join('\n');
}
