import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, parseScenarioJson, MAX_SCENARIO_CHARS } from '../../src/lib/model/parse';
import { formatIssues } from '../../src/lib/model/issues';
import type { Raw } from './helpers';

const exampleText = readFileSync(new URL('../../models/urban-backlog.json', import.meta.url), 'utf8');
const example = (): Raw => JSON.parse(exampleText);

/** The error list, as the user sees it (one `path: message` a line), for a changed copy of the example. */
function errorsFor(edit: (r: Raw) => void): string[] {
	const raw = example();
	edit(raw);
	const r = parseScenario(raw);
	if (r.ok) return [];
	// Never a partial result alongside errors.
	expect(Object.keys(r).sort()).toEqual(['errors', 'ok']);
	return formatIssues(r.errors).split('\n');
}

describe('parseScenario: the example is valid', () => {
	it('parses with its formula evaluated', () => {
		const r = parseScenario(example());
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		// population50Plus = (58,000 + 31,000 + 20,000 + 7,000) + (56,000 + 32,000 + 22,000 + 8,000) = 234,000;
		// x 3.1 / 1,000 = 725.4 hip fractures a year
		expect(r.formulas).toEqual([{ path: 'fls.hipFracturesPerYear', formula: 'population50Plus * 3.1 / 1000', value: expect.closeTo(725.4, 9) }]);
		expect(r.scenario.fls.hipFracturesPerYear).toBeCloseTo(725.4, 9);
		// Defaults filled in.
		expect(r.scenario.scanners[0]!.slotMinutes).toEqual({ standard: 20, withVfa: 25, oneStop: 40 });
	});
});

