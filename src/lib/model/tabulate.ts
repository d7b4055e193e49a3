import type { Scenario, Option } from './schema/scenario';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from './schema/lists';
import type { AccessResult, CapacityYear, CashFlowYear, DemandYear, FlsResult, FlsYear, OptionResult, OptionSummary, StaffingResult, WaitingListResult } from './results';
import type { Arena } from './arena';
import type { EffectiveService } from './effective';
import { MAX_BACK_YEARS, type DemandSeries } from './demand';
import type { CapacitySeries } from './capacity';
import { REPLACEMENT } from './assets';
import type { WaitingSeries } from './waitingList';
import type { WaitingMeasureSeries } from './waitingMeasures';
import type { FlsSeries } from './fls';
import type { StaffingSeries } from './staffing';
import { rowRecord } from './costLedger';
import { withinShare, type AccessSeries } from './patientAccess';
import type { OptionDemandSeries } from './optionDemand';
import { pathwayTable } from './pathwayTable';
import { toArray } from './toArray';

/**
 * The tables of one option (the records the views, exports, CLI and API read, described by
 * results.ts), copied from the series the kernel filled. No figure is worked out here: a reader
 * that summed or divided would be a second place for a formula.
 */

const nullIfNaN = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Demand by year: population and FLS referrals from the scenario's series, the rest from the option's (optionDemand.ts). */
export function demandTable(s: Scenario, d: DemandSeries, hasFls: boolean, od: OptionDemandSeries): DemandYear[] {
	const H = s.horizonYears;
	const out: DemandYear[] = new Array(H);
	for (let y = 0; y < H; y++) {
		const k = y + MAX_BACK_YEARS;
		out[y] = {
			yearIndex: y,
			year: s.startYear + y,
			population: d.population[k] as number,
			population50Plus: d.population50[k] as number,
			newReferrals: od.newReferrals[y] as number,
			flsReferrals: od.flsReferrals[k] as number,
			monitoring: od.monitoring[y] as number,
			total: od.total[y] as number,
			vfaScans: od.vfaScans[y] as number
		};
	}
	return out;
}

export function capacityTable(s: Scenario, svc: EffectiveService, c: CapacitySeries, a: Pick<Arena, 'delivered' | 'gap'>): CapacityYear[] {
	const H = s.horizonYears;
	const out: CapacityYear[] = new Array(H);
	for (let y = 0; y < H; y++) {
		const capacity = c.total[y] as number;
		const delivered = a.delivered[y] as number;
		const scanners: CapacityYear['scanners'] = new Array(svc.scanners.length);
		for (let k = 0; k < scanners.length; k++) {
			const at = k * H + y;
			scanners[k] = {
				scannerId: (svc.scanners[k] as EffectiveService['scanners'][number]).id,
				operatingDays: c.operatingDays[at] as number,
				sessions: c.sessions[at] as number,
				slots: c.slots[at] as number,
				capacity: c.capacity[at] as number,
				replaced: c.event[at] === REPLACEMENT
			};
		}
		out[y] = {
			yearIndex: y,
			year: s.startYear + y,
			scanners,
			outsourced: c.outsourced[y] as number,
			capacity,
			delivered,
			gap: a.gap[y] as number,
			utilisation: capacity > 0 ? delivered / capacity : 0
		};
	}
	return out;
}

/** Each year's share of the list at its end waiting beyond the standard. */
function shareBeyondStandardByYear(w: WaitingSeries, years: number): number[] {
	const out: number[] = [];
	for (let y = 0; y < years; y++) {
		const list = w.listSize[12 * y + 11] as number;
		// Under a millionth of a patient is the rounding left of an empty list, not a list.
		out.push(list > 1e-6 ? Math.min(1, (w.beyondStandard[12 * y + 11] as number) / list) : 0);
	}
	return out;
}

