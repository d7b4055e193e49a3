/**
 * Each chart's data table (its text alternative), built from the same series the chart draws. The
 * chart components show it under the plot; the business case prints it in its appendix beside the
 * figure, so the table a board reads is the one the app shows. Formatting only.
 */
import type { AppraisalResult } from '../model/results';
import type { DataTable } from './types';
import type { DemandCapacitySeries } from './series/demandCapacity';
import type { WaitingListSeries } from './series/waitingList';
import type { CostStackSeries } from './series/costStack';
import type { NpcSeries } from './series/npc';
import type { StaffWteSeries } from './series/staffWte';
import type { FlsSeries } from './series/fls';
import type { AccessFiguresRow, AccessSeriesData } from './series/access';
import type { PathwaySeriesData } from './series/pathway';
import { count, financialYear, gbp, monthName, pct, plural, preferredReason, smallCount, weeksValue, wte, yesNo } from '../present';

/** A demand line's name: one line for all options, or the options that share it. */
export function demandLabel(series: DemandCapacitySeries, names: readonly string[]): string {
	return series.demandGroups.length === 1 && series.options.length > 1 ? 'Demand (all options)' : `Demand: ${names.join(', ')}`;
}

export function demandCapacityTable(series: DemandCapacitySeries, title: string): DataTable {
	return {
		caption: `${title}, scans a year`,
		columns: [
			'Financial year',
			...series.demandGroups.map((g) => demandLabel(series, g.names)),
			...series.options.map((o) => `Capacity: ${o.name}`),
			...series.options.map((o) => `Gap: ${o.name}`)
		],
		rows: series.years.map((year, y) => ({
			header: financialYear(year),
			cells: [
				...series.demandGroups.map((g) => count(g.demand[y]?.value)),
				...series.options.map((o) => count(o.capacity[y]?.value)),
				...series.options.map((o) => count(o.gap[y]?.value))
			]
		})),
		notes: ['Gap is demand minus capacity: a positive gap is a shortfall of scans, a negative one spare capacity.']
	};
}

/** "6-week standard" */
export function standardLabel(weeks: number): string {
	return `${weeksValue(weeks).replace(/\.0$/, '')}-week standard`;
}

export function waitingListTable(series: WaitingListSeries, title: string, startYear: number, show: 'both' | 'wait' | 'list' = 'both'): DataTable {
	const gaps = series.options.filter((o) => o.monthsWithoutEstimate > 0);
	const wait = show !== 'list';
	const list = show !== 'wait';
	return {
		caption: `${title} by month: ${[wait ? 'estimated wait (weeks)' : '', list ? "patients waiting at the month's end" : ''].filter(Boolean).join(' and ')}`,
		columns: ['Month', ...series.options.flatMap((o) => [...(wait ? [`${o.name}: wait (weeks)`] : []), ...(list ? [`${o.name}: patients waiting`] : [])])],
		rows: series.months.map((m, i) => ({
			header: monthName(startYear, m.monthIndex),
			cells: series.options.flatMap((o) => {
				const p = o.points[i];
				return [...(wait ? [p ? weeksValue(p.waitWeeks) : ''] : []), ...(list ? [p ? count(p.listSize) : ''] : [])];
			})
		})),
		notes: [
			...series.options.map((o) =>
				o.backlogClearsMonth === null
					? `${o.name}: the estimated wait never falls within the ${standardLabel(o.standardWeeks)}.`
					: `${o.name}: within the ${standardLabel(o.standardWeeks)} from ${monthName(startYear, o.backlogClearsMonth)}.`
			),
			...(gaps.length > 0 && wait
				? [`A dash means the month had no scanning capacity, so no wait can be estimated; the wait line has a gap there (${gaps.map((o) => `${o.name}: ${plural(o.monthsWithoutEstimate, 'month')}`).join('; ')}).`]
				: [])
		]
	};
}

export function costStackTable(series: CostStackSeries | null, heading: string, priceBaseYear: number): DataTable {
	const categories = series?.categories ?? [];
	return {
		caption: `${heading}, GBP by year (undiscounted, ${series?.priceBaseYear ?? priceBaseYear} prices)`,
		columns: ['Financial year', ...categories.map((c) => `${c.label} (${c.kind})`), 'Capital total', 'Revenue total'],
		rows: (series?.years ?? []).map((year, y) => ({
			header: financialYear(year),
			cells: [...categories.map((c) => gbp(c.values[y] ?? 0)), gbp(series?.capitalTotal[y] ?? 0), gbp(series?.revenueTotal[y] ?? 0)]
		})),
		notes: ['Costs as spent in each year at the price base, before discounting, optimism bias and residual value.', 'Categories with no spending in any year are not shown.']
	};
}

