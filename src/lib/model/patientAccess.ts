import type { Scenario } from './schema/scenario';
import { travelChangeIndex, type EffectiveService } from './effective';
import { localityAccessInto, type AccessYear, type LocalityJourneys } from './access/optionAccess';
import { ownBuffers, type Alloc } from './slab';

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
	/** Work space: the option's journeys (accessPlan), refilled for each option. */
	plan: AccessPlan;
}

/**
 * Each locality's journeys under one option: today's (made by everyone before the locality's
 * travel change starts, and after it when it has none), with the option's travel change, those
 * made once the change has started (one or the other), the year index that is, and one
 * locality-year's figures. Kept with the series and refilled: the Monte Carlo analysis works it out
 * for every option of every iteration when travel is costed.
 */
export interface AccessPlan {
	today: LocalityJourneys[];
	moved: Required<LocalityJourneys>[];
	journeys: LocalityJourneys[];
	from: Float64Array;
	figures: AccessYear;
}

function newAccessPlan(localities: number): AccessPlan {
	const plan: AccessPlan = { today: [], moved: [], journeys: [], from: new Float64Array(localities), figures: newAccessYear() };
	for (let i = 0; i < localities; i++) {
		const today = { today: { returnMiles: 0, returnMinutes: 0 } };
		plan.today.push(today);
		plan.moved.push({ today: today.today, change: { returnMiles: 0, returnMinutes: 0, shareOfPatients: 0 } });
		plan.journeys.push(today);
	}
	return plan;
}

/** A share within 30 or 60 minutes: journeys within / all journeys, 0 when there are none. */
export function withinShare(within: number, journeys: number): number {
	return journeys > 0 ? within / journeys : 0;
}

const six = (n: number, m: Alloc) => ({ journeys: m.f64(n), miles: m.f64(n), hours: m.f64(n), cost: m.f64(n), within30: m.f64(n), within60: m.f64(n) });

export function newAccessSeries(years: number, localities: number, m: Alloc = ownBuffers()): AccessSeries {
	return { ...six(years * localities, m), year: six(years, m), locality: six(localities, m), total: m.f64(6), plan: newAccessPlan(localities) };
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

type Six = AccessSeries['year'];

/** Cell `at` of each of the six series: += the figures of one locality and year. */
function addTo(out: Six, at: number, a: AccessYear): void {
	out.journeys[at] = (out.journeys[at] as number) + a.journeys;
	out.miles[at] = (out.miles[at] as number) + a.returnMiles;
	out.hours[at] = (out.hours[at] as number) + a.returnHours;
	out.cost[at] = (out.cost[at] as number) + a.costGbp;
	out.within30[at] = (out.within30[at] as number) + a.within30Journeys;
	out.within60[at] = (out.within60[at] as number) + a.within60Journeys;
}

function sumTo(from: Float64Array, H: number): number {
	let v = 0;
	for (let y = 0; y < H; y++) v += from[y] as number;
	return v;
}

function newAccessYear(): AccessYear {
	return { journeys: 0, returnMiles: 0, returnHours: 0, costGbp: 0, within30Share: 0, within60Share: 0, within30Journeys: 0, within60Journeys: 0 };
}

/**
 * Each locality's journeys once its travel change has started and before, and the year index it
 * starts: localityJourneys's, in one pass over the localities, into the series' plan.
 */
function accessPlan(s: Scenario, svc: EffectiveService, plan: AccessPlan): AccessPlan {
	const localities = s.catchment.localities;
	const travel = svc.option.travel;
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		const today = plan.today[i] as LocalityJourneys;
		today.today.returnMiles = l.returnTravelMiles;
		today.today.returnMinutes = l.travelMinutes;
		const j = travelChangeIndex(svc.option, l.id);
		if (j < 0) {
			plan.journeys[i] = today;
			plan.from[i] = 0;
			continue;
		}
		const change = travel[j] as (typeof travel)[number];
		const moved = plan.moved[i] as Required<LocalityJourneys>;
		moved.change.returnMiles = change.returnTravelMiles;
		moved.change.returnMinutes = change.travelMinutes;
		moved.change.shareOfPatients = change.shareOfPatients;
		plan.journeys[i] = moved;
		plan.from[i] = svc.travelFrom[j] as number;
	}
	return plan;
}

/**
 * The summary's part of fillAccess: only the year's travel cost (the cash flows read it), each
 * cell worked out by the same call and added in the same locality order as fillAccess does, so
 * the figure is fillAccess's to the last bit; the per-locality tables and the other five series
 * are left alone (only the tables read them). The Monte Carlo analysis runs this every iteration.
 */
export function fillAccessCost(s: Scenario, svc: EffectiveService, delivered: ArrayLike<number>, localityShare: ArrayLike<number>, out: AccessSeries): void {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const { journeys, today, from, figures: a } = accessPlan(s, svc, out.plan);
	const prices = s.costs.patientTravel;
	const cost = out.year.cost;
	for (let y = 0; y < H; y++) {
		let c = 0;
		for (let i = 0; i < L; i++) {
			localityAccessInto((delivered[y] as number) * (localityShare[y * L + i] as number), (y >= (from[i] as number) ? journeys[i] : today[i]) as LocalityJourneys, prices, a);
			c += a.costGbp;
		}
		cost[y] = c;
	}
}

/**
 * Fill the option's access series from its scans delivered by year and each locality's share by
 * year ([year][locality]). Sums run in locality order within a year and in year order within a
 * locality, each total from the cells it adds.
 */
export function fillAccess(s: Scenario, svc: EffectiveService, delivered: ArrayLike<number>, localityShare: ArrayLike<number>, out: AccessSeries): void {
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const { journeys, today, from, figures: a } = accessPlan(s, svc, out.plan);
	const prices = s.costs.patientTravel;
	const { year, locality } = out;
	for (const series of [year, locality]) {
		series.journeys.fill(0);
		series.miles.fill(0);
		series.hours.fill(0);
		series.cost.fill(0);
		series.within30.fill(0);
		series.within60.fill(0);
	}
	for (let y = 0; y < H; y++) {
		for (let i = 0; i < L; i++) {
			const at = y * L + i;
			localityAccessInto((delivered[y] as number) * (localityShare[at] as number), (y >= (from[i] as number) ? journeys[i] : today[i]) as LocalityJourneys, prices, a);
			out.journeys[at] = a.journeys;
			out.miles[at] = a.returnMiles;
			out.hours[at] = a.returnHours;
			out.cost[at] = a.costGbp;
			out.within30[at] = a.within30Journeys;
			out.within60[at] = a.within60Journeys;
			addTo(year, y, a);
		}
	}
	for (let i = 0; i < L; i++) {
		for (let y = 0; y < H; y++) {
			const at = y * L + i;
			locality.journeys[i] = (locality.journeys[i] as number) + (out.journeys[at] as number);
			locality.miles[i] = (locality.miles[i] as number) + (out.miles[at] as number);
			locality.hours[i] = (locality.hours[i] as number) + (out.hours[at] as number);
			locality.cost[i] = (locality.cost[i] as number) + (out.cost[at] as number);
			locality.within30[i] = (locality.within30[i] as number) + (out.within30[at] as number);
			locality.within60[i] = (locality.within60[i] as number) + (out.within60[at] as number);
		}
	}
	out.total[0] = sumTo(year.journeys, H);
	out.total[1] = sumTo(year.miles, H);
	out.total[2] = sumTo(year.hours, H);
	out.total[3] = sumTo(year.cost, H);
	out.total[4] = sumTo(year.within30, H);
	out.total[5] = sumTo(year.within60, H);
}
