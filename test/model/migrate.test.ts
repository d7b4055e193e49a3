import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/model/migrate';
import { parseScenario } from '../../src/lib/model/parse';
import { rawScenario } from './helpers';

describe('migrate', () => {
	it('upgrades version 0: horizon -> horizonYears, discountRatePercent 3.5 -> discountRate 0.035', () => {
		const { horizonYears: _h, ...rest } = rawScenario();
		const v0 = { ...rest, schemaVersion: 0, horizon: 12, appraisal: { discountRatePercent: 3.5, valuePerQalyGbp: 60000 } };
		const r = parseScenario(v0);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.migratedFrom).toBe(0);
		expect(r.scenario.schemaVersion).toBe(1);
		expect(r.scenario.horizonYears).toBe(12);
		expect(r.scenario.appraisal.discountRate).toBeCloseTo(0.035, 12);
		expect(r.scenario.appraisal.valuePerQalyGbp).toBe(60000);
	});

	it('does not alter the raw object it is given', () => {
		const v0 = { ...rawScenario(), schemaVersion: 0, appraisal: { discountRatePercent: 3 } };
		const copy = structuredClone(v0);
		migrate(v0);
		expect(v0).toEqual(copy);
	});

	it('leaves a non-numeric percentage for validation to report', () => {
		const r = parseScenario({ ...rawScenario(), schemaVersion: 0, appraisal: { discountRatePercent: 'three' } });
		expect(r).toEqual({ ok: false, errors: [{ path: 'appraisal', message: 'unknown field "discountRatePercent"' }] });
	});

	it('marks a current-version scenario as not migrated', () => {
		const r = parseScenario(rawScenario());
		expect(r.ok && r.migratedFrom).toBeUndefined();
	});

	it.each([
		[{ schemaVersion: 2 }, 'schemaVersion: 2 is newer than this version of the planner supports (1); update the planner'],
		[{ schemaVersion: 1.5 }, 'schemaVersion: must be a whole number, got 1.5'],
		[{ schemaVersion: '1' }, 'schemaVersion: must be a whole number, got "1"'],
		[{ schemaVersion: -1 }, 'schemaVersion: must be a whole number, got -1'],
		[{}, 'schemaVersion: required (current version is 1)'],
		[[], 'a scenario must be a JSON object'],
		[null, 'a scenario must be a JSON object']
	])('refuses %j', (raw, message) => {
		expect(migrate(raw)).toEqual({ ok: false, message });
	});
});
