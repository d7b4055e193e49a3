import type { RunWork, SharedWork } from '../appraise';
import type { CompiledInput } from './ranges';

/** Which parts of an appraisal's shared work (RunWork) stay valid while the given inputs vary. */
export interface Reuse {
	population: boolean;
	travelShares: boolean;
	discountFactors: boolean;
}

/**
 * What the drawn or varied inputs leave untouched, judged from the paths they write (the input
 * and its linked paths). Band populations read only the catchment; travel shares the catchment
 * and the referral rates and their growth, by year of the horizon; discount factors the
 * appraisal's rates and the horizon. Anything kept is exactly what the next appraisal would
 * work out again, so results do not change: only the time taken.
 */
export function reusableWork(inputs: readonly CompiledInput[]): Reuse {
	const paths = inputs.flatMap((c) => c.targets.map((t) => t.parts));
	const touches = (test: (p: readonly (string | number)[]) => boolean) => paths.some(test);
	const catchment = touches((p) => p[0] === 'catchment');
	const horizon = touches((p) => p[0] === 'horizonYears' || p[0] === 'startYear');
	const rates = touches((p) => p[0] === 'demand' && (p[1] === 'referralRatesPer1000' || p[1] === 'referralRateGrowth'));
	const appraisal = touches((p) => p[0] === 'appraisal');
	return { population: !catchment, travelShares: !catchment && !rates && !horizon, discountFactors: !appraisal && !horizon };
}

/** The parts of an appraisal's shared work that the next appraisal may start from. */
export function carried(shared: SharedWork, reuse: Reuse): Partial<RunWork> {
	const out: Partial<RunWork> = {};
	if (reuse.population) out.population = shared.population;
	if (reuse.travelShares && shared.travelShares) out.travelShares = shared.travelShares;
	if (reuse.discountFactors && shared.discountFactors) out.discountFactors = shared.discountFactors;
	return out;
}
