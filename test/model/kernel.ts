/**
 * Test access to the engine's stages: each runs the real stage functions on an arena and reads
 * the result with the real readers (tabulate.ts), so unit tests exercise the one place each
 * formula lives.
 */
import { Arena, sizeOf } from '../../src/lib/model/arena';
import { scenarioKernel } from '../../src/lib/model/kernel';
import { fillDemand, MAX_BACK_YEARS } from '../../src/lib/model/demand';
import { fillFls } from '../../src/lib/model/fls';
import { runWaitingList, newWaitingSeries, type WaitingListInput } from '../../src/lib/model/waitingList';
import { demandTable, flsTable, waitingListTable } from '../../src/lib/model/tabulate';
import { fillOptionDemand } from '../../src/lib/model/optionDemand';
import { effectiveService } from '../../src/lib/model/effective';
import type { Scenario } from '../../src/lib/model/schema/scenario';
import type { DemandYear, FlsResult, WaitingListResult } from '../../src/lib/model/results';

/** An arena with the scenario's own series filled (catchment, demand inputs, discounting). */
export function scenarioArena(s: Scenario): Arena {
	const a = new Arena(sizeOf(s));
	scenarioKernel(s, a);
	return a;
}

/** Catchment figures of one year, including years before the start (back to the monitoring interval). */
export function catchmentAt(s: Scenario, yearIndex: number) {
	const a = scenarioArena(s);
	const k = yearIndex + MAX_BACK_YEARS;
	const L = s.catchment.localities.length;
	return {
		population: a.demand.population[k] as number,
		population50Plus: a.demand.population50[k] as number,
		newReferrals: a.demand.newReferrals[k] as number,
		flsCohort: a.demand.flsCohort[k] as number,
		/** New referrals by locality (years from 0 only). */
		byLocality: yearIndex >= 0 ? Array.from(a.demand.localityReferrals.subarray(yearIndex * L, yearIndex * L + L)) : []
	};
}

/** FLS referrals in one year, without or with an FLS. */
export function flsReferralsAt(s: Scenario, yearIndex: number, hasFls: boolean): number {
	const a = scenarioArena(s);
	fillDemand(s, a.demand, hasFls);
	return a.demand.flsReferrals[(hasFls ? a.demand.population.length : 0) + yearIndex + MAX_BACK_YEARS] as number;
}

/** The demand table without or with an FLS. */
export function demandOf(s: Scenario, hasFls: boolean): DemandYear[] {
	const a = scenarioArena(s);
	fillDemand(s, a.demand, hasFls);
	// An option with no travel change: uptake 1 everywhere, so the scenario's demand as it is.
	const svc = { ...effectiveService(s, { ...s.options[0]!, travel: [] }), hasFls };
	fillOptionDemand(s, svc, a.demand, a.optionDemand);
	return demandTable(s, a.demand, hasFls, a.optionDemand);
}

/** The FLS stage's results for the scenario with every FLS patient scanned in time, as the results table gives them. */
export function flsOf(s: Scenario): FlsResult {
	const a = scenarioArena(s);
	fillFls(s, a.demand, a.discount, null, a.fls);
	return flsTable(s, a.fls);
}

/** The waiting-list stage run on given yearly demand and capacity, read as the results table. */
export function waitingListOf(input: Omit<WaitingListInput, 'years'> & { startYear: number }): WaitingListResult {
	const years = input.demand.length;
	const w = newWaitingSeries(years);
	runWaitingList({ ...input, years }, w);
	return waitingListTable({ startYear: input.startYear }, years, w, input.standardWeeks);
}
