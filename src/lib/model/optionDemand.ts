import type { Scenario } from './schema/scenario';
import { travelChangeIndex, type EffectiveService } from './effective';
import { MAX_BACK_YEARS, type DemandSeries } from './demand';
import { relativeUptake } from './access/uptake';
import { indicationMonitoring, scenarioVfaShare } from './pathwayDemand';
import { ownBuffers, type Alloc } from './slab';

/**
 * Demand under one option, with attendance following travel (issue #11): an option that changes
 * a locality's journey changes how many of its people are referred and scanned. Each locality's
 * new referrals are scaled by its uptake under the option, relative to today (access/uptake.ts:
 * Curtis 2009's risk ratios by distance at the scenario's strength; 1 for a locality whose journey
 * the option leaves alone, so business as usual is today's demand exactly). Then, for each year:
 *   new referrals  = sum over localities of referrals x uptake
 *   monitoring     = return share x (new referrals + FLS referrals) of the year an interval before
 *                    (referrals before the horizon are today's)
 *   total          = new referrals + FLS referrals + monitoring; VFA scans = total x VFA share
 *   locality share = the locality's new referrals x uptake / new referrals
 * FLS referrals are the scenario's (uptake applies to new referrals only) x the option's FLS
 * coverage in the year (phasing: 0 before a new FLS starts, then its ramp; 1 when not phased).
 * A travel change counts from its start (the opening of the site that causes it, effective.ts):
 * before then the locality's uptake is 1. With referral indications listed, monitoring returns
 * follow each indication's share and interval, as in demand.ts.
 */
export interface OptionDemandSeries {
	/** Uptake by locality under the option once its travel change has started, relative to today. */
	uptake: Float64Array;
	/** The year index each locality's uptake starts (its travel change's start; 0 with no change). */
	uptakeFrom: Int32Array;
	/** FLS referrals under the option, years -MAX_BACK_YEARS to the horizon (as DemandSeries.flsReferrals, one variant). */
	flsReferrals: Float64Array;
	/** New referrals under the option over the same span (today's before the horizon). */
	newReferralsSpan: Float64Array;
	newReferrals: Float64Array;
	monitoring: Float64Array;
	total: Float64Array;
	vfaScans: Float64Array;
	/** [year][locality] */
	localityShare: Float64Array;
	/** Whether any locality's uptake differs from 1. */
	changed: boolean;
}

export function newOptionDemandSeries(years: number, localities: number, m: Alloc = ownBuffers()): OptionDemandSeries {
	const y = () => m.f64(years);
	const span = years + MAX_BACK_YEARS;
	return { uptake: m.f64(localities), uptakeFrom: new Int32Array(localities), flsReferrals: m.f64(span), newReferralsSpan: m.f64(span), newReferrals: y(), monitoring: y(), total: y(), vfaScans: y(), localityShare: m.f64(years * localities), changed: false };
}

/** Each locality's uptake under the option: the option's travel change against today's journey. */
export function fillUptake(s: Scenario, svc: EffectiveService, out: OptionDemandSeries): void {
	const strength = s.demand.distanceUptakeStrength;
	let changed = false;
	const travel = svc.option.travel;
	const localities = s.catchment.localities;
	for (let i = 0; i < localities.length; i++) {
		const l = localities[i] as (typeof localities)[number];
		const j = travelChangeIndex(svc.option, l.id);
		const c = j >= 0 ? travel[j] : undefined;
		const u = c ? relativeUptake(l.returnTravelMiles, c.returnTravelMiles, c.shareOfPatients, strength) : 1;
		const from = j >= 0 ? (svc.travelFrom[j] as number) : 0;
		out.uptake[i] = u;
		out.uptakeFrom[i] = from;
		if (u !== 1 && from < s.horizonYears) changed = true;
	}
	out.changed = changed;
}

/** Locality i's uptake in year y: 1 until its travel change starts. */
function uptakeIn(out: OptionDemandSeries, i: number, y: number): number {
	return y >= (out.uptakeFrom[i] as number) ? (out.uptake[i] as number) : 1;
}

/** n cells of `from` starting at `at` into `to` from `into` (a copy without the view subarray would make each call). */
function copy(to: Float64Array, into: number, from: Float64Array, at: number, n: number): void {
	for (let i = 0; i < n; i++) to[into + i] = from[at + i] as number;
}

/** The option's demand from the scenario's (already filled for the FLS variant) and its uptake. */
export function fillOptionDemand(s: Scenario, svc: EffectiveService, d: DemandSeries, out: OptionDemandSeries): void {
	fillUptake(s, svc, out);
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const v = svc.hasFls ? 1 : 0;
	const span = d.population.length;
	// The option's FLS referrals: the variant's, x the coverage of a phased FLS.
	copy(out.flsReferrals, 0, d.flsReferrals, v * span, span);
	const coverage = svc.hasFls ? svc.flsCoverage : null;
	if (coverage) for (let y = 0; y < H; y++) out.flsReferrals[y + MAX_BACK_YEARS] = (out.flsReferrals[y + MAX_BACK_YEARS] as number) * (coverage[y] as number);
	if (!out.changed && !coverage) {
		// Today's demand, copied as it is (the same numbers, not a re-summed equal).
		copy(out.newReferrals, 0, d.newReferrals, MAX_BACK_YEARS, H);
		copy(out.monitoring, 0, d.monitoring, v * H, H);
		copy(out.total, 0, d.total, v * H, H);
		copy(out.vfaScans, 0, d.vfaScans, v * H, H);
		copy(out.localityShare, 0, d.localityShare, 0, H * L);
		return;
	}
	const nrs = out.newReferralsSpan;
	copy(nrs, 0, d.newReferrals, 0, span);
	if (!out.changed) {
		copy(out.newReferrals, 0, d.newReferrals, MAX_BACK_YEARS, H);
		copy(out.localityShare, 0, d.localityShare, 0, H * L);
	} else
		for (let y = 0; y < H; y++) {
			let nr = 0;
			for (let i = 0; i < L; i++) nr += (d.localityReferrals[y * L + i] as number) * uptakeIn(out, i, y);
			out.newReferrals[y] = nr;
			nrs[y + MAX_BACK_YEARS] = nr;
			for (let i = 0; i < L; i++) out.localityShare[y * L + i] = nr > 0 ? ((d.localityReferrals[y * L + i] as number) * uptakeIn(out, i, y)) / nr : 0;
		}
	const back = s.demand.monitoringIntervalYears;
	const listed = s.pathway.indications.length > 0;
	const vfaShare = scenarioVfaShare(s);
	const fls = out.flsReferrals;
	for (let y = 0; y < H; y++) {
		const k = y + MAX_BACK_YEARS;
		const monitoring = listed
			? indicationMonitoring(s, nrs, k) + s.demand.monitoringReturnShare * (fls[k - back] as number)
			: s.demand.monitoringReturnShare * ((nrs[k - back] as number) + (fls[k - back] as number));
		const total = (out.newReferrals[y] as number) + (fls[k] as number) + monitoring;
		out.monitoring[y] = monitoring;
		out.total[y] = total;
		out.vfaScans[y] = total * vfaShare;
	}
}
