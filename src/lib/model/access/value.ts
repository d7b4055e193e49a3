import type { Journey } from './geo';
import type { SiteProblem } from './types';

/**
 * One patient's return journey in the problem's measure: minutes, miles, or
 * miles x GBP a mile + minutes / 60 x GBP an hour (as the engine's patient travel cost).
 */
export function journeyValue(p: Pick<SiteProblem, 'measure' | 'costPerMileGbp' | 'valueOfTimePerHourGbp'>, j: Journey): number {
	if (p.measure === 'minutes') return j.returnMinutes;
	if (p.measure === 'miles') return j.returnMiles;
	return j.returnMiles * p.costPerMileGbp + (j.returnMinutes / 60) * p.valueOfTimePerHourGbp;
}

/** journeyValue for every locality and candidate, and for today's service. */
export function valueTable(p: SiteProblem): { site: Float64Array[]; current: Float64Array } {
	const site = p.localities.map((_, i) => Float64Array.from(p.candidates, (_, j) => journeyValue(p, (p.journeys[i] as Journey[])[j] as Journey)));
	const current = Float64Array.from(p.localities, (l) => journeyValue(p, l.current));
	return { site, current };
}
