/**
 * Waiting-list queueing results, as the NHS-R Community's NHSRwaitinglist package uses them
 * (after Fong et al., "Waiting list management", 2022). Every function is pure; rates must be in
 * the same time unit as waits (patients a week with waits in weeks, or a month with months).
 *
 * The package's help text for calc_target_capacity says capacity = demand + (cvd^2 + cvc^2) /
 * waiting_time, while its code computes demand + ((cvd^2 + cvc^2) / 2) x (factor / target_wait);
 * they differ by a factor of 2 (NHSRwaitinglist GitHub issue #135, "Description cvc cvd").
 * This module follows the code, because it is Kingman's approximation: the mean wait of a
 * single-server queue is about ((ca^2 + cs^2) / 2) x (rho / (1 - rho)) x mean service time
 * (Kingman 1961), which in heavy traffic (rho near 1) is ((ca^2 + cs^2) / 2) / (capacity -
 * demand). For Poisson arrivals and fixed service times (M/D/1) that is the exact
 * Pollaczek-Khinchine mean; test/model/queueing.test.ts checks it against a simulation, in which
 * the help text's capacity gives about half the intended wait. docs/methods.md explains.
 */

/** Mean wait that keeps the share waiting beyond a target small: target / factor (factor 4 by default; 4-6 gives about 1.8%-0.2%). */
export function targetMeanWait(targetWait: number, factor = 4): number {
	return targetWait / factor;
}

/**
 * Target queue size by Little's law: demand x target mean wait = demand x target wait / factor.
 * NHSRwaitinglist example: 30 a week, 52-week target, factor 4 -> 30 x 52 / 4 = 390 patients.
 */
export function targetQueueSize(demand: number, targetWait: number, factor = 4): number {
	return demand * targetMeanWait(targetWait, factor);
}

/**
 * Capacity that brings a queue to its target size in a set time: demand + (queue - target) /
 * time. NHSRwaitinglist example: 30 + (1,200 - 390) / 26 = 61.15 a week.
 */
export function reliefCapacity(demand: number, queueSize: number, targetQueue: number, timeToTarget: number): number {
	return timeToTarget > 0 ? demand + (queueSize - targetQueue) / timeToTarget : demand;
}

/**
 * Capacity that keeps the mean wait at target / factor given the variability of arrivals and of
 * service (Kingman's heavy-traffic approximation, as coded in NHSRwaitinglist):
 * demand + ((cvDemand^2 + cvCapacity^2) / 2) x factor / targetWait. The coefficients of
 * variation are of the times between arrivals and of service times (1 for a Poisson process,
 * the package's default). Package test: (30, 52, 3, 1.1, 1.2) -> 30.076442.
 */
export function targetCapacity(demand: number, targetWait: number, factor = 4, cvDemand = 1, cvCapacity = 1): number {
	if (!(targetWait > 0) || !(factor > 0)) return demand;
	return demand + ((cvDemand * cvDemand + cvCapacity * cvCapacity) / 2) * (factor / targetWait);
}

/** Queue load: demand / capacity (above 1 the list grows); null when there is no capacity. */
export function queueLoad(demand: number, capacity: number): number | null {
	return capacity > 0 ? demand / capacity : null;
}

/**
 * Factor for a standard stated as the share allowed to wait beyond the target. With waits
 * roughly exponential (as in a busy single queue), P(wait > T) = exp(-T / mean wait), so the mean
 * wait must be T / ln(1 / share): 1% gives factor ln 100 = 4.61, 5% gives ln 20 = 3.00, and the
 * package's factors 4 and 6 correspond to exp(-4) = 1.8% and exp(-6) = 0.25%. The same share
 * holds for those still on the list, since the exponential is memoryless.
 */
export function factorForShare(share: number): number {
	// Shares at or below one in a billion are read as one in a billion, so the factor stays finite.
	return share >= 1 ? 0 : Math.log(1 / Math.max(share, 1e-9));
}

/** Share expected to wait beyond `standard` when the mean wait is `meanWait` (exponential tail): exp(-standard / meanWait). */
export function shareBeyond(standard: number, meanWait: number): number {
	return meanWait > 0 ? Math.exp(-standard / meanWait) : 0;
}

/**
 * Kingman's squared coefficient of variation of inter-arrival (or service) times from monthly
 * counts: for a renewal process the count in a period of mean n has variance about n x c^2, so
 * c^2 = variance / mean = (CV of the monthly count)^2 x monthly mean. A Poisson stream has
 * monthly CV 1 / sqrt(mean), giving c^2 = 1.
 */
export function squaredCvFromMonthlyCounts(monthlyCv: number, monthlyMean: number): number {
	return monthlyCv * monthlyCv * monthlyMean;
}
