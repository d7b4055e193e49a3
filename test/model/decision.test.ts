import { describe, expect, it } from 'vitest';
import { appraise, parseScenarioJson, type AppraisalResult, type CashFlowYear } from '../../src/lib/model';
import { decision } from '../../src/lib/model/decision';
import { decisionText } from '../../src/lib/present';
import { readModel } from '../api/fixtures';

function appraised(file: string): AppraisalResult {
	const p = parseScenarioJson(readModel(file));
	if (!p.ok) throw new Error(`${file} should parse`);
	return appraise(p.scenario);
}

/** A year of cash flows with only the fields the decision reads set to hand-chosen values. */
function year(base: CashFlowYear, total: number, patientTravel: number, discountFactor: number): CashFlowYear {
	return { ...base, total, patientTravel, discountFactor, discounted: total * discountFactor };
}

/**
 * The urban example cut to business as usual and one other option, with two years of hand-chosen
 * cash flows and summaries (discount factor 1/1.035 = 0.966184 in year 2).
 */
function handWorked(): AppraisalResult {
	const r = structuredClone(appraised('urban-backlog.json'));
	const bau = r.options.find((o) => o.businessAsUsual);
	const other = r.options.find((o) => !o.businessAsUsual);
	if (!bau || !other) throw new Error('urban has business as usual and another option');
	r.options = [bau, other];
	r.horizonYears = 2;
	const cf = other.cashFlows[0] as CashFlowYear;
	other.cashFlows = [year(cf, 1_000, 100, 1), year(cf, 2_000, 200, 1 / 1.035)];
	other.summary = { ...other.summary, revenueTotalGbp: 500_000, capitalTotalGbp: 518_000, netPresentCostGbp: 6_890_000, pvBenefitsGbp: 1_070_000, pvQalyValueGbp: 4_740_000 };
	bau.summary = { ...bau.summary, revenueTotalGbp: 300_000, capitalTotalGbp: 244_000, pvBenefitsGbp: 0, pvQalyValueGbp: 0 };
	return r;
}

describe('the decision in plain view (src/lib/model/decision.ts)', () => {
	it('splits the net present cost between the organisation and patients\' travel, year by discounted year', () => {
		const d = decision(handWorked()).options[1];
		// Organisation: (1,000 - 100) x 1 + (2,000 - 200) x 0.966184 = 900 + 1,739.13 = 2,639.13.
		expect(d?.organisationNpcGbp).toBeCloseTo(2_639.13, 2);
		// Travel: 100 x 1 + 200 x 0.966184 = 100 + 193.24 = 293.24; together 2,932.37 = 1,000 + 2,000 x 0.966184.
		expect(d?.patientTravelNpcGbp).toBeCloseTo(293.24, 2);
	});

	it('measures affordability against business as usual: extra capital over the horizon, extra revenue a year', () => {
		const d = decision(handWorked());
		expect(d.baselineId).toBe(handWorked().options[0]?.id);
		// Capital 518,000 - 244,000 = 274,000; revenue (500,000 - 300,000) / 2 years = 100,000 a year.
		expect(d.options[1]?.extraCapitalGbp).toBe(274_000);
		expect(d.options[1]?.extraRevenuePerYearGbp).toBe(100_000);
		// Business as usual is not measured against itself.
		expect(d.options[0]?.extraCapitalGbp).toBeNull();
		expect(d.options[0]?.extraRevenuePerYearGbp).toBeNull();
	});

	it('gives the share of the social benefits that is the money value of QALYs, and the value without them', () => {
		const d = decision(handWorked()).options;
		// 4,740,000 / (1,070,000 + 4,740,000) = 4.74 / 5.81 = 0.815835; without QALYs 1,070,000 - 6,890,000 = -5,820,000.
		expect(d[1]?.socialBenefitsGbp).toBe(5_810_000);
		expect(d[1]?.qalyShareOfBenefits).toBeCloseTo(0.815835, 6);
		expect(d[1]?.npsvWithoutQalysGbp).toBe(-5_820_000);
		// No benefits at all: no share (never 0 / 0).
		expect(d[0]?.qalyShareOfBenefits).toBeNull();
	});

	it('words the three figures for the preferred option', () => {
		const r = handWorked();
		const [bau, o] = r.options;
		const d = decision(r).options[1];
		if (!bau || !o || !d) throw new Error('two options');
		expect(decisionText(o, d, bau.name, 2)).toEqual([
			"Net present cost: £2,639 to the organisation and £293 of patients' travel.",
			'Against Business as usual it needs £274k more capital over the 2 years and £100k more revenue a year on average (in cash, before optimism bias).',
			'£4.74m of its £5.81m of social benefits (81.6%) is the money value of QALYs gained, the rest fracture costs avoided; without the QALYs it would be a net cost of £5.82m.'
		]);
	});

	it('on every example the two parts add up to the engine\'s net present cost; the rural example counts travel', () => {
		for (const file of ['urban-backlog.json', 'rural-mobile.json', 'scanner-replacement.json', 'salisbury-published.json']) {
			const r = appraised(file);
			const d = decision(r);
			r.options.forEach((o, i) => {
				const x = d.options[i];
				expect(x?.optionId).toBe(o.id);
				expect((x?.organisationNpcGbp ?? 0) + (x?.patientTravelNpcGbp ?? 0), `${file} ${o.name}`).toBeCloseTo(o.summary.netPresentCostGbp, 4);
				if (!o.businessAsUsual) expect(x?.extraCapitalGbp).toBeCloseTo(o.summary.capitalTotalGbp - (r.options.find((b) => b.businessAsUsual)?.summary.capitalTotalGbp ?? NaN), 6);
			});
			if (file === 'rural-mobile.json') expect(d.options.every((x) => x.patientTravelNpcGbp > 0)).toBe(true);
			else expect(d.options.every((x) => x.patientTravelNpcGbp === 0)).toBe(true);
		}
	});
});
