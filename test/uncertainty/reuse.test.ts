import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { simulatePsa } from '../../src/lib/model/uncertainty/psa';
import { compileInputs, assignmentsFor } from '../../src/lib/model/uncertainty/ranges';
import { reusableWork } from '../../src/lib/model/uncertainty/reuse';
import { withValues } from '../../src/lib/model/uncertainty/paths';
import { exampleRaw, parsed, urbanRaw } from './helpers';

/**
 * The PSA carries work that no drawn input can change (band populations, travel shares,
 * discount factors) from one iteration to the next. Each iteration must still give exactly the
 * figures of a fresh full appraisal of the drawn scenario: if anything were carried that a draw
 * does change, the later iterations would keep the first iteration's numbers and differ here.
 */
function expectIterationsMatchFreshAppraisals(raw: Record<string, unknown>, count: number) {
	const s = parsed(raw);
	const inputs = compileInputs(s);
	const run = simulatePsa(s, { seed: 21, count });
	const w = s.options.length;
	for (let i = 0; i < count; i++) {
		const drawn = withValues(s, inputs.flatMap((c, j) => assignmentsFor(c, run.draws[i * inputs.length + j]!)));
		const full = appraise(drawn);
		full.options.forEach((o, k) => {
			expect(run.npc[i * w + k]).toBe(o.summary.netPresentCostGbp);
			expect(run.npsv[i * w + k]).toBe(o.summary.netPresentSocialValueGbp);
			expect(run.endListSize[i * w + k]).toBe(o.summary.endListSize);
		});
	}
	return { s, inputs };
}

describe('work carried between PSA iterations', () => {
	it('is judged from the paths the inputs write', () => {
		// URBAN_RANGES draw scanner, referral-rate, FLS and monitoring inputs: nothing in the
		// catchment or the appraisal rates, but a referral rate (which moves travel shares).
		expect(reusableWork(compileInputs(parsed(urbanRaw())))).toEqual({ population: true, travelShares: false, discountFactors: true });
		const catchment = parsed(urbanRaw({ inputs: [{ path: 'catchment.localities[0].growth.age75to84', low: 0.01, high: 0.04 }] }));
		expect(reusableWork(compileInputs(catchment))).toEqual({ population: false, travelShares: false, discountFactors: true });
		const rate = parsed(urbanRaw({ inputs: [{ path: 'appraisal.discountRate', low: 0.015, high: 0.05 }] }));
		expect(reusableWork(compileInputs(rate))).toEqual({ population: true, travelShares: true, discountFactors: false });
	});

	it('leaves every iteration equal to a fresh appraisal when the catchment is not drawn', () => {
		expectIterationsMatchFreshAppraisals(urbanRaw(), 12);
	});

	it('leaves every iteration equal to a fresh appraisal when the catchment and the discount rate are drawn', () => {
		expectIterationsMatchFreshAppraisals(
			urbanRaw({
				inputs: [
					{ path: 'catchment.localities[0].growth.age75to84', low: 0.0, high: 0.06 },
					{ path: 'catchment.localities[1].population.age85plus', low: 4000, high: 12000 },
					{ path: 'appraisal.discountRate', low: 0.015, high: 0.05 },
					{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15 }
				]
			}),
			12
		);
	});

	it('leaves every iteration equal to a fresh appraisal with patient travel costed (travel shares carried)', () => {
		// rural-mobile costs patient travel; with no catchment or referral-rate input drawn, each
		// locality's share of referrals is carried through the run.
		const raw = exampleRaw('rural-mobile.json');
		const inputs = [
			{ path: 'costs.patientTravel.valueOfTimePerHourGbp', low: 5, high: 20 },
			{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15 },
			{ path: 'demand.startingBacklog', low: 300, high: 1500 }
		];
		const { inputs: compiled } = expectIterationsMatchFreshAppraisals({ ...raw, uncertainty: { inputs } }, 12);
		expect(reusableWork(compiled)).toEqual({ population: true, travelShares: true, discountFactors: true });
	});
});
