import { describe, expect, it } from 'vitest';
import { appraise, parseScenarioJson, type AppraisalResult, type OptionSummary } from '../../src/lib/model';
import { MINUS, preferredReason, psaCaution } from '../../src/lib/present';
import type { PsaResult } from '../../src/lib/model/uncertainty/types';
import { readModel } from '../api/fixtures';

function urban(): AppraisalResult {
	const p = parseScenarioJson(readModel('urban-backlog.json'));
	if (!p.ok) throw new Error('urban-backlog.json should parse');
	return appraise(p.scenario);
}

/** Two options with hand-chosen summaries, ranked 1 and 2. */
function two(a: Partial<OptionSummary>, b: Partial<OptionSummary>): AppraisalResult {
	const r = structuredClone(urban());
	r.options = r.options.slice(0, 2);
	const [x, y] = r.options;
	if (!x || !y) throw new Error('urban has options');
	x.name = 'Option A';
	y.name = 'Option B';
	x.summary = { ...x.summary, rank: 1, ...a };
	y.summary = { ...y.summary, rank: 2, ...b };
	return r;
}

describe('the reason sentence', () => {
	it('writes a negative net present social value as a net cost to society, never as the "highest" negative sum', () => {
		// A: NPC 6,890,000, fracture costs avoided 1,070,000, QALYs 4,740,000: NPSV = 5,810,000 - 6,890,000 = -1,080,000.
		const r = two(
			{ meetsDemand: true, endEstimatedWaitWeeks: 0, netPresentCostGbp: 6_890_000, pvBenefitsGbp: 1_070_000, pvQalyValueGbp: 4_740_000, netPresentSocialValueGbp: -1_080_000 },
			{ meetsDemand: true, endEstimatedWaitWeeks: 2, netPresentCostGbp: 2_200_000, pvBenefitsGbp: 0, pvQalyValueGbp: 0, netPresentSocialValueGbp: -2_200_000 }
		);
		expect(preferredReason(r)).toBe(
			'Option A is one of 2 options that bring the estimated wait within the 6-week standard by the end of 2035/36 (an estimated wait of under half a day by then), ' +
				'and it has the smallest net cost to society of those: £1.08m (net present cost £6.89m less £1.07m of fracture costs avoided and £4.74m of health gains); ' +
				'next is Option B, a net cost to society of £2.20m.'
		);
		expect(preferredReason(r)).not.toMatch(/highest|GBP -|-£|−£/);
	});

	it('writes a wait that rounds to 0.0 weeks as under half a day (0.05 weeks = 0.35 days), and 0.05 weeks as 0.1 weeks', () => {
		const at = (w: number) => preferredReason(two({ meetsDemand: true, endEstimatedWaitWeeks: w, netPresentCostGbp: 3_310_000, pvBenefitsGbp: 0, pvQalyValueGbp: 0, netPresentSocialValueGbp: -3_310_000 }, { meetsDemand: false }));
		expect(at(0)).toContain('(an estimated wait of under half a day by then)');
		expect(at(0.049)).toContain('(an estimated wait of under half a day by then)');
		expect(at(0.05)).toContain('(an estimated wait of 0.1 weeks by then)');
	});

	it('says so when one option alone meets the standard, and when none does', () => {
		const only = two({ meetsDemand: true, endEstimatedWaitWeeks: 3.04, netPresentCostGbp: 3_310_000, pvBenefitsGbp: 0, pvQalyValueGbp: 0, netPresentSocialValueGbp: -3_310_000 }, { meetsDemand: false });
		expect(preferredReason(only)).toBe(
			'Option A is the only option that brings the estimated wait within the 6-week standard by the end of 2035/36 (an estimated wait of 3.0 weeks by then). It has a net cost to society of £3.31m (its net present cost: no benefits are valued in money).'
		);
		const none = two({ meetsDemand: false, netPresentCostGbp: 1_000_000, pvBenefitsGbp: 1_500_000, pvQalyValueGbp: 0, netPresentSocialValueGbp: 500_000 }, { meetsDemand: false, netPresentCostGbp: 900_000, pvBenefitsGbp: 0, pvQalyValueGbp: 0, netPresentSocialValueGbp: -900_000 });
		expect(preferredReason(none)).toBe(
			'No option brings the estimated wait within the 6-week standard by the end of 2035/36. On value, Option A comes first: it has the greatest net benefit to society of the options: £0.50m (£1.50m of fracture costs avoided against a net present cost of £1.00m); next is Option B, a net cost to society of £0.90m. Options with more capacity are worth appraising.'
		);
	});
});

describe('what a probabilistic analysis means for the decision', () => {
	const psa = (share: number) =>
		({
			iterations: 1000,
			seed: 1,
			basePreferredOptionId: 'a',
			probabilityBasePreferred: share,
			options: [
				{ optionId: 'a', name: 'Option A', probabilityPreferred: share },
				{ optionId: 'b', name: 'Option B', probabilityPreferred: 1 - share }
			]
		}) as unknown as PsaResult;

	it('calls the choice uncertain below two runs in three (0.6 < 0.667), naming the rival', () => {
		const c = psaCaution(psa(0.6));
		expect(c?.uncertain).toBe(true);
		expect(c?.text).toBe('The choice is uncertain: Option A stays first in only 60.0% of 1,000 model runs that draw every uncertain input at once (seed 1), fewer than two runs in three; Option B comes first in 40.0%.');
	});

	it('states the share plainly at two in three or more (0.7)', () => {
		expect(psaCaution(psa(0.7))).toEqual({ uncertain: false, text: 'Option A stays first in 70.0% of 1,000 model runs that draw every uncertain input at once (seed 1).' });
		expect(psaCaution(null)).toBeNull();
		expect(MINUS).toBe('\u2212');
	});
});