describe('parseScenario: each problem named with its path and value', () => {
	it.each<[string, (r: Raw) => void, string[]]>([
		['negative population', (r) => (r.catchment.localities[0].population.under50 = -5), ['catchment.localities[0].population.under50: must be at least 0, got -5']],
		['a DNA rate of 140%', (r) => (r.scanners[0].dnaRate = 1.4), ['scanners[0].dnaRate: must be at most 1, got 1.4']],
		['negative sessions in an option', (r) => (r.options[1].scannerChanges[0].sessionsPerWeek = -2), ['options[1].scannerChanges[0].sessionsPerWeek: must be at least 0, got -2']],
		['unknown locality', (r) => (r.options[2].addScanners[0].localityId = 'nowhere'), ['options[2].addScanners[0].localityId: unknown locality "nowhere" (localities: "north", "south")']],
		['unknown scanner', (r) => (r.options[1].scannerChanges[0].scannerId = 'ghost'), ['options[1].scannerChanges[0].scannerId: unknown scanner "ghost" (scanners: "main")']],
		['removing an unknown scanner', (r) => (r.options[1].removeScannerIds = ['ghost']), ['options[1].removeScannerIds[0]: unknown scanner "ghost" (scanners: "main")']],
		['unknown role', (r) => (r.scanners[0].staffPerSession[0].roleId = 'wizard'), ['scanners[0].staffPerSession[0].roleId: unknown role "wizard" (roles: "dxaOperator", "assistant", "nurseSpecialist", "receptionist", "secretary" and 5 more)']],
		['unknown criterion', (r) => (r.options[0].scores.beauty = 3), ['options[0].scores.beauty: unknown criterion "beauty" (criteria: "access", "quality", "deliverability", "strategicFit")']],
		['unknown travel locality', (r) => (r.options[1].travel = [{ localityId: 'east', returnTravelMiles: 5, travelMinutes: 20 }]), ['options[1].travel[0].localityId: unknown locality "east" (localities: "north", "south")']],
		['duplicate option ids', (r) => (r.options[2].id = 'extended'), ['options: duplicate option id "extended"']],
		['duplicate locality ids', (r) => (r.catchment.localities[1].id = 'north'), ['catchment.localities: duplicate locality id "north"']],
		['two business-as-usual options', (r) => (r.options[1].businessAsUsual = true), ['options: exactly one option must be business as usual (businessAsUsual: true), found 2', 'options[1]: the business-as-usual option describes the baseline and cannot carry changes']],
		['no business-as-usual option', (r) => (r.options[0].businessAsUsual = false), ['options: exactly one option must be business as usual (businessAsUsual: true), found 0']],
		['a mobile unit without its figures', (r) => (r.options[2].addScanners[0].kind = 'mobile'), ['options[2].addScanners[0].mobile: a mobile unit needs its "mobile" figures (relocations, throughput, vehicle)']],
		['an added scanner installed before the start', (r) => (r.options[2].addScanners[0].installedYear = 2020), ['options[2].addScanners[0].installedYear: a scanner the option adds must be installed in or after the first year (2026), got 2020']],
		['a future schemaVersion', (r) => (r.schemaVersion = 2), ['schemaVersion: 2 is newer than this version of the planner supports (1); update the planner']],
		['missing schemaVersion', (r) => delete r.schemaVersion, ['schemaVersion: required (current version is 1)']],
		['a missing required field', (r) => delete r.name, ['name: required']],
		['a string for a number', (r) => (r.horizonYears = 'ten'), ['horizonYears: expected number, got string "ten"']],
		['a quoted number for a number-or-formula', (r) => (r.scanners[0].sessionsPerWeek = '6'), ['scanners[0].sessionsPerWeek: expected a number or {"formula": "..."}, got string "6"']],
		['null', (r) => (r.scanners[0].sessionsPerWeek = null), ['scanners[0].sessionsPerWeek: expected a number or {"formula": "..."}, got null']],
		['a fractional year', (r) => (r.scanners[0].installedYear = 2021.5), ['scanners[0].installedYear: expected a whole number, got number 2021.5']],
		['a horizon over 30 years', (r) => (r.horizonYears = 31), ['horizonYears: must be at most 30, got 31']],
		['an unknown enum value', (r) => (r.scanners[0].kind = 'flying'), ['scanners[0].kind: must be "static" or "mobile", got "flying"']],
		['an unknown top-level field', (r) => (r.colour = 'blue'), ['(scenario): unknown field "colour"']],
		['an unknown nested field (a typo)', (r) => (r.scanners[0].sesionsPerWeek = 6), ['scanners[0]: unknown field "sesionsPerWeek"']],
		['no options', (r) => (r.options = []), ['options: must have at least 1 item', 'options: exactly one option must be business as usual (businessAsUsual: true), found 0']],
		['shares adding past 1', (r) => ((r.demand.vfaShare = 0.7), (r.demand.oneStopShare = 0.4)), ['demand.oneStopShare: VFA share plus one-stop share must not exceed 1, got 0.7 + 0.4']],
		['falling refracture risks', (r) => (r.fls.refractureRisk2y = 0.05), ['fls.refractureRisk5y: cumulative refracture risks must not fall over time, got 0.1, 0.05, 0.31']]
	])('%s', (_name, edit, expected) => {
		expect(errorsFor(edit)).toEqual(expected);
	});

	it('catches a fraction written as a percentage', () => {
		// The share check (VFA + one-stop <= 1) may add a second line; the bound comes first.
		expect(errorsFor((r) => (r.demand.vfaShare = 30))[0]).toBe('demand.vfaShare: must be at most 1, got 30');
	});

	it('lists several problems at once', () => {
		const errors = errorsFor((r) => {
			r.catchment.localities[0].population.under50 = -5;
			r.scanners[0].dnaRate = 1.4;
			r.options[1].scannerChanges[0].sessionsPerWeek = -2;
			r.options[0].scores.beauty = 3;
		});
		expect(errors).toEqual([
			'catchment.localities[0].population.under50: must be at least 0, got -5',
			'scanners[0].dnaRate: must be at most 1, got 1.4',
			'options[1].scannerChanges[0].sessionsPerWeek: must be at least 0, got -2',
			'options[0].scores.beauty: unknown criterion "beauty" (criteria: "access", "quality", "deliverability", "strategicFit")'
		]);
	});
});

