import type { Scenario, Option } from './schema/scenario';

/** What demand.ts and capacity.ts need from the pathway's referral indications and slot mix (pathway.ts has the rest). */

/** Years before the first year the demand series reaches back: the longest monitoring interval. */
export function backYears(s: Scenario): number {
	let back = s.demand.monitoringIntervalYears;
	for (const i of s.pathway.indications) back = Math.max(back, i.monitoringIntervalYears);
	return back;
}

/** VFA share of the scenario's scans: demand.vfaShare, or with indications listed their VFA shares weighted by their shares of referrals. */
export function scenarioVfaShare(s: Scenario): number {
	const list = s.pathway.indications;
	if (list.length === 0) return s.demand.vfaShare;
	let t = 0;
	for (let k = 0; k < list.length; k++) {
		const i = list[k] as (typeof list)[number];
		t += i.share * i.vfaShare;
	}
	return t;
}

/**
 * Monitoring scans in the year at index k of the demand series from the listed indications' new referrals:
 * sum over indications of return share x indication share x new referrals of year y - interval.
 * (FLS referrals return with the demand section's share and interval, demand.ts.)
 */
export function indicationMonitoring(s: Scenario, newReferrals: Float64Array, k: number): number {
	const list = s.pathway.indications;
	let t = 0;
	for (let j = 0; j < list.length; j++) {
		const i = list[j] as (typeof list)[number];
		t += i.monitoringReturnShare * i.share * (newReferrals[k - i.monitoringIntervalYears] as number);
	}
	return t;
}


/** The slot mix of one option: the shares of scans with VFA and one-stop (these set the average slot, capacity.ts), into `out` when given. */
export interface SlotMix {
	vfaShare: number;
	oneStopShare: number;
}

export function slotMix(s: Scenario, option: Pick<Option, 'pathway'>, out: SlotMix = { vfaShare: 0, oneStopShare: 0 }): SlotMix {
	out.vfaShare = option.pathway?.vfaShare ?? scenarioVfaShare(s);
	out.oneStopShare = option.pathway?.oneStopShare ?? s.demand.oneStopShare;
	return out;
}

