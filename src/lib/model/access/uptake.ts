/**
 * Attendance falling with distance. Curtis JR et al., Osteoporos Int 2009; 20(9) (US Medicare
 * 1999-2006, binomial regression adjusted for confounders): against under 5 miles (one way) to the
 * nearest DXA provider, the adjusted risk ratio of receiving a DXA was 0.92 at 5-9 miles, 0.79 at
 * 10-24, 0.43 at 25-39, 0.32 at 40-54 and 0.26 at 55 or more. The curve below puts each ratio at
 * its band's midpoint (55+ at 60 miles) and interpolates linearly between them, flat beyond the ends.
 */
export const CURTIS_2009_BANDS: readonly { miles: number; riskRatio: number }[] = [
	{ miles: 2.5, riskRatio: 1 },
	{ miles: 7, riskRatio: 0.92 },
	{ miles: 17, riskRatio: 0.79 },
	{ miles: 32, riskRatio: 0.43 },
	{ miles: 47, riskRatio: 0.32 },
	{ miles: 60, riskRatio: 0.26 }
];

export const UPTAKE_SOURCE =
	'Curtis JR et al., Osteoporos Int 2009; 20(9): adjusted risk ratios of receiving DXA by one-way distance (US Medicare population testing)';

/**
 * Placeholder: the share of the population-testing effect that applies to patients already
 * referred. A referral, a booked appointment and transport help mean distance deters them less than
 * it deters testing in the population; a quarter is a judgement, 0 turns the effect off, 1 applies
 * the published ratios in full.
 */
export const DEFAULT_UPTAKE_STRENGTH = 0.25;

/** The published risk ratio at a one-way distance in miles (linear between band midpoints). */
export function distanceRiskRatio(oneWayMiles: number): number {
	const b = CURTIS_2009_BANDS;
	const first = b[0] as (typeof b)[number];
	const last = b[b.length - 1] as (typeof b)[number];
	if (!(oneWayMiles > first.miles)) return first.riskRatio;
	if (oneWayMiles >= last.miles) return last.riskRatio;
	for (let k = 1; k < b.length; k++) {
		const hi = b[k] as (typeof b)[number];
		if (oneWayMiles <= hi.miles) {
			const lo = b[k - 1] as (typeof b)[number];
			return lo.riskRatio + ((oneWayMiles - lo.miles) / (hi.miles - lo.miles)) * (hi.riskRatio - lo.riskRatio);
		}
	}
	return last.riskRatio;
}

/** Attendance factor for a return journey: 1 - strength x (1 - risk ratio at half the return miles). */
export function attendanceFactor(returnMiles: number, strength = DEFAULT_UPTAKE_STRENGTH): number {
	return 1 - strength * (1 - distanceRiskRatio(returnMiles / 2));
}

/**
 * Uptake under an option relative to today, for one locality: today's referrals already reflect
 * today's journey, so the option scales them by factor(option's journey) / factor(today's).
 * Business as usual is exactly 1. With a share of patients moved (an option's travel change), the
 * factor is the share-weighted mix of the moved and unmoved patients' factors.
 * Example (docs/research): Westdale 78 miles return today, 16 on the unit: ratios 0.379 and 0.907,
 * factors 0.845 and 0.977, uptake 1.156 for the patients moved.
 */
export function relativeUptake(todayReturnMiles: number, optionReturnMiles: number, shareMoved = 1, strength = DEFAULT_UPTAKE_STRENGTH): number {
	const today = attendanceFactor(todayReturnMiles, strength);
	const moved = attendanceFactor(optionReturnMiles, strength);
	const mix = (1 - shareMoved) * today + shareMoved * moved;
	return today > 0 ? mix / today : 1;
}
