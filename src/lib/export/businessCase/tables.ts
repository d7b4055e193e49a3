import type { OptionResult } from '../../model';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from '../../model';
import { CAPITAL_LABELS, REVENUE_LABELS, count, decimal, financialYear, gbp, gbpPence, pct, weeks, weeksValue, yearSpan, yesNo } from '../../present';
import type { CaseContext } from './context';
import type { DocBuilder } from './model';

/** Options side by side (engine summary). */
export function optionsTable(d: DocBuilder, ctx: CaseContext, caption: string): void {
	const rows = [...ctx.r.options]
		.sort((a, b) => a.summary.rank - b.summary.rank)
		.map((o) => [
			String(o.summary.rank),
			o.name + (o.id === ctx.preferred.id ? ' (preferred)' : ''),
			gbp(o.summary.netPresentCostGbp),
			gbp(o.summary.netPresentSocialValueGbp),
			gbp(o.summary.incrementalNpcVsBauGbp),
			o.summary.costPerScanGbp === null ? 'n/a' : gbpPence(o.summary.costPerScanGbp),
			weeks(o.summary.endEstimatedWaitWeeks),
			yesNo(o.summary.meetsDemand),
			decimal(o.summary.weightedScore, 1)
		]);
	d.table(caption, ['Rank', 'Option', 'Net present cost', 'Net present social value', 'NPC vs business as usual', 'Cost per scan', 'Wait at end of horizon', 'Meets standard', 'Score (0-10)'], rows, {
		numeric: [true, false, true, true, true, true, true, false, true],
		note: `GBP at ${ctx.r.priceBaseYear} prices over the financial years ${yearSpan(ctx.r.startYear, ctx.r.startYear + ctx.r.horizonYears - 1)}, discounted at the Green Book rate. Options meeting the ${ctx.s.demand.waitStandardWeeks}-week standard rank first, then by net present social value.`
	});
}

/** Demand, capacity and the waiting list by year for one option. */
export function capacityTable(d: DocBuilder, o: OptionResult, caption: string): void {
	const rows = o.demand.map((dm, y) => {
		const c = o.capacity[y];
		const m = o.waitingList.months[y * 12 + 11];
		return [
			financialYear(dm.year),
			count(dm.total),
			count(c?.capacity ?? 0),
			count(c?.delivered ?? 0),
			count(c?.gap ?? 0),
			pct(c?.utilisation ?? 0, 0),
			count(m?.listSize ?? 0),
			weeksValue(m?.estimatedWaitWeeks ?? null),
			pct(o.waitingList.withinStandardShareByYear[y] ?? 0, 0)
		];
	});
	d.table(caption, ['Financial year', 'Demand', 'Capacity', 'Delivered', 'Gap', 'Utilisation', 'Waiting at year end', 'Estimated wait (weeks)', 'Seen within standard'], rows, {
		numeric: [false, true, true, true, true, true, true, true, true],
		note: 'Scans a year. Gap = demand - capacity (positive is a shortfall). Waiting list and wait from the monthly simulation, at month 12 of each year.'
	});
}

/** Theoretical demand by source and year for one option. */
export function demandTable(d: DocBuilder, o: OptionResult, caption: string): void {
	d.table(
		caption,
		['Financial year', 'Population', 'Aged 50+', 'New referrals', 'FLS referrals', 'Monitoring', 'Total demand'],
		o.demand.map((x) => [financialYear(x.year), count(x.population), count(x.population50Plus), count(x.newReferrals), count(x.flsReferrals), count(x.monitoring), count(x.total)]),
		{ numeric: [false, true, true, true, true, true, true] }
	);
}

/** Costing profile by year for one option. Patient travel appears only when the scenario counts it. */
export function cashFlowTable(d: DocBuilder, o: OptionResult, caption: string): void {
	const travel = o.cashFlows.some((f) => f.patientTravel !== 0);
	const rows = o.cashFlows.map((f) => [
		financialYear(f.year),
		gbp(f.capitalTotal),
		gbp(f.revenueTotal),
		gbp(f.optimismBiasCapital),
		gbp(f.optimismBiasRevenue),
		...(travel ? [gbp(f.patientTravel)] : []),
		gbp(f.residualValue),
		gbp(f.total),
		decimal(f.discountFactor, 4),
		gbp(f.discounted)
	]);
	rows.push(['Total', gbp(o.summary.capitalTotalGbp), gbp(o.summary.revenueTotalGbp), '', '', ...(travel ? [''] : []), '', '', 'NPC', gbp(o.summary.netPresentCostGbp)]);
	const head = ['Financial year', 'Capital', 'Revenue', 'Optimism bias (capital)', 'Optimism bias (revenue)', ...(travel ? ['Patient travel'] : []), 'Residual value (credit)', 'Total cost', 'Discount factor', 'Discounted'];
	d.table(caption, head, rows, { numeric: head.map((_, i) => i > 0) });
}

/** Capital and revenue by category and year (categories with any cost only). */
export function categoryTables(d: DocBuilder, o: OptionResult, label: string): void {
	const cap = CAPITAL_CATEGORIES.filter((c) => o.cashFlows.some((f) => (f.capital[c] ?? 0) !== 0));
	const rev = REVENUE_CATEGORIES.filter((c) => o.cashFlows.some((f) => (f.revenue[c] ?? 0) !== 0));
	if (cap.length)
		d.table(`Capital by category and year: ${label}`, ['Financial year', ...cap.map((c) => CAPITAL_LABELS[c])], o.cashFlows.map((f) => [financialYear(f.year), ...cap.map((c) => gbp(f.capital[c] ?? 0))]), { numeric: [false, ...cap.map(() => true)] });
	else d.p(`${label}: no capital spending over the horizon.`);
	d.table(`Revenue by category and year: ${label}`, ['Financial year', ...rev.map((c) => REVENUE_LABELS[c])], o.cashFlows.map((f) => [financialYear(f.year), ...rev.map((c) => gbp(f.revenue[c] ?? 0))]), { numeric: [false, ...rev.map(() => true)] });
}

/** Average funded WTE by role for one option. */
export function staffingTable(d: DocBuilder, ctx: CaseContext, o: OptionResult, caption: string): void {
	const roles = ctx.s.staffing.roles;
	d.table(
		caption,
		['Role', 'Band', 'Base WTE', 'Funded WTE (with leave)', 'Registered professional', 'IRMER practitioner (justifies exposures)'],
		o.staffing.averageFundedWteByRole.map((a) => {
			const role = roles.find((x) => x.id === a.roleId);
			return [a.name, role?.band ?? '', decimal(a.baseWte, 2), decimal(a.fundedWte, 2), yesNo(!!role?.registeredProfessional), yesNo(!!role?.justifiesExposures)];
		}),
		{ numeric: [false, false, true, true, false, false], note: `Average over the horizon. Funded WTE adds the ${pct(ctx.s.staffing.leaveAllowance, 0)} leave allowance (guideline: about 20% for annual, sick and study leave).` }
	);
}
