/**
 * Patients on the list at the end of month t who have waited longer than the standard W (in
 * months): the national diagnostic measure (DM01 counts those waiting 6 weeks or more). The list
 * is the queue of cohorts still waiting, cohort k joined in month a(k) with c(k) patients spread
 * evenly over that month (as the waiting list assumes throughout). At the end of month t a patient
 * who joined at a(k) + u (u uniform on [0, 1]) has waited t + 1 - a(k) - u months, which is more
 * than W when u < t + 1 - a(k) - W: a share clamp(t + 1 - a(k) - W, 0, 1) of the cohort.
 * Example, W = 6 weeks = 1.385 months, end of month 10: a cohort from month 10 has waited under a
 * month (share 0), one from month 9 between 1 and 2 months (share 2 - 1.385 = 0.615), one from
 * month 8 or earlier more than 2 (share 1).
 * Only the newest cohorts are not wholly past the standard, so this works back from the newest
 * and takes their part off the whole list: a few steps a month, however long the list.
 */
export function waitingBeyondStandard(arrivals: ArrayLike<number>, counts: ArrayLike<number>, head: number, tail: number, month: number, standardMonths: number, listSize: number): number {
	let within = 0;
	for (let k = tail - 1; k >= head; k--) {
		const share = month + 1 - (arrivals[k] as number) - standardMonths;
		if (share >= 1) break;
		within += (counts[k] as number) * (1 - Math.max(0, share));
	}
	return Math.max(0, listSize - within);
}
