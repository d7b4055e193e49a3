import type { Scenario } from './schema/scenario';
import type { EffectiveService } from './effective';
import { localityAccess, type LocalityJourneys } from './access/optionAccess';

/**
 * Patient access under one option (issue #11): travel is charged on scans delivered, not on
 * referrals (patients still waiting do not travel). Each locality's scans delivered in a year are
 * the option's scans delivered x the locality's share (its share of the option's new referrals);
 * each is one return journey, the option's journey for the share of the locality's patients its
 * travel change moves and today's journey for the rest (access/optionAccess.ts); before the travel
 * change starts (the site that causes it opens, effective.ts), everyone's journey is today's. Per year and
 * locality ([year][locality]): journeys, return miles, hours, cost (miles x cost per mile + hours
 * x value of an hour), and journeys within 30 and 60 minutes one way; the year's totals over
 * localities; the horizon's totals by locality and overall.
 */
export interface AccessSeries {
	journeys: Float64Array;
	miles: Float64Array;
	hours: Float64Array;
	cost: Float64Array;
	within30: Float64Array;
	within60: Float64Array;
	/** The year's totals over localities. */
	year: { journeys: Float64Array; miles: Float64Array; hours: Float64Array; cost: Float64Array; within30: Float64Array; within60: Float64Array };
	/** Each locality's totals over the horizon. */
	locality: { journeys: Float64Array; miles: Float64Array; hours: Float64Array; cost: Float64Array; within30: Float64Array; within60: Float64Array };
	/** Totals over the horizon and localities: journeys, miles, hours, cost, within 30, within 60. */
	total: Float64Array;
}

/** A share within 30 or 60 minutes: journeys within / all journeys, 0 when there are none. */
export function withinShare(within: number, journeys: number): number {
	return journeys > 0 ? within / journeys : 0;
}

const six = (n: number) => ({ journeys: new Float64Array(n), miles: new Float64Array(n), hours: new Float64Array(n), cost: new Float64Array(n), within30: new Float64Array(n), within60: new Float64Array(n) });

export function newAccessSeries(years: number, localities: number): AccessSeries {
	return { ...six(years * localities), year: six(years), locality: six(localities), total: new Float64Array(6) };
}

/**
 * The journeys of one locality under the option: today's, and the option's travel change if it has
 * one and it has started by year index `y` (phasing: a travel change starts when the site that
 * causes it opens, effective.ts; with no year given, the change as it runs once started).
 */
export function localityJourneys(s: Scenario, svc: EffectiveService, i: number, y?: number): LocalityJourneys {
	const l = s.catchment.localities[i] as Scenario['catchment']['localities'][number];
	const j = svc.option.travel.findIndex((c) => c.localityId === l.id);
	const change = j >= 0 && (y === undefined || y >= (svc.travelFrom[j] as number)) ? svc.option.travel[j] : undefined;
	return {
		today: { returnMiles: l.returnTravelMiles, returnMinutes: l.travelMinutes },
		...(change ? { change: { returnMiles: change.returnTravelMiles, returnMinutes: change.travelMinutes, shareOfPatients: change.shareOfPatients } } : {})
	};
}

/**
 * Fill the option's access series from its scans delivered by year and each locality's share by
 * year ([year][locality]). Sums run in locality order within a year and in year order within a
 * locality, each total from the cells it adds.
 */
export function fillAccess(s: Scenario, svc: EffectiveService, delivered: ArrayLike<number>, localityShare: ArrayLike<number>, out: AccessSeries): void {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const t = s.costs.patientTravel;
	const prices = { costPerMileGbp: t.costPerMileGbp, valueOfTimePerHourGbp: t.valueOfTimePerHourGbp };
	const journeys = Array.from({ length: L }, (_, i) => localityJourneys(s, svc, i));
	// Before its travel change starts, a locality's patients make today's journeys.
	const before = Array.from({ length: L }, (_, i) => localityJourneys(s, svc, i, -1));
	const from = Array.from({ length: L }, (_, i) => {
		const j = svc.option.travel.findIndex((c) => c.localityId === (s.catchment.localities[i] as Scenario['catchment']['localities'][number]).id);
		return j >= 0 ? (svc.travelFrom[j] as number) : 0;
	});
	for (const k of ['journeys', 'miles', 'hours', 'cost', 'within30', 'within60'] as const) out.locality[k].fill(0, 0, L);
	for (let y = 0; y < H; y++) {
		let j = 0, mi = 0, h = 0, c = 0, w30 = 0, w60 = 0;
		for (let i = 0; i < L; i++) {
			const at = y * L + i;
			const a = localityAccess((delivered[y] as number) * (localityShare[at] as number), (y >= (from[i] as number) ? journeys[i] : before[i]) as LocalityJourneys, prices);
			out.journeys[at] = a.journeys;
			out.miles[at] = a.returnMiles;
			out.hours[at] = a.returnHours;
			out.cost[at] = a.costGbp;
			out.within30[at] = a.within30Journeys;
			out.within60[at] = a.within60Journeys;
			j += a.journeys;
			mi += a.returnMiles;
			h += a.returnHours;
			c += a.costGbp;
			w30 += a.within30Journeys;
			w60 += a.within60Journeys;
		}
		out.year.journeys[y] = j;
		out.year.miles[y] = mi;
		out.year.hours[y] = h;
		out.year.cost[y] = c;
		out.year.within30[y] = w30;
		out.year.within60[y] = w60;
	}
	out.total.fill(0);
	for (let i = 0; i < L; i++) {
		const loc = out.locality;
		for (let y = 0; y < H; y++) {
			const at = y * L + i;
			loc.journeys[i] = (loc.journeys[i] as number) + (out.journeys[at] as number);
			loc.miles[i] = (loc.miles[i] as number) + (out.miles[at] as number);
			loc.hours[i] = (loc.hours[i] as number) + (out.hours[at] as number);
			loc.cost[i] = (loc.cost[i] as number) + (out.cost[at] as number);
			loc.within30[i] = (loc.within30[i] as number) + (out.within30[at] as number);
			loc.within60[i] = (loc.within60[i] as number) + (out.within60[at] as number);
		}
	}
	const keys = ['journeys', 'miles', 'hours', 'cost', 'within30', 'within60'] as const;
	keys.forEach((k, n) => {
		let v = 0;
		for (let y = 0; y < H; y++) v += out.year[k][y] as number;
		out.total[n] = v;
	});
}
