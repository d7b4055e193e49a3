import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/model/parse';
import { urbanRaw, type Raw } from './helpers';

function errorsFor(inputs: Raw[], extra: Raw = {}) {
	const r = parseScenario(urbanRaw({ inputs, ...extra }));
	return r.ok ? [] : r.errors;
}

describe('uncertainty section: checks name the field and the value', () => {
	it.each([
		[{ path: 'scanners[3].dnaRate', low: 0.05, high: 0.1 }, 'uncertainty.inputs[0].path', /"scanners\[3\].dnaRate" is not a numeric input of this scenario; inputs with that name: scanners\[0\].dnaRate/],
		[{ path: 'scanners[0].name', low: 0, high: 1 }, 'uncertainty.inputs[0].path', /is not a numeric input/],
		[{ path: 'scanners[0].dnaRate', low: 0.1, high: 0.05 }, 'uncertainty.inputs[0].high', /must be above low \(0.1\) for DNA rate, got 0.05/],
		[{ path: 'scanners[0].dnaRate', low: 0.1, high: 0.2 }, 'uncertainty.inputs[0].low', /must include the base value of scanners\[0\].dnaRate \(0.09\)/],
		[{ path: 'scanners[0].dnaRate', low: -0.1, high: 0.2 }, 'uncertainty.inputs[0].low', /must be at least 0 \(the lowest DNA rate can be\), got -0.1/],
		[{ path: 'demand.monitoringIntervalYears', low: 2.5, high: 4 }, 'uncertainty.inputs[0].low', /whole number/],
		[{ path: 'scanners[0].purchaseCostGbp', low: 150000, high: 300000, distribution: { type: 'beta', alpha: 2, beta: 3 } }, 'uncertainty.inputs[0].distribution', /beta is for proportions/],
		[{ path: 'demand.referralRateGrowth', low: -0.05, high: 0.05, distribution: { type: 'gamma', shape: 2, scale: 0.01 } }, 'uncertainty.inputs[0].distribution', /gamma gives only positive values/],
		[{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15, distribution: { type: 'triangular', mode: 0.2 } }, 'uncertainty.inputs[0].distribution', /mode 0.2 must lie between low \(0.05\) and high \(0.15\)/],
		[{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15, distribution: { type: 'beta', alpha: 1, beta: 1 } }, 'uncertainty.inputs[0].distribution', /mean \(0.5\) lies outside the range 0.05 to 0.15/],
		[{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15, distribution: { type: 'normal', mean: 0.09, sd: -1 } }, 'uncertainty.inputs[0].distribution.sd', /more than 0/],
		[{ path: 'fls.refractureRisk1y', low: 0.05, high: 0.2 }, 'uncertainty.inputs[0].high', /at 0.2, cumulative refracture risks would fall over time \(0.2, 0.18, 0.31\)/],
		[{ path: 'demand.vfaShare', low: 0.2, high: 0.98 }, 'uncertainty.inputs[0].high', /demand.vfaShare \+ demand.oneStopShare would be 1.03, above 1/]
	])('%j -> %s', (input, path, message) => {
		const errors = errorsFor([input]);
		const e = errors.find((x) => x.path === path);
		expect(e, JSON.stringify(errors)).toBeDefined();
		expect(e!.message).toMatch(message);
	});

	it('flags a path given twice', () => {
		const errors = errorsFor([
			{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15 },
			{ path: 'scanners[0].dnaRate', low: 0.06, high: 0.12 }
		]);
		expect(errors).toEqual([{ path: 'uncertainty.inputs[1].path', message: '"scanners[0].dnaRate" already has a range at uncertainty.inputs[0]' }]);
	});

	it('checks the acceptability-curve options exist', () => {
		const errors = errorsFor([], { ceac: { optionId: 'secondFls', comparatorId: 'nope' } });
		expect(errors).toEqual([{ path: 'uncertainty.ceac.comparatorId', message: 'unknown option "nope" (options: "bau", "extended", "second", "secondFls")' }]);
	});

	it('checks a formula input against its range once the formula is evaluated', () => {
		// fls.hipFracturesPerYear = population50Plus x 3.1 / 1000; population 50+ is
		// 58,000 + 31,000 + 20,000 + 7,000 + 56,000 + 32,000 + 22,000 + 8,000 = 234,000 -> 725.4.
		expect(errorsFor([{ path: 'fls.hipFracturesPerYear', low: 600, high: 900 }])).toEqual([]);
		const errors = errorsFor([{ path: 'fls.hipFracturesPerYear', low: 800, high: 900 }]);
		expect(errors).toHaveLength(1);
		expect(errors[0]!.message).toMatch(/must include the base value of fls.hipFracturesPerYear \(725.4\)/);
	});

	it('fills defaults: 10,000 iterations, seed 1, a GBP 0-100,000 willingness-to-pay grid in 5,000 steps', () => {
		const r = parseScenario(urbanRaw({ inputs: [{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15 }] }));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.scenario.uncertainty!.iterations).toBe(10_000);
		expect(r.scenario.uncertainty!.seed).toBe(1);
		expect(r.scenario.uncertainty!.willingnessToPay).toHaveLength(21);
		expect(r.scenario.uncertainty!.willingnessToPay[20]).toBe(100_000);
	});
});
