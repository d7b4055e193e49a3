import { CAPITAL_CATEGORIES, EQUIPMENT_CAPITAL, REVENUE_CATEGORIES, type AppraisalResult, type OptionResult, type Scenario } from '../../model';
import { SheetBuilder, addr, colName, sheetRef, type CellSpec } from './sheet';
import { CAPITAL_LABELS, REVENUE_LABELS } from '../../present';
import type { FormatName } from './formats';
import { fromYear, ledgerTerms, sumFormula } from './ledgerFormulas';
import { numOf, when, type Cond } from './years';
import { effectiveService, startIndex } from '../../model/effective';

export interface CashFlowSheet {
	sheet: SheetBuilder;
	npcRef: string;
	eacRef: string;
	costPerScanRef: string;
	capitalTotalRef: string;
	revenueTotalRef: string;
	scansRef: string;
}

const FIRST_YEAR_COL = 2;

/**
 * One option's cash flows, years across. Every cost line is a formula over the Inputs sheet (ledgerFormulas.ts), consumables and outsourcing over the quantities above them; staff cost links
 * to the Staffing sheet; totals, optimism bias, discount factors, discounted flows and the net
 * present cost are formulas on the Inputs names, so a changed input moves the result.
 * Discount factor (Green Book, Annex A6): 1 / ((1 + DiscountRate)^MIN(t,30) x (1 + DiscountRateLong)^MAX(0,t-30)).
 */
