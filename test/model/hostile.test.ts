/**
 * Input found wanting when tried with hostile files: each gets a short, clear answer. A 0.9 MB
 * file used to come back with 100,012 errors (59 MB of JSON) after seconds of work.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson } from '../../src/lib/model/parse';
import { capIssues, MAX_LISTED_ISSUES } from '../../src/lib/model/issues';
import { errorResponse } from '../../src/lib/server/responses';
import type { Raw } from './helpers';

const exampleText = readFileSync(new URL('../../models/urban-backlog.json', import.meta.url), 'utf8');
const example = (): Raw => JSON.parse(exampleText);

function errorsOf(raw: unknown): string[] {
	const r = parseScenario(raw);
	if (r.ok) throw new Error('expected the scenario to be refused');
	return r.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('lists and records longer than allowed are refused before they are validated', () => {
	it('100,000 rationale entries (a 0.9 MB file): one error naming the field and the sizes', () => {
		const raw = example();
		raw.rationale = Object.fromEntries(Array.from({ length: 100_000 }, (_, k) => [`${k}`, 1]));
		const text = JSON.stringify(raw);
		expect(text.length).toBeGreaterThan(900_000);
		expect(text.length).toBeLessThan(1_000_000);
		const r = parseScenarioJson(text);
		expect(r.ok ? [] : r.errors).toEqual([{ path: 'rationale', message: 'has 100,000 entries; at most 2,000 are allowed' }]);
	});

	it('scores for 60,000 criteria on one option: one error', () => {
		const raw = example();
		raw.options[1].scores = Object.fromEntries(Array.from({ length: 60_000 }, (_, k) => [`c${k}`, 1]));
		expect(errorsOf(raw)).toEqual(['options[1].scores: has 60,000 entries; at most 12 are allowed']);
	});

	it('51 localities: one error (at most 50)', () => {
		const raw = example();
		raw.catchment.localities = Array.from({ length: 51 }, () => ({}));
		expect(errorsOf(raw)).toEqual(['catchment.localities: has 51 entries; at most 50 are allowed']);
	});
});

describe('the error list is capped at the first 100 problems and a count', () => {
	it('50 localities with 5 negative populations each: 250 problems, the first 100 listed, then "and 150 more"', () => {
		const raw = example();
		const bad = { under50: -1, age50to64: -1, age65to74: -1, age75to84: -1, age85plus: -1 };
		raw.catchment.localities = Array.from({ length: 50 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, population: bad }));
		const errors = errorsOf(raw);
		expect(errors).toHaveLength(MAX_LISTED_ISSUES + 1);
		expect(errors[0]).toBe('catchment.localities[0].population.under50: must be at least 0, got -1');
		// 100 = 20 localities x 5 bands: the last listed is locality 19's 85+ band.
		expect(errors[99]).toBe('catchment.localities[19].population.age85plus: must be at least 0, got -1');
		expect(errors[100]).toBe('(scenario): and 150 more problems not listed; fix these first and check again');
	});

	it('capIssues leaves 100 alone and counts one more as "1 more problem"', () => {
		const list = Array.from({ length: 101 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
		expect(capIssues(list.slice(0, 100))).toHaveLength(100);
		expect(capIssues(list).at(-1)).toEqual({ path: '(scenario)', message: 'and 1 more problem not listed; fix these first and check again' });
	});

	it('an API error response is capped too, whoever built the list', async () => {
		const list = Array.from({ length: 5000 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
		const body = (await errorResponse(400, list).json()) as { errors: unknown[] };
		expect(body.errors).toHaveLength(101);
	});

	it('50 unknown fields in one object: one error naming five of them and counting the rest', () => {
		const raw = example();
		for (let k = 0; k < 50; k++) raw.demand[`extra${k}`] = 1;
		expect(errorsOf(raw)).toEqual(['demand: unknown fields "extra0", "extra1", "extra2", "extra3", "extra4" and 45 more']);
	});
});

describe('messages that say what is wrong', () => {
	it('an unknown distribution type names the types there are', () => {
		const raw = example();
		raw.uncertainty.inputs[0].distribution = { type: 'weibull', shape: 2 };
		expect(errorsOf(raw)).toEqual(['uncertainty.inputs[0].distribution.type: must be one of "uniform", "triangular", "normal", "lognormal", "beta", "gamma", got "weibull"']);
	});

	it('a distribution without a type says one is required', () => {
		const raw = example();
		raw.uncertainty.inputs[0].distribution = { mean: 2 };
		expect(errorsOf(raw)).toEqual(['uncertainty.inputs[0].distribution.type: required: one of "uniform", "triangular", "normal", "lognormal", "beta", "gamma"']);
	});

	it('schemaVersion 1e400 (Infinity once read) is a number too large, not "null"', () => {
		const r = parseScenarioJson(exampleText.replace('"schemaVersion": 1', '"schemaVersion": 1e400'));
		expect(r.ok ? [] : r.errors).toEqual([{ path: 'schemaVersion', message: 'must be a whole number (the current version is 1), got a number too large to represent (beyond about 1.8e308)' }]);
	});

	it('1e400 in a numeric field is a number too large to represent', () => {
		const r = parseScenarioJson(exampleText.replace('"startingBacklog": 1800', '"startingBacklog": 1e400'));
		expect(r.ok ? [] : r.errors).toEqual([{ path: 'demand.startingBacklog', message: 'expected number, got a number too large to represent (beyond about 1.8e308)' }]);
	});

	it('an unknown role names five of the ten roles and counts the rest', () => {
		const raw = example();
		raw.staffing = { reportingRoleId: 'oracle' };
		const [first] = errorsOf(raw);
		expect(first).toBe('staffing.reportingRoleId: unknown role "oracle" (roles: "dxaOperator", "assistant", "nurseSpecialist", "receptionist", "secretary" and 5 more)');
	});
});