export function waitingListTable(s: Pick<Scenario, 'startYear'>, years: number, w: WaitingSeries, standardWeeks: number, m?: WaitingMeasureSeries, standardShare = 0.01): WaitingListResult {
	const months: WaitingListResult['months'] = new Array(12 * years);
	for (let t = 0; t < months.length; t++)
		months[t] = {
			monthIndex: t,
			year: s.startYear + Math.floor(t / 12),
			referrals: w.referrals[t] as number,
			capacity: w.capacity[t] as number,
			seen: w.seen[t] as number,
			listSize: w.listSize[t] as number,
			beyondStandard: w.beyondStandard[t] as number,
			seenWithinStandard: w.seenWithinStandard[t] as number,
			estimatedWaitWeeks: nullIfNaN(w.waitWeeks[t] as number)
		};
	return {
		months,
		startListSize: w.startListSize,
		endListSize: w.endListSize,
		endEstimatedWaitWeeks: nullIfNaN(w.endWaitWeeks),
		backlogClearsMonth: w.backlogClearsMonth < 0 ? null : w.backlogClearsMonth,
		withinStandardShareByYear: toArray(w.withinStandardShareByYear, 0, years),
		standardWeeks,
		shareBeyondStandardByYear: shareBeyondStandardByYear(w, years),
		standardShare,
		meanWaitToHoldWeeks: m ? m.meanWaitWeeks : 0,
		targetListByYear: m ? toArray(m.targetList, 0, years) : [],
		capacityToHoldByYear: m ? toArray(m.capacityToHold, 0, years) : [],
		reliefCapacityFirstYear: m ? nullIfNaN(m.reliefFirstYear) : null
	};
}

/** Staffing by year (roles with hours that year), each role's average over the horizon, and the IRMER and registration checks. */
export function staffingTable(s: Scenario, st: StaffingSeries): StaffingResult {
	const H = s.horizonYears;
	const roles = s.staffing.roles;
	const R = roles.length;
	const byYear: StaffingResult['byYear'] = new Array(H);
	for (let y = 0; y < H; y++) {
		const rows: StaffingResult['byYear'][number]['roles'] = [];
		for (let i = 0; i < R; i++) {
			const at = y * R + i;
			const hours = st.hours[at] as number;
			const r = roles[i] as (typeof roles)[number];
			if (hours > 0) rows.push({ roleId: r.id, name: r.name, band: r.band, hours, baseWte: st.baseWte[at] as number, fundedWte: st.fundedWte[at] as number, costGbp: st.costGbp[at] as number });
		}
		byYear[y] = { yearIndex: y, roles: rows, totalFundedWte: st.totalFundedWte[y] as number, costGbp: st.totalCostGbp[y] as number };
	}
	const averageFundedWteByRole = staffedRoles(s, st);
	return { byYear, averageFundedWteByRole, ...staffChecks(s, averageFundedWteByRole) };
}

/** Each role's base and funded WTE averaged over the horizon, for the roles with any funded WTE. */
function staffedRoles(s: Scenario, st: StaffingSeries): StaffingResult['averageFundedWteByRole'] {
	const H = s.horizonYears;
	const roles = s.staffing.roles;
	const R = roles.length;
	const n = Math.max(1, H);
	return roles
		.map((r, i) => {
			let base = 0;
			let funded = 0;
			for (let y = 0; y < H; y++) {
				base += st.baseWte[y * R + i] as number;
				funded += st.fundedWte[y * R + i] as number;
			}
			return { roleId: r.id, name: r.name, baseWte: base / n, fundedWte: funded / n };
		})
		.filter((r) => r.fundedWte > 0);
}

type StaffChecks = Pick<StaffingResult, 'hasExposureJustifier' | 'hasRegisteredProfessional'>;

/** The IRMER and registration checks over the staffed roles. */
function staffChecks(s: Scenario, staffed: StaffingResult['averageFundedWteByRole']): StaffChecks {
	const ids = new Set(staffed.map((r) => r.roleId));
	const roles = s.staffing.roles.filter((r) => ids.has(r.id));
	return { hasExposureJustifier: roles.some((r) => r.justifiesExposures), hasRegisteredProfessional: roles.some((r) => r.registeredProfessional) };
}