export function buildCashFlowSheet(opts: {
	name: string;
	scenario: Scenario;
	result: AppraisalResult;
	option: OptionResult;
	refOf: Map<string, string>;
	staffCostRef: (optionId: string, yearIndex: number) => string;
	/** FLS running costs (without the coordinator) on the FLS benefits sheet, or null without an FLS. */
	flsRunningRef: (optionId: string, yearIndex: number) => string | null;
	/** The VFA-found treatment's drug cost on the Pathway sheet (counted when pathway.countVfaBenefits is on). */
	drugCostRef?: (optionId: string, yearIndex: number) => string | null;
	/** A quantity of this option in a year on the Demand and capacity sheet. */
	demandRef: (column: 'inHouse' | 'outsourced' | 'delivered', yearIndex: number) => string;
	/** Locality li's share of this option's new referrals in a year (Catchment sheet); the engine's share as a number without it. */
	localityShareRef?: (yearIndex: number, li: number) => string;
}): CashFlowSheet {
	const { scenario: s, result, option: o, refOf, staffCostRef, flsRunningRef, demandRef, drugCostRef } = opts;
	const sh = new SheetBuilder(opts.name);
	const H = result.horizonYears;
	const lastCol = FIRST_YEAR_COL + H - 1;
	const totalCol = lastCol + 1;
	const C = (y: number) => colName(FIRST_YEAR_COL + y);
	const flows = o.cashFlows;

	sh.set(0, 0, `Cash flows: ${o.name}`);
	sh.set(1, 0, `GBP in real terms at ${result.priceBaseYear} prices. Costs are positive; the residual value is a credit. Year index 0 is ${result.startYear} and is not discounted.`);
	sh.row(3, 0, ['Line', 'Basis', ...result.years.map((y) => ({ n: y, fmt: 'year' as FormatName })), 'Total']);
	sh.row(4, 0, ['Year index', 't', ...result.years.map((_, y) => ({ n: y, fmt: 'count' as FormatName }))]);
	let row = 5;

	/** The longest label and basis written, so the columns show them whole. */
	const widest: [number, number] = [30, 44];
	/** A line of per-year cells plus a SUM total; returns its 1-based row number. */
	const line = (label: string, basis: string, cell: (y: number, R: number) => CellSpec, total?: number, fmt: FormatName = 'gbp'): number => {
		const R = row + 1;
		sh.set(row, 0, label);
		sh.set(row, 1, basis);
		widest[0] = Math.max(widest[0], label.length + 2);
		widest[1] = Math.max(widest[1], basis.length + 2);
		for (let y = 0; y < H; y++) sh.set(row, FIRST_YEAR_COL + y, cell(y, R));
		if (total !== undefined) sh.set(row, totalCol, { n: total, f: `SUM(${C(0)}${R}:${C(H - 1)}${R})`, fmt });
		row++;
		return R;
	};
	const sumOf = (k: (f: (typeof flows)[number]) => number) => flows.reduce((t, f) => t + k(f), 0);

	// Quantities the prices multiply, from the Demand and capacity sheet: scans delivered in-house
	// (the waiting list's scans seen x in-house capacity / capacity) and the outsourced scans bought.
	const optionIndex = s.options.findIndex((x) => x.id === o.id);
	const terms = ledgerTerms(s, o.id, refOf, (y) => `${C(y)}$4`);
	sh.set(row++, 0, 'Quantities');
	const delivered = line('Scans delivered (in-house and outsourced)', 'Demand and capacity: the waiting list\'s scans seen', (y) => ({ n: o.capacity[y]?.delivered ?? 0, f: demandRef('delivered', y), fmt: 'dec2' }), undefined, 'dec2');
	const inHouse = line('Scans delivered in-house', 'Demand and capacity: delivered x in-house share of capacity', (y) => {
		const c = o.capacity[y];
		return { n: c && c.capacity ? (c.delivered * (c.capacity - c.outsourced)) / c.capacity : 0, f: demandRef('inHouse', y), fmt: 'dec2' };
	}, undefined, 'dec2');
	// Patients' return journeys to the scans delivered (patientAccess.ts): each locality's share of the
	// scans (its share of the option's new referrals on the Catchment sheet) x its return miles and minutes,
	// today's journey for the patients the option's travel change does not move and the new one for those it does.
	const travelOn = s.costs.patientTravel.include;
	const travelFrom = s.options[optionIndex] ? effectiveService(s, s.options[optionIndex]).travelFrom : [];
	const localities = s.catchment.localities.map((l, li) => {
		const ti = s.options[optionIndex]?.travel.findIndex((t) => t.localityId === l.id) ?? -1;
		const change = ti >= 0 ? s.options[optionIndex]?.travel[ti] : undefined;
		const journeys = o.access.byLocality.find((x) => x.localityId === l.id)?.journeysByYear ?? [];
		// Phasing: the option's travel change applies from its start year (effective.ts travelFrom): from
		// the installation year of the scanner it opens with (an added scanner's Inputs cell) and not before its own start year.
		const from = ti >= 0 ? (travelFrom[ti] ?? 0) : 0;
		const site = change?.siteScannerId === undefined ? -1 : (s.options[optionIndex]?.addScanners.findIndex((a) => a.id === change.siteScannerId) ?? -1);
		const opensCell = site >= 0 ? refOf.get(`options[${optionIndex}].addScanners[${site}].installedYear`) : undefined;
		const applies = (y: number): Cond => (opensCell && change ? `${C(y)}$4>=MAX(${opensCell},${s.startYear + startIndex(s, change.startYear)})` : y >= from);
		const per = (field: 'returnTravelMiles' | 'travelMinutes', y: number) => {
			const today = refOf.get(`catchment.localities[${li}].${field}`) ?? String(l[field]);
			const on = change ? applies(y) : false;
			if (!change || on === false) return today;
			const moved = `MIN(1,MAX(0,${refOf.get(`options[${optionIndex}].travel[${ti}].shareOfPatients`) ?? String(change.shareOfPatients)}))`;
			const mixed = `((1-${moved})*${today}+${moved}*${refOf.get(`options[${optionIndex}].travel[${ti}].${field}`) ?? String(change[field])})`;
			return on === true ? mixed : `IF(${on},${mixed},${today})`;
		};
		return { journeys, miles: (y: number) => per('returnTravelMiles', y), minutes: (y: number) => per('travelMinutes', y) };
	});
	const shareOf = (y: number, li: number) => {
		const d = o.capacity[y]?.delivered ?? 0;
		return d > 0 ? (localities[li]?.journeys[y] ?? 0) / d : 0;
	};
	const perScan = (y: number, k: 'miles' | 'minutes') => localities.map((l, li) => `${opts.localityShareRef ? opts.localityShareRef(y, li) : shareOf(y, li)}*${l[k](y)}`).join('+') || '0';
	const miles = travelOn ? line('Patients\' return miles', 'scans delivered x sum of locality share x return miles', (y) => ({ n: o.access.byYear[y]?.returnMiles ?? 0, f: `${C(y)}${delivered}*(${perScan(y, 'miles')})`, fmt: 'dec2' }), undefined, 'dec2') : 0;
	const hours = travelOn ? line('Patients\' return hours', 'scans delivered x sum of locality share x return minutes / 60', (y) => ({ n: o.access.byYear[y]?.returnHours ?? 0, f: `${C(y)}${delivered}*(${perScan(y, 'minutes')})/60`, fmt: 'dec2' }), undefined, 'dec2') : 0;
	const outsourced = line('Outsourced scans bought', 'Demand and capacity: outsourced capacity', (y) => ({ n: o.capacity[y]?.outsourced ?? 0, f: demandRef('outsourced', y), fmt: 'dec2' }), undefined, 'dec2');
	row++;

	sh.set(row++, 0, 'Capital');
	const capFirst = row + 1;
	for (const c of CAPITAL_CATEGORIES) line(CAPITAL_LABELS[c], 'Inputs: price at each purchase and replacement', (y) => ({ n: flows[y]?.capital[c] ?? 0, f: sumFormula(terms.capital[c]?.[y]), fmt: 'gbp' }), sumOf((f) => f.capital[c] ?? 0));
	const capLast = row;
	const capTotal = line('Capital total', 'sum of capital lines', (y) => ({ n: flows[y]?.capitalTotal ?? 0, f: `SUM(${C(y)}${capFirst}:${C(y)}${capLast})`, fmt: 'gbp' }), o.summary.capitalTotalGbp);
	row++;

	sh.set(row++, 0, 'Revenue');
	const staffItems = [
		...s.costs.revenueItems.map((it, i) => ({ it, path: `costs.revenueItems[${i}].annualCostGbp` })),
		...(s.options[optionIndex]?.revenueItems ?? []).map((it, i) => ({ it, path: `options[${optionIndex}].revenueItems[${i}].annualCostGbp` }))
	].filter((x) => x.it.category === 'staff');
	// The pathway's costs under 'other' (pathway.ts pathwayCost): onward referrals, and the drugs of
	// treatment found by VFA when the scenario counts VFA benefits (the Pathway sheet's drug cost).
	const counted = s.pathway.countVfaBenefits;
	const onwardShare = refOf.get('pathway.onwardReferralShare') ?? String(s.pathway.onwardReferralShare);
	const onwardCost = refOf.get('pathway.onwardReferralCostGbp') ?? String(s.pathway.onwardReferralCostGbp);
	const revFirst = row + 1;
	for (const c of REVENUE_CATEGORIES) {
		if (c === 'staff') {
			const basis = staffItems.length ? `Staffing sheet total + ${staffItems.map((x) => x.it.name).join(', ')}` : 'Staffing sheet total';
			line(REVENUE_LABELS[c], basis, (y) => {
				const parts = [staffCostRef(o.id, y), ...staffItems.flatMap((x) => when(fromYear(numOf(refOf, x.path.replace(/annualCostGbp$/, 'fromYearIndex'), x.it.fromYearIndex), { y, cell: `${C(y)}$4`, startYear: s.startYear, horizonYears: H }), refOf.get(x.path) ?? String(x.it.annualCostGbp)) ?? [])];
				return { n: flows[y]?.revenue.staff ?? 0, f: parts.join('+'), fmt: 'gbp' };
			}, sumOf((f) => f.revenue.staff ?? 0));
		} else {
			const outsourcingRef = refOf.get(`options[${optionIndex}].outsourcing.costPerScanGbp`) ?? String(s.options[optionIndex]?.outsourcing?.costPerScanGbp ?? 0);
			const [basis, f] =
				c === 'consumables'
					? ['ConsumablesPerScan x scans delivered in-house', (y: number) => `ConsumablesPerScan*${C(y)}${inHouse}`]
					: c === 'outsourcing'
						? ['Inputs: cost per outsourced scan x scans bought', (y: number) => (s.options[optionIndex]?.outsourcing ? `${outsourcingRef}*${C(y)}${outsourced}` : '0')]
						: c === 'fls'
							? ['FLS benefits sheet: other costs + drug cost x extra treated', (y: number) => flsRunningRef(o.id, y) ?? '0']
							: c === 'other'
								? [counted ? 'Inputs: revenue items + scans delivered x onward referral share x cost + VFA drugs (Pathway sheet)' : 'Inputs: revenue items + scans delivered x onward referral share x cost', (y: number) => `${sumFormula(terms.revenue[c]?.[y])}+${C(y)}${delivered}*${onwardShare}*${onwardCost}${counted ? `+${drugCostRef?.(o.id, y) ?? o.pathway.byYear[y]?.drugCostGbp ?? 0}` : ''}`]
								: ['Inputs: annual price while it applies', (y: number) => sumFormula(terms.revenue[c]?.[y])];
			line(REVENUE_LABELS[c], basis, (y) => ({ n: flows[y]?.revenue[c] ?? 0, ...(f ? { f: f(y) } : {}), fmt: 'gbp' }), sumOf((x) => x.revenue[c] ?? 0));
		}
	}
	const revLast = row;
	const revTotal = line('Revenue total', 'sum of revenue lines', (y) => ({ n: flows[y]?.revenueTotal ?? 0, f: `SUM(${C(y)}${revFirst}:${C(y)}${revLast})`, fmt: 'gbp' }), o.summary.revenueTotalGbp);
	row++;

	// Equipment (scanner, vehicle, IT) at OptimismBiasEquipment, estates works at OptimismBiasCapital (#11, travel helper).
	const capRows = (equipment: boolean) => CAPITAL_CATEGORIES.flatMap((c, i) => (EQUIPMENT_CAPITAL.includes(c) === equipment ? [capFirst + i] : []));
	const obCap = line('Optimism bias: capital', 'equipment x OptimismBiasEquipment + estates works x OptimismBiasCapital', (y, _R) => ({ n: flows[y]?.optimismBiasCapital ?? 0, f: `(${capRows(true).map((r) => `${C(y)}${r}`).join('+')})*OptimismBiasEquipment+(${capRows(false).map((r) => `${C(y)}${r}`).join('+')})*OptimismBiasCapital`, fmt: 'gbp' }), sumOf((f) => f.optimismBiasCapital));
	const obRev = line('Optimism bias: revenue', 'revenue total x OptimismBiasRevenue', (y) => ({ n: flows[y]?.optimismBiasRevenue ?? 0, f: `${C(y)}${revTotal}*OptimismBiasRevenue`, fmt: 'gbp' }), sumOf((f) => f.optimismBiasRevenue));
	const t = s.costs.patientTravel;
	const costPerMile = refOf.get('costs.patientTravel.costPerMileGbp') ?? String(t.costPerMileGbp);
	const valueOfHour = refOf.get('costs.patientTravel.valueOfTimePerHourGbp') ?? String(t.valueOfTimePerHourGbp);
	const travel = line('Patient travel (societal)', travelOn ? 'return miles x cost per mile + return hours x value of an hour (Inputs)' : 'not included in this scenario', (y) => ({ n: flows[y]?.patientTravel ?? 0, f: travelOn ? `${C(y)}${miles}*${costPerMile}+${C(y)}${hours}*${valueOfHour}` : '0', fmt: 'gbp' }), sumOf((f) => f.patientTravel));
	const residual = line('Less: residual value', 'Inputs: cost x remaining life / lifetime, final year', (y) => ({ n: flows[y]?.residualValue ?? 0, f: y === H - 1 ? sumFormula(terms.residual) : '0', fmt: 'gbp' }), sumOf((f) => f.residualValue));
	const total = line('Total cost', 'capital + revenue + optimism bias + travel - residual', (y) => ({ n: flows[y]?.total ?? 0, f: `${C(y)}${capTotal}+${C(y)}${revTotal}+${C(y)}${obCap}+${C(y)}${obRev}+${C(y)}${travel}-${C(y)}${residual}`, fmt: 'gbp' }), sumOf((f) => f.total));
	const df = line('Discount factor', 'Green Book: 1/((1+DiscountRate)^MIN(t,30)*(1+DiscountRateLong)^MAX(0,t-30))', (y) => ({ n: flows[y]?.discountFactor ?? 0, f: `1/((1+DiscountRate)^MIN(${C(y)}$5,30)*(1+DiscountRateLong)^MAX(0,${C(y)}$5-30))`, fmt: 'factor' }), undefined);
	sh.set(df - 1, totalCol, { n: flows.reduce((t, f) => t + f.discountFactor, 0), f: `SUM(${C(0)}${df}:${C(H - 1)}${df})`, fmt: 'factor' });
	const disc = line('Discounted cost', 'total cost x discount factor', (y) => ({ n: flows[y]?.discounted ?? 0, f: `${C(y)}${total}*${C(y)}${df}`, fmt: 'gbp' }), o.summary.netPresentCostGbp);
	row++;

	const npcRow = row;
	sh.row(row++, 0, ['Net present cost', 'sum of discounted costs', { n: o.summary.netPresentCostGbp, f: `SUM(${C(0)}${disc}:${C(H - 1)}${disc})`, fmt: 'gbp' }]);
	const eacRow = row;
	sh.row(row++, 0, ['Equivalent annual cost', 'NPC / sum of discount factors', { n: o.summary.equivalentAnnualCostGbp, f: `${addr(npcRow, 2)}/${addr(df - 1, totalCol)}`, fmt: 'gbp' }]);
	row++;
	sh.set(row++, 0, 'Memo');
	const scans = line('Scans delivered', 'the quantity above', (y) => ({ n: o.capacity[y]?.delivered ?? 0, f: `${C(y)}${delivered}`, fmt: 'count' }), o.summary.scansDelivered, 'count');
	const discScans = line('Discounted scans', 'scans x discount factor', (y) => ({ n: (o.capacity[y]?.delivered ?? 0) * (flows[y]?.discountFactor ?? 0), f: `${C(y)}${scans}*${C(y)}${df}`, fmt: 'count' }), undefined);
	const cpsRow = row;
	const cps = o.summary.costPerScanGbp;
	sh.row(row++, 0, ['Cost per scan', 'NPC / discounted scans', cps === null ? 'n/a (no scans)' : { n: cps, f: `${addr(npcRow, 2)}/SUM(${C(0)}${discScans}:${C(H - 1)}${discScans})`, fmt: 'gbp2' }]);
	line('Scanners replaced', 'Inputs: installation year + every lifetime (about 10 years, guideline)', (y) => ({ n: o.capacity[y]?.scanners.filter((x) => x.replaced).length ?? 0, f: sumFormula(terms.replacements[y]), fmt: 'count' }), undefined, 'count');

	// The label and basis columns wrap (freeze.ts styles) so the years print legibly one page wide.
	sh.setWidths([Math.min(32, widest[0]), Math.min(36, widest[1]), ...result.years.map(() => 13), 15]);
	sh.wrapCols = [0, 1];
	sh.freezeRows = 5;
	sh.freezeCols = 2;
	const ref = (r: number, c: number) => sheetRef(opts.name, addr(r, c));
	return {
		sheet: sh,
		npcRef: ref(npcRow, 2),
		eacRef: ref(eacRow, 2),
		costPerScanRef: ref(cpsRow, 2),
		capitalTotalRef: ref(capTotal - 1, totalCol),
		revenueTotalRef: ref(revTotal - 1, totalCol),
		scansRef: ref(scans - 1, totalCol)
	};
}