export function npcTable(series: NpcSeries, title: string, result: AppraisalResult): DataTable {
	return {
		caption: `${title}: present values in GBP at ${series.priceBaseYear} prices over ${plural(series.horizonYears, 'year')}`,
		columns: ['Option', 'Net present cost', 'Net present social value', 'Rank', 'Meets the wait standard', 'Preferred'],
		rows: series.options.map((o) => ({
			header: o.name,
			cells: [gbp(o.npc), gbp(o.npsv), String(o.rank), yesNo(o.meetsDemand), o.preferred ? 'Preferred' : ''],
			emphasis: o.preferred
		})),
		notes: [`Preferred option: ${preferredReason(result)}`, 'Net present social value is the present value of cash-releasing benefits plus the value of QALYs gained, minus the net present cost.']
	};
}

export function staffWteTable(series: StaffWteSeries, title: string): DataTable {
	return {
		caption: `${title}: average funded WTE over the horizon`,
		columns: ['Role', ...series.options.map((o) => o.name)],
		rows: [
			...series.roles.map((role, r) => ({ header: role.name, cells: series.options.map((o) => (o.wte[r] === null || o.wte[r] === undefined ? '–' : wte(o.wte[r]))) })),
			{ header: 'Total', cells: series.options.map((o) => wte(o.totalWte)), emphasis: true }
		],
		notes: ['Funded WTE includes the allowance for leave, training and sickness on top of the hours the sessions need. A dash means the option has no such role.']
	};
}

export function flsTable(series: FlsSeries, title: string): DataTable {
	return {
		caption: `${title}, totals over ${plural(series.horizonYears, 'year')}`,
		columns: ['Option', ...series.sites.map((s) => `${s.label} fractures averted`), 'All fractures averted', 'Fracture costs avoided', 'Present value of costs avoided', 'FLS cost'],
		rows: series.options.map((o) => ({
			header: o.name,
			cells: [...series.sites.map((s) => smallCount(o.averted[s.key])), smallCount(o.totalAverted), gbp(o.costsAvoidedGbp), gbp(o.pvCostsAvoidedGbp), gbp(o.flsCostGbp)]
		})),
		notes: ['Costs are GBP at the price base year; "costs avoided" and "FLS cost" are undiscounted totals over the horizon.']
	};
}

function accessCell(f: AccessFiguresRow | undefined): string {
	return f ? `${count(f.returnHours)} h; ${count(f.journeys)} journeys; ${pct(f.within30Share, 0)} / ${pct(f.within60Share, 0)}` : '–';
}

export function accessTable(series: AccessSeriesData, title: string): DataTable {
	return {
		caption: `${title}: return hours travelled to scans delivered over the horizon, journeys, and the shares within 30 / 60 minutes one way`,
		columns: ['Locality', ...series.options.map((o) => o.name)],
		rows: [
			...series.localities.map((l, i) => ({ header: l.name, cells: series.options.map((o) => accessCell(o.localities[i])) })),
			{ header: 'All localities', cells: series.options.map((o) => accessCell(o.totals)), emphasis: true }
		],
		notes: ["One return journey for each scan delivered: patients still waiting do not travel. An option's travel change applies to the share of the locality's patients it moves."]
	};
}

/** A pathway step's total as the chart labels it: small counts (fractures found, onward referrals) keep a decimal. */
export function pathwayStepValue(key: string, v: number): string {
	return key === 'fracturesFound' || key === 'onwardReferrals' ? smallCount(v) : count(v);
}

export function pathwayTable(series: PathwaySeriesData, title: string): DataTable {
	return {
		caption: `${title}, totals over ${plural(series.horizonYears, 'year')}`,
		columns: ['Option', ...series.steps.map((s) => s.label), 'VFA share of scans', 'One-stop visits', 'Recall visits', 'Reports written', 'Reporting hours', 'Fractures averted by VFA-led treatment'],
		rows: series.options.map((o) => ({
			header: o.name,
			cells: [...series.steps.map((s) => pathwayStepValue(s.key, o.steps[s.key])), pct(o.vfaShare, 0), count(o.oneStopVisits), count(o.recallVisits), count(o.reports), count(o.reportingHours), smallCount(o.fracturesAverted)]
		})),
		notes: [
			'Referred counts the referrals and monitoring returns arriving over the horizon; scans are those each option delivers, including patients already waiting at the start, so an option that clears the list scans more patients than are referred. Fractures found are previously undiagnosed vertebral fractures on VFA; treatment recommended includes those VFA adds (outside the FLS, whose patients the FLS already counts).',
			series.options.some((o) => o.countedInAppraisal)
				? 'The fractures averted by VFA-led treatment, and its drug costs, are counted in the appraisal.'
				: 'The fractures averted by VFA-led treatment are shown here but not counted in the appraisal (turn it on in the Edit page, Pathway section).'
		]
	};
}