export function cashFlowTable(s: Scenario, a: Pick<Arena, 'ledger' | 'cashFlows' | 'discount'>): CashFlowYear[] {
	const { ledger, cashFlows: c } = a;
	const out: CashFlowYear[] = new Array(s.horizonYears);
	for (let y = 0; y < out.length; y++)
		out[y] = {
			yearIndex: y,
			year: s.startYear + y,
			capital: rowRecord(ledger.capital, y, CAPITAL_CATEGORIES),
			revenue: rowRecord(ledger.revenue, y, REVENUE_CATEGORIES),
			capitalTotal: c.capitalTotal[y] as number,
			revenueTotal: c.revenueTotal[y] as number,
			optimismBiasCapital: c.optimismBiasCapital[y] as number,
			optimismBiasRevenue: c.optimismBiasRevenue[y] as number,
			residualValue: ledger.residual[y] as number,
			patientTravel: c.patientTravel[y] as number,
			total: c.total[y] as number,
			discountFactor: a.discount.factor[y] as number,
			discounted: c.discounted[y] as number
		};
	return out;
}

export function flsTable(s: Scenario, f: FlsSeries): FlsResult {
	const r = f.byYear;
	const byYear: FlsYear[] = new Array(s.horizonYears);
	for (let y = 0; y < byYear.length; y++)
		byYear[y] = {
			yearIndex: y,
			cohort: r.cohort[y] as number,
			identified: r.identified[y] as number,
			assessed: r.assessed[y] as number,
			recommended: r.recommended[y] as number,
			started: r.started[y] as number,
			adherent: r.adherent[y] as number,
			extraTreated: r.extraTreated[y] as number,
			dxaScans: r.dxaScans[y] as number,
			scannedShare: r.scannedShare[y] as number,
			beyondStandardShare: r.beyondStandardShare[y] as number,
			dxaScanned: r.dxaScanned[y] as number,
			lostToFollowUp: r.lostToFollowUp[y] as number,
			reachedShare: r.reachedShare[y] as number,
			avertedHip: r.avertedHip[y] as number,
			avertedVertebral: r.avertedVertebral[y] as number,
			avertedOther: r.avertedOther[y] as number,
			bedDaysAvoided: r.bedDaysAvoided[y] as number,
			deathsAvoided: r.deathsAvoided[y] as number,
			qalysGained: r.qalysGained[y] as number,
			costsAvoidedGbp: r.costsAvoidedGbp[y] as number,
			coordinatorWte: r.coordinatorWte[y] as number,
			coordinatorCostGbp: r.coordinatorCostGbp[y] as number,
			flsCostGbp: r.flsCostGbp[y] as number
		};
	const totals = { ...f.totals };
	return { byYear, totals, pvCostsAvoidedGbp: f.pvCostsAvoidedGbp, pvFlsCostGbp: f.pvFlsCostGbp, discountedQalys: f.discountedQalys, returnPerPound: nullIfNaN(f.returnPerPound) };
}

type AccessCells = Pick<AccessSeries['year'], 'journeys' | 'miles' | 'hours' | 'cost' | 'within30' | 'within60'>;

/** Patient access by year, by locality over the horizon, and in total (patientAccess.ts): shares are the within-journeys over the journeys (0 with none). */
export function accessTable(s: Scenario, a: AccessSeries): AccessResult {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const t = a.total;
	const y6: AccessCells = a.year;
	const l6: AccessCells = a.locality;
	const byYear: AccessResult['byYear'] = new Array(H);
	for (let y = 0; y < H; y++) {
		const j = y6.journeys[y] as number;
		byYear[y] = { yearIndex: y, year: s.startYear + y, journeys: j, returnMiles: y6.miles[y] as number, returnHours: y6.hours[y] as number, costGbp: y6.cost[y] as number, within30Share: withinShare(y6.within30[y] as number, j), within60Share: withinShare(y6.within60[y] as number, j) };
	}
	const byLocality: AccessResult['byLocality'] = new Array(L);
	for (let i = 0; i < L; i++) {
		const l = s.catchment.localities[i] as Scenario['catchment']['localities'][number];
		const j = l6.journeys[i] as number;
		const journeysByYear: number[] = [];
		for (let y = 0; y < H; y++) journeysByYear.push(a.journeys[y * L + i] as number);
		byLocality[i] = { localityId: l.id, name: l.name, journeys: j, returnMiles: l6.miles[i] as number, returnHours: l6.hours[i] as number, costGbp: l6.cost[i] as number, within30Share: withinShare(l6.within30[i] as number, j), within60Share: withinShare(l6.within60[i] as number, j), journeysByYear };
	}
	const j = t[0] as number;
	return {
		byYear,
		byLocality,
		totals: { journeys: j, returnMiles: t[1] as number, returnHours: t[2] as number, costGbp: t[3] as number, within30Share: withinShare(t[4] as number, j), within60Share: withinShare(t[5] as number, j) }
	};
}

