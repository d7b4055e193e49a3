import type { ActivityFit, SeriesFit } from '../activity/fit';
import type { ActivityProblem } from '../activity/read';
import { FIELD_LABELS, type Field } from '../activity/headers';
import { SPC_RULE_LABELS } from '../activity/spc';
import { MONTH_NAMES, monthLabel, monthSpan } from '../activity/months';
import { renderTable, wrap } from './table';
import { count, pct } from '../present';

const NAMES: Record<SeriesFit['measure'], string> = { referrals: 'Referrals', scans: 'Scans done' };

/** One line per problem, naming its row and column: `row 3, column "Month": "Maytime" is not a month ...`. */
export function problemLines(fileName: string, problems: readonly ActivityProblem[]): string[] {
	return problems.map((p) => `${fileName}: ${[p.row !== null ? `row ${p.row}` : null, p.column !== null ? `column "${p.column}"` : null].filter(Boolean).join(', ') || 'file'}: ${p.message}`);
}

/** The fit as plain text for a terminal: what was read, the trend and seasonality table, special causes and the backlog. */
export function activityReport(fit: ActivityFit): string {
	const d = fit.data;
	const fits = [fit.referrals, fit.scans].filter((f): f is SeriesFit => f !== null);
	const out: string[] = [];
	out.push(`${d.fileName}: ${d.months.length} months, ${monthSpan(d.first, d.last)}`);
	out.push(wrap(`Columns: ${Object.entries(d.columns).map(([f, h]) => `${FIELD_LABELS[f as Field]} "${h}"`).join('; ')}`, 100, '  '));
	if (d.referralsFrom === 'derived') out.push('Referrals worked out as scans done plus the change in the waiting list (no referrals column).');
	for (const n of [...d.notes, ...fit.messages]) out.push(wrap(n, 100, '  '));
	if (fits.length) {
		out.push('');
		out.push(
			renderTable(
				[
					{ header: ['Measure'], align: 'left' },
					{ header: ['Trend used'], align: 'left' },
					{ header: ['SSE', 'straight'], align: 'right' },
					{ header: ['SSE', 'log-linear'], align: 'right' },
					{ header: ['Growth', 'a year'], align: 'right' },
					{ header: ['Next 12', 'months'], align: 'right' },
					{ header: ['Monthly', 'CV'], align: 'right' },
					{ header: ['Mean'], align: 'right' },
					{ header: ['Process', 'limits'], align: 'right' }
				],
				fits.map((f) => [
					NAMES[f.measure],
					f.trend.kind === 'logLinear' ? 'log-linear' : 'straight line',
					count(f.trend.linear.sse),
					f.trend.logLinear ? count(f.trend.logLinear.sse) : 'n/a',
					pct(f.growthPerYear),
					count(f.nextYearTotal),
					pct(f.monthlyCv),
					count(f.spc.limits.mean),
					`${count(f.spc.limits.lower)}-${count(f.spc.limits.upper)}`
				])
			)
		);
		out.push('The trend used is the one with the smaller residual sum of squares (SSE); process limits are the mean +- 2.66 x the mean moving range.');
		const seasonal = fits.filter((f) => f.seasonal);
		if (seasonal.length) {
			out.push('');
			out.push(
				renderTable(
					[{ header: ['Seasonal index'], align: 'left' }, ...MONTH_NAMES.map((m) => ({ header: [m.slice(0, 3)], align: 'right' as const }))],
					seasonal.map((f) => [NAMES[f.measure], ...(f.seasonal ?? []).map((x) => x.toFixed(2))])
				)
			);
		}
		out.push('');
		out.push('Special causes (Making Data Count):');
		for (const f of fits) {
			const marked = f.spc.points.flatMap((p, i) => (p.rules.length ? [`${monthLabel(f.months[i] as number)} (${count(p.value)}): ${p.rules.map((r) => SPC_RULE_LABELS[r]).join('; ')}`] : []));
			out.push(marked.length ? `  ${NAMES[f.measure]}:` : `  ${NAMES[f.measure]}: none (common-cause variation only)`);
			for (const m of marked) out.push(`    ${m}`);
		}
	}
	if (fit.backlog) {
		const b = fit.backlog;
		out.push('');
		out.push(`Waiting list: ${count(b.waitingList)} at the end of ${monthLabel(b.month)}${b.waiting6 !== null ? `, ${count(b.waiting6)} of them waiting 6 weeks or more (${b.waitingList > 0 ? pct(b.waiting6 / b.waitingList) : '0.0%'})` : ''}.`);
	}
	return out.join('\n');
}

function seriesJson(f: SeriesFit | null) {
	if (!f) return null;
	return {
		trend: { kind: f.trend.kind, linear: f.trend.linear, logLinear: f.trend.logLinear, origin: monthLabel(f.trend.origin) },
		growthPerYear: f.growthPerYear,
		nextYearTotal: f.nextYearTotal,
		monthlyCv: f.monthlyCv,
		mean: f.mean,
		seasonalIndex: f.seasonal,
		limits: f.spc.limits,
		months: f.months.map((m, i) => ({ month: monthLabel(m), value: f.values[i] as number, rules: f.spc.points[i]?.rules ?? [] }))
	};
}

/** The fit as JSON (`activity --json`): months written as "April 2024"; every number finite. */
export function activityJson(fit: ActivityFit): unknown {
	const d = fit.data;
	return {
		file: d.fileName,
		months: d.months.length,
		first: monthLabel(d.first),
		last: monthLabel(d.last),
		columns: d.columns,
		referralsFrom: d.referralsFrom,
		gaps: d.gaps.map(monthLabel),
		notes: [...d.notes, ...fit.messages],
		referrals: seriesJson(fit.referrals),
		scans: seriesJson(fit.scans),
		backlog: fit.backlog ? { month: monthLabel(fit.backlog.month), waitingList: fit.backlog.waitingList, waiting6: fit.backlog.waiting6 } : null
	};
}
