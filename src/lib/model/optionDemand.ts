import type { Scenario } from './schema/scenario';
import type { EffectiveService } from './effective';
import { MAX_BACK_YEARS, type DemandSeries } from './demand';
import { relativeUptake } from './access/uptake';

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
 * FLS referrals are the scenario's (uptake applies to new referrals only).
 */
export interface OptionDemandSeries {
	/** Uptake by locality under the option, relative to today. */
	uptake: Float64Array;
	newReferrals: Float64Array;
	monitoring: Float64Array;
	total: Float64Array;
	vfaScans: Float64Array;
	/** [year][locality] */
	localityShare: Float64Array;
	/** Whether any locality's uptake differs from 1. */
	changed: boolean;
}

export function newOptionDemandSeries(years: number, localities: number): OptionDemandSeries {
	const y = () => new Float64Array(years);
	return { uptake: new Float64Array(localities), newReferrals: y(), monitoring: y(), total: y(), vfaScans: y(), localityShare: new Float64Array(years * localities), changed: false };
}

/** Each locality's uptake under the option: the option's travel change against today's journey. */
export function fillUptake(s: Scenario, svc: EffectiveService, out: OptionDemandSeries): void {
	const strength = s.demand.distanceUptakeStrength;
	let changed = false;
	s.catchment.localities.forEach((l, i) => {
		const c = svc.option.travel.find((t) => t.localityId === l.id);
		const u = c ? relativeUptake(l.returnTravelMiles, c.returnTravelMiles, c.shareOfPatients, strength) : 1;
		out.uptake[i] = u;
		if (u !== 1) changed = true;
	});
	out.changed = changed;
}

/** The option's demand from the scenario's (already filled for the FLS variant) and its uptake. */
export function fillOptionDemand(s: Scenario, svc: EffectiveService, d: DemandSeries, out: OptionDemandSeries): void {
	fillUptake(s, svc, out);
	const H = s.horizonYears;
	const L = s.catchment.localities.length;
	const v = svc.hasFls ? 1 : 0;
	const span = d.population.length;
	if (!out.changed) {
		// Today's demand, copied as it is (the same numbers, not a re-summed equal).
		out.newReferrals.set(d.newReferrals.subarray(MAX_BACK_YEARS, MAX_BACK_YEARS + H));
		out.monitoring.set(d.monitoring.subarray(v * H, v * H + H));
		out.total.set(d.total.subarray(v * H, v * H + H));
		out.vfaScans.set(d.vfaScans.subarray(v * H, v * H + H));
		out.localityShare.set(d.localityShare.subarray(0, H * L));
		return;
	}
	const back = s.demand.monitoringIntervalYears;
	for (let y = 0; y < H; y++) {
		let nr = 0;
		for (let i = 0; i < L; i++) nr += (d.localityReferrals[y * L + i] as number) * (out.uptake[i] as number);
		out.newReferrals[y] = nr;
		for (let i = 0; i < L; i++) out.localityShare[y * L + i] = nr > 0 ? ((d.localityReferrals[y * L + i] as number) * (out.uptake[i] as number)) / nr : 0;
	}
	for (let y = 0; y < H; y++) {
		const was = y - back;
		const earlierNew = was >= 0 ? (out.newReferrals[was] as number) : (d.newReferrals[was + MAX_BACK_YEARS] as number);
		const monitoring = s.demand.monitoringReturnShare * (earlierNew + (d.flsReferrals[v * span + was + MAX_BACK_YEARS] as number));
		const total = (out.newReferrals[y] as number) + (d.flsReferrals[v * span + y + MAX_BACK_YEARS] as number) + monitoring;
		out.monitoring[y] = monitoring;
		out.total[y] = total;
		out.vfaScans[y] = total * s.demand.vfaShare;
	}
}