/** Warnings about the option as staffed and run (shown beside its results). */
function flagsFor(s: Scenario, svc: EffectiveService, staffing: StaffChecks, summary: OptionSummary): string[] {
	const flags: string[] = [];
	if (!staffing.hasExposureJustifier) flags.push('No staffed role is an IRMER practitioner who can justify exposures: at least one registered healthcare professional must be contracted to justify them.');
	if (!staffing.hasRegisteredProfessional) flags.push('No registered healthcare professional is staffed.');
	if (summary.endEstimatedWaitWeeks === null) flags.push('No scanning capacity in the final year: the waiting list cannot be cleared.');
	if (svc.scanners.some((sc) => sc.kind === 'mobile')) flags.push('Mobile sites each need power, toilets and a waiting area (guideline).');
	if (svc.hasFls && s.fls.hipFracturesPerYear <= 0) flags.push('The FLS has no local hip fractures to work from (fls.hipFracturesPerYear is 0): its benefits are zero.');
	return flags;
}

/** Every table of the option just computed, with its summary. */
export function tabulate(s: Scenario, option: Option, svc: EffectiveService, a: Arena, summary: OptionSummary): OptionResult {
	const staffing = staffingTable(s, a.staffing);
	return {
		id: option.id,
		name: option.name,
		description: option.description,
		businessAsUsual: option.businessAsUsual,
		hasFls: svc.hasFls,
		demand: demandTable(s, a.demand, svc.hasFls, a.optionDemand),
		capacity: capacityTable(s, svc, a.capacity, a),
		waitingList: waitingListTable(s, s.horizonYears, a.waiting, s.demand.waitStandardWeeks, a.measures, s.waiting.standardShare),
		staffing,
		cashFlows: cashFlowTable(s, a),
		fls: a.fls.active ? flsTable(s, a.fls) : null,
		access: accessTable(s, a.access),
		pathway: pathwayTable(s, a.pathway),
		summary,
		flags: flagsFor(s, svc, staffing, summary)
	};
}

/**
 * An option's results whose tables are written when first read: the summary and the flags now,
 * from the series in `a`; the tables by `write` (appraise.ts: tabulate() over a copy of the
 * series), once, the first time any of them is read, and then kept.
 */
export function tabulateLater(s: Scenario, option: Option, svc: EffectiveService, a: Pick<Arena, 'staffing'>, summary: OptionSummary, write: () => OptionResult): OptionResult {
	let tables: OptionResult | null = null;
	const table = (): OptionResult => (tables ??= write());
	return {
		id: option.id,
		name: option.name,
		description: option.description,
		businessAsUsual: option.businessAsUsual,
		hasFls: svc.hasFls,
		get demand() {
			return table().demand;
		},
		get capacity() {
			return table().capacity;
		},
		get waitingList() {
			return table().waitingList;
		},
		get staffing() {
			return table().staffing;
		},
		get cashFlows() {
			return table().cashFlows;
		},
		get fls() {
			return table().fls;
		},
		get access() {
			return table().access;
		},
		get pathway() {
			return table().pathway;
		},
		summary,
		flags: flagsFor(s, svc, staffChecks(s, staffedRoles(s, a.staffing)), summary)
	};
}
