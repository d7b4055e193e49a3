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
	return localityAccessInto(scans, j, t, { journeys: 0, returnMiles: 0, returnHours: 0, costGbp: 0, within30Share: 0, within60Share: 0, within30Journeys: 0, within60Journeys: 0 });
}

/** One journey's part of the figures: k patients making a return journey of these miles and minutes. */
function addPart(out: AccessYear, k: number, miles: number, minutes: number): void {
	out.returnMiles += k * miles;
	out.returnHours += k * minutes;
	if (minutes / 2 <= 30 + 1e-9) out.within30Journeys += k;
	if (minutes / 2 <= 60 + 1e-9) out.within60Journeys += k;
}

/** localityAccess written into `out` (the engine reuses one object for every locality and year). */
export function localityAccessInto(scans: number, j: LocalityJourneys, t: { costPerMileGbp: number; valueOfTimePerHourGbp: number }, out: AccessYear): AccessYear {
	const n = Math.max(0, scans);
	const moved = j.change ? n * Math.min(1, Math.max(0, j.change.shareOfPatients)) : 0;
	out.returnMiles = 0;
	// Minutes until the parts are added up, then hours.
	out.returnHours = 0;
	out.within30Journeys = 0;
	out.within60Journeys = 0;
	addPart(out, n - moved, j.today.returnMiles, j.today.returnMinutes);
	if (j.change) addPart(out, moved, j.change.returnMiles, j.change.returnMinutes);
	const miles = out.returnMiles;
	const hours = out.returnHours / 60;
	out.journeys = n;
	out.returnHours = hours;
	out.costGbp = miles * t.costPerMileGbp + hours * t.valueOfTimePerHourGbp;
	out.within30Share = n > 0 ? out.within30Journeys / n : 0;
	out.within60Share = n > 0 ? out.within60Journeys / n : 0;
	return out;
}
