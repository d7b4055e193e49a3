import type { SiteProblem } from '../../src/lib/model/access';

/**
 * The small case worked by hand in the site-choice tests. Return minutes from each locality
 * (miles are half the minutes throughout, a 30 mph journey):
 *
 *              patients  today   X    Y    Z
 *   A            100      120    30  100   60
 *   B             60       90    70   40   60
 *   C             40       30    60   50   20
 *
 * Travel saved per patient at each site (today's minutes less the site's, none if negative):
 *   X: A 90, B 20, C 0;  Y: A 20, B 50, C 0;  Z: A 60, B 30, C 10.
 * Today: 100 x 120 + 60 x 90 + 40 x 30 = 12,000 + 5,400 + 1,200 = 18,600 minutes.
 */
export function handCase(kind: 'static' | 'mobileStop' = 'mobileStop'): SiteProblem {
	const minutes: Record<string, number[]> = { A: [30, 100, 60], B: [70, 40, 60], C: [60, 50, 20] };
	const today: Record<string, number> = { A: 120, B: 90, C: 30 };
	const patients: Record<string, number> = { A: 100, B: 60, C: 40 };
	const ids = ['A', 'B', 'C'];
	return {
		localities: ids.map((id) => ({ id, name: `Locality ${id}`, patientsPerYear: patients[id] as number, current: { returnMinutes: today[id] as number, returnMiles: (today[id] as number) / 2 } })),
		candidates: ['X', 'Y', 'Z'].map((id) => ({ id, name: `Site ${id}`, kind })),
		journeys: ids.map((id) => (minutes[id] as number[]).map((m) => ({ returnMinutes: m, returnMiles: m / 2 }))),
		measure: 'minutes',
		costPerMileGbp: 0.45,
		valueOfTimePerHourGbp: 10
	};
}