describe('parseScenario: formulas', () => {
	it('names the field and the formula when a formula breaks', () => {
		expect(errorsFor((r) => (r.fls.hipFracturesPerYear = { formula: 'import("fs")' }))).toEqual([
			'fls.hipFracturesPerYear: formula "import("fs")": function "import" is not allowed; allowed: min, max, round, floor, ceil, abs, sqrt, exp, log'
		]);
		expect(errorsFor((r) => (r.fls.hipFracturesPerYear = { formula: 'population50Plus / 0' }))).toEqual(['fls.hipFracturesPerYear: formula "population50Plus / 0": formula does not give a finite number (got Infinity)']);
	});

	it('lists every broken formula', () => {
		const errors = errorsFor((r) => {
			r.fls.hipFracturesPerYear = { formula: 'hips * 2' };
			r.scanners[0].dnaRate = { formula: 'a = 1' };
		});
		expect(errors).toEqual([
			expect.stringMatching(/^scanners\[0\]\.dnaRate: formula "a = 1": assignments \(=\) are not allowed$/),
			expect.stringMatching(/^fls\.hipFracturesPerYear: formula "hips \* 2": unknown name "hips"; available: population, /)
		]);
	});

	it('gives the bound error, naming the formula, when its value is out of range', () => {
		// 234,000 x -1 = -234,000
		expect(errorsFor((r) => (r.fls.hipFracturesPerYear = { formula: 'population50Plus * -1' }))).toEqual(['fls.hipFracturesPerYear: must be at least 0, got -234000 (from formula "population50Plus * -1")']);
		// 234,000 / 100,000 = 2.34 is no DNA rate
		expect(errorsFor((r) => (r.scanners[0].dnaRate = { formula: 'population50Plus / 100000' }))).toEqual(['scanners[0].dnaRate: must be at most 1, got 2.34 (from formula "population50Plus / 100000")']);
	});

	it('rejects a formula object with extra fields or an empty formula', () => {
		expect(errorsFor((r) => (r.fls.hipFracturesPerYear = { formula: '1', note: 'x' }))).toEqual(['fls.hipFracturesPerYear: unknown field "note"']);
		expect(errorsFor((r) => (r.fls.hipFracturesPerYear = { formula: '' }))).toEqual(['fls.hipFracturesPerYear.formula: must not be empty']);
		expect(errorsFor((r) => (r.fls.hipFracturesPerYear = { formula: 'x'.repeat(301) }))).toEqual(['fls.hipFracturesPerYear.formula: must be at most 300 characters']);
	});

	it('does not accept a formula where only a plain number is allowed', () => {
		expect(errorsFor((r) => (r.horizonYears = { formula: '10' }))).toEqual(['horizonYears: expected number, got an object']);
	});
});

describe('parseScenarioJson', () => {
	it.each([
		['{"schemaVersion": 1,', 'not valid JSON: '],
		['', 'not valid JSON: '],
		['[1, 2]', 'a scenario must be a JSON object'],
		['null', 'a scenario must be a JSON object'],
		['"scenario"', 'a scenario must be a JSON object']
	])('%j', (text, message) => {
		const r = parseScenarioJson(text);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors).toHaveLength(1);
		expect(r.errors[0]!.message.startsWith(message)).toBe(true);
		expect(['(file)', '(scenario)']).toContain(r.errors[0]!.path);
	});

	it('refuses a file over the size limit before reading it', () => {
		const text = ' '.repeat(MAX_SCENARIO_CHARS + 1);
		expect(parseScenarioJson(text)).toEqual({ ok: false, errors: [{ path: '(file)', message: `scenario is too large (${MAX_SCENARIO_CHARS + 1} characters; the limit is ${MAX_SCENARIO_CHARS})` }] });
	});

	it('parses the example file text', () => {
		expect(parseScenarioJson(exampleText).ok).toBe(true);
	});
});
