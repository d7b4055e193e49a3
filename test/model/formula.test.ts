import { describe, expect, it } from 'vitest';
import { evaluateFormula, FormulaError, MAX_FORMULA_LENGTH } from '../../src/lib/model/formula';

const scope = { population: 600000, population50Plus: 232000 };

/** The error message a formula gives, or a failure if it evaluates or throws something else. */
function errorOf(formula: string): string {
	try {
		const v = evaluateFormula(formula, scope);
		return `evaluated to ${v}`;
	} catch (e) {
		if (!(e instanceof FormulaError)) return `threw ${String(e)} (not a FormulaError)`;
		return e.message;
	}
}

describe('evaluateFormula: arithmetic over named quantities', () => {
	it.each([
		['population50Plus * 5.4 / 1000', 1252.8, '232,000 x 5.4 / 1,000'],
		['population * 175 / 100000', 1050, 'Compston 1995 planning figure: 175 per 100,000'],
		['max(100, population50Plus / 1000)', 232, 'max(100, 232)'],
		['round(population50Plus * 3.1 / 1000)', 719, '719.2 rounded'],
		['round(2.567, 2)', 2.57, 'round to 2 dp'],
		['-(2 - 5) ^ 2', -9, 'unary minus binds looser than ^: -(9)'],
		['sqrt(16) + abs(-2) + floor(2.7) + ceil(2.1) + min(1, 2)', 12, '4 + 2 + 2 + 3 + 1'],
		['((((1 + 2))))', 3, 'nested parentheses']
	])('%s = %f (%s)', (formula, expected) => {
		expect(evaluateFormula(formula, scope)).toBeCloseTo(expected, 10);
	});
});

describe('evaluateFormula: hostile or broken formulas give a clear error and never throw anything else', () => {
	it.each([
		['import({}, {override: true})', 'function "import" is not allowed'],
		['evaluate("1")', 'function "evaluate" is not allowed'],
		['parse("x")', 'function "parse" is not allowed'],
		['compile("1")', 'function "compile" is not allowed'],
		['createUnit("foo")', 'function "createUnit" is not allowed'],
		['cos(1)', 'function "cos" is not allowed; allowed: min, max, round, floor, ceil, abs, sqrt, exp, log'],
		['a = 1', 'assignments (=) are not allowed'],
		['f(x) = x', 'function definitions are not allowed'],
		['[1, 2]', 'lists and matrices ([...]) are not allowed'],
		['{a: 1}', 'objects ({...}) are not allowed'],
		['population.constructor', 'property and index access (. or [...]) are not allowed'],
		['population["x"]', 'property and index access (. or [...]) are not allowed'],
		['min.constructor("return 1")', 'only plain function calls are allowed'],
		['population > 1 ? 1 : 2', 'conditions (? :) are not allowed'],
		['1:3', 'ranges (:) are not allowed'],
		['population; 1', 'several expressions (; or new lines) are not allowed'],
		['2 == 2', 'operator "==" is not allowed'],
		['5 mod 2', 'operator "mod" is not allowed'],
		['2 to cm', 'operator "to" is not allowed'],
		['populaton * 2', 'unknown name "populaton"; available: population, population50Plus'],
		['pi * 2', 'unknown name "pi"'],
		['"abc"', 'only numbers are allowed as constants'],
		['true', 'only numbers are allowed as constants'],
		['1 / 0', 'formula does not give a finite number (got Infinity)'],
		['log(0)', 'formula does not give a finite number (got -Infinity)'],
		['10 ^ 400', 'formula does not give a finite number (got Infinity)'],
		['sqrt(-1)', 'formula does not give a finite number (got i)'],
		['   ', 'formula is empty'],
		['2 +', 'cannot read formula: Unexpected end of expression'],
		['min()', 'Too few arguments in function min'],
		['x'.repeat(MAX_FORMULA_LENGTH + 1), `formula is longer than ${MAX_FORMULA_LENGTH} characters`],
		['('.repeat(149) + '1' + ')'.repeat(149) + ')', 'cannot read formula']
	])('%s', (formula, message) => {
		expect(errorOf(formula)).toContain(message);
	});

	it('evaluates the deepest nesting that fits in the length limit', () => {
		// 149 + 1 + 149 = 299 characters.
		expect(evaluateFormula('('.repeat(149) + '1' + ')'.repeat(149), scope)).toBe(1);
	});

	it('cannot change the instance: a disabled function stays disabled after an attempt', () => {
		expect(errorOf('import({cos: 1})')).toContain('not allowed');
		expect(errorOf('cos(0)')).toContain('not allowed');
	});
});
