import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText, SCHEMA_PATH, SCHEMA_ID } from '../../scripts/gen-schema';

describe('models/scenario.schema.json', () => {
	const committed = readFileSync(SCHEMA_PATH, 'utf8');

	it('is in sync with the zod ScenarioSchema', () => {
		// toBe on the whole text, but with a message first: a 3,000-line diff is no help on its own.
		if (committed !== scenarioJsonSchemaText()) {
			throw new Error('models/scenario.schema.json is out of date with the zod schema in src/lib/model/schema: run `npm run gen:schema` and commit the result');
		}
	});

	it('describes the file as written: schemaVersion required, defaults optional, numbers or formulas', () => {
		const doc = JSON.parse(committed);
		expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
		expect(doc.$id).toBe(SCHEMA_ID);
		expect(doc.title).toBe('DXA Service Planner scenario');
		const scenario = doc.$defs.Scenario;
		expect(scenario.required).toEqual(expect.arrayContaining(['schemaVersion', 'name', 'startYear', 'priceBaseYear', 'catchment', 'options']));
		expect(scenario.required).not.toContain('horizonYears'); // has a default
		expect(scenario.additionalProperties).toBe(false);
		// A number-or-formula input: DNA rate 0-1, or a reference to the Formula definition.
		const scanner = scenario.properties.scanners.items;
		const dna = scanner.properties.dnaRate;
		expect(dna.default).toBe(0.08);
		expect(dna.anyOf).toEqual([expect.objectContaining({ type: 'number', minimum: 0, maximum: 1 }), { $ref: '#/$defs/Formula' }]);
		expect(doc.$defs.Formula.properties.formula).toMatchObject({ type: 'string', minLength: 1, maxLength: 300 });
	});
});
