/**
 * Writes models/scenario.schema.json from the zod ScenarioSchema (the single source of truth), so
 * editors can validate and autocomplete scenario files. Run with `npm run gen:schema`;
 * test/model/schema-sync.test.ts fails when the committed file is out of date.
 * `io: 'input'` describes the file as written (defaults optional, numbers or formulas);
 * `unrepresentable: 'any'` turns the cross-reference refinement into no constraint rather than an error.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ScenarioSchema } from '../src/lib/model/schema/scenario';

export const SCHEMA_ID = 'https://dxa-service-planner.nhs.example/models/scenario.schema.json';

/** The JSON Schema document for scenario files, as pretty-printed text ending in a newline. */
export function scenarioJsonSchemaText(): string {
	const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
	const { $schema, ...rest } = generated;
	const doc = {
		$schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
		$id: SCHEMA_ID,
		title: 'DXA Service Planner scenario',
		description: 'A scenario file for the DXA Service Planner. Generated from the zod schema in src/lib/model/schema by `npm run gen:schema`; do not edit by hand.',
		...rest
	};
	return `${JSON.stringify(doc, null, '\t')}\n`;
}

export const SCHEMA_PATH = fileURLToPath(new URL('../models/scenario.schema.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	writeFileSync(SCHEMA_PATH, scenarioJsonSchemaText());
	console.log(`wrote ${SCHEMA_PATH}`);
}
