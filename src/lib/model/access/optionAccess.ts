/**
 * Patient access for one option and locality in a year, charged on scans delivered (patients still
 * waiting do not travel): return journeys, miles, hours, cost, and the share of journeys within 30
 * and 60 minutes one way, with the option's journey for the share of patients it moves and the
 * locality's own for the rest.
 */
export interface LocalityJourneys {
	today: { returnMiles: number; returnMinutes: number };
	/** The option's journey and the share of the locality's patients who make it, if it changes any. */
	change?: { returnMiles: number; returnMinutes: number; shareOfPatients: number };
}

export interface AccessYear {
	journeys: number;
	returnMiles: number;
	returnHours: number;
	costGbp: number;
	within30Share: number;
	within60Share: number;
	/** Journeys within 30 and 60 minutes one way (the shares' numerators). */
	within30Journeys: number;
	within60Journeys: number;
}

/**
 * Example: 1,000 scans, 40% moved to a 16-mile / 40-minute journey from 78 miles / 150 minutes,
 * 45p a mile and GBP 10 an hour: miles 600 x 78 + 400 x 16 = 53,200; hours (600 x 150 + 400 x 40)
 * / 60 = 1,766.67; cost 53,200 x 0.45 + 1,766.67 x 10 = 41,606.67; within 30 minutes one way the
 * 400 moved (20 minutes) = 0.4, within 60 the same 0.4 (today's 75 minutes one way is over).
 */
export function localityAccess(scans: number, j: LocalityJourneys, t: { costPerMileGbp: number; valueOfTimePerHourGbp: number }): AccessYear {
	const n = Math.max(0, scans);
	const moved = j.change ? n * Math.min(1, Math.max(0, j.change.shareOfPatients)) : 0;
	const parts = [
		{ k: n - moved, miles: j.today.returnMiles, minutes: j.today.returnMinutes },
		...(j.change ? [{ k: moved, miles: j.change.returnMiles, minutes: j.change.returnMinutes }] : [])
	];
	let miles = 0;
	let minutes = 0;
	let w30 = 0;
	let w60 = 0;
	for (const p of parts) {
		miles += p.k * p.miles;
		minutes += p.k * p.minutes;
		if (p.minutes / 2 <= 30 + 1e-9) w30 += p.k;
		if (p.minutes / 2 <= 60 + 1e-9) w60 += p.k;
	}
	const hours = minutes / 60;
	return {
		journeys: n,
		returnMiles: miles,
		returnHours: hours,
		costGbp: miles * t.costPerMileGbp + hours * t.valueOfTimePerHourGbp,
		within30Share: n > 0 ? w30 / n : 0,
		within60Share: n > 0 ? w60 / n : 0,
		within30Journeys: w30,
		within60Journeys: w60
	};
}
