import type { Scenario, Option } from './schema/scenario';
import type { Arena } from './arena';
import { effectiveService, type EffectiveService } from './effective';
import { fillCatchment, fillDemand } from './demand';
import { fillOptionDemand } from './optionDemand';
import { fillDiscount } from './discount';
import { fillCapacity } from './capacity';
import { runWaitingList } from './waitingList';
import { fillWaitingMeasures } from './waitingMeasures';
import { fillFls } from './fls';
import { fillPathway } from './pathway';
import { fillStaffing } from './staffing';
import { fillLedger } from './costLedger';
import { fillCashFlows } from './costs';
import { fillAccess, fillAccessCost } from './patientAccess';

/**
 * The engine, stage by stage. An appraisal fills the scenario's series once (scenarioKernel), then
 * for each option fills that option's series (optionKernel) and reads them (tabulate.ts for the
 * tables, summarise.ts for the summary) before the next option. Every yearly and monthly figure is
 * worked out here, once, in the arena; the readers only copy and add up.
 */

/** The series every option shares: catchment and demand, and the discount factors. */
export function scenarioKernel(s: Scenario, a: Arena): void {
	fillCatchment(s, a.demand);
	fillDiscount(s, a.discount);
}

/**
 * One option, from the service it runs to its cash flows:
 *  1. service      the baseline with the option's changes (effective.ts), each from its start year
 *                  (phasing): scanners as they run before and after their change and until removed,
 *                  fixed staff by start, each travel change's start (its site's opening), the FLS's
 *                  start and coverage ramp
 *  2. demand       referrals and monitoring, with or without an FLS (demand.ts); each locality's
 *                  new referrals scaled by its uptake under the option's journeys once its travel
 *                  change has started, FLS referrals x the FLS's coverage (optionDemand.ts)
 *  3. capacity     each scanner's days, sessions, slots and scans; outsourcing (capacity.ts)
 *  4. waiting list month by month: scans seen, the list, those beyond the standard and the wait (waitingList.ts);
 *     the capacity that holds the waiting-time standard given the variation of demand and capacity (waitingMeasures.ts)
 *     then scans delivered in-house (outsourced scans are used only in proportion) and the gap
 *  4a. access      journeys to the scans delivered by locality: miles, hours, cost, within 30 and 60 minutes (patientAccess.ts)
 *  5. FLS          the FLS patients the DXA service scans in time, then fractures averted, QALYs, costs, coordinator (fls.ts)
 *     pathway      scans by referral indication, VFA findings and the treatment they lead to,
 *                  onward referrals, one-stop and recall visits, reports (pathway.ts)
 *  6. staffing     hours, WTE and cost by role (staffing.ts)
 *  7. costs        the ledger by category, then cash flows and discounting, patient travel from 4a (costLedger.ts, costs.ts)
 * Where later work adds a stage (per-locality access, pathway outcomes, waiting-time measures),
 * it goes between these in the order its inputs allow, with its series in the arena.
 */
/**
 * What an option's series are filled for: every table (appraise()), or the summary alone (the
 * analyses, thousands of times). For the summary the kernel leaves out the series only the tables
 * read: the waiting-time measures, the waiting list's monthly series (its yearly and end figures
 * are filled), patient access apart from the year's travel cost (none when travel is not costed),
 * the pathway apart from the onward referrals' cost when the VFA's benefits do not count, the
 * FLS's bed-days, deaths and totals other than fractures averted (fls.ts), and the staffing's
 * role-by-role WTE and cost (its yearly totals are filled).
 * Every series the summary reads is filled the same way for both.
 */
export type KernelNeed = 'tables' | 'summary';

export function optionKernel(s: Scenario, option: Option, a: Arena, need: KernelNeed = 'tables'): EffectiveService {
	const svc = effectiveService(s, option, a.service);
	fillDemand(s, a.demand, svc.hasFls);
	fillOptionDemand(s, svc, a.demand, a.optionDemand);
	const demand = a.optionDemand.total;
	fillCapacity(s, svc, a.capacity);
	const capacity = a.capacity.total;
	const tables = need === 'tables';
	// Each later stage's inputs are the arena's (Arena.inputs), with this option's figures set.
	const w = a.inputs.waiting;
	w.years = s.horizonYears;
	w.startingBacklog = s.demand.startingBacklog;
	w.standardWeeks = s.demand.waitStandardWeeks;
	w.monthly = tables;
	runWaitingList(w, a.waiting);
	const wt = s.waiting;
	if (tables) fillWaitingMeasures({ years: s.horizonYears, demand, capacity, startingBacklog: s.demand.startingBacklog, standardWeeks: s.demand.waitStandardWeeks, standardShare: wt.standardShare, referralsMonthlyCv: wt.referralsMonthlyCv, scansMonthlyCv: wt.scansMonthlyCv, reliefWeeks: wt.reliefWeeks }, a.measures);
	for (let y = 0; y < s.horizonYears; y++) {
		const cap = capacity[y] as number;
		const delivered = a.waiting.seenByYear[y] as number;
		a.delivered[y] = delivered;
		a.inHouseScans[y] = cap ? (delivered * (cap - (a.capacity.outsourced[y] as number))) / cap : 0;
		a.gap[y] = (demand[y] as number) - cap;
	}
	if (tables) fillAccess(s, svc, a.delivered, a.optionDemand.localityShare, a.access);
	else if (s.costs.patientTravel.include) fillAccessCost(s, svc, a.delivered, a.optionDemand.localityShare, a.access);
	const fls = svc.hasFls ? a.fls : null;
	a.fls.active = false;
	if (fls) fillFls(s, a.demand, a.discount, a.inputs.flsService, fls, svc, !tables);
	const p = a.inputs.pathway;
	p.option = option;
	p.hasFls = svc.hasFls;
	p.summaryOnly = !tables;
	fillPathway(s, p, a.pathway);
	fillStaffing(s, svc, a.capacity, a.inHouseScans, fls ? fls.byYear.identified : null, a.staffing);
	a.inputs.ledger.fls = fls;
	fillLedger(s, svc, a.inputs.ledger, a.ledger);
	fillCashFlows(s, a.ledger, a.access.year.cost, a.discount, a.cashFlows);
	return svc;
}
