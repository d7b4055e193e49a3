import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MODELS_DIR = join(import.meta.dirname, '../../models');

/** Every example model file name in models/, the generated JSON Schema excluded. */
export function exampleModelFiles(): string[] {
	return readdirSync(MODELS_DIR)
		.filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json')
		.sort();
}

export function readModel(file: string): string {
	return readFileSync(join(MODELS_DIR, file), 'utf8');
}

/**
 * urban-backlog.json with two out-of-range values, and the errors the parser must report for
 * them (the same list the CLI prints on stderr and the API returns as a 400).
 */
export function invalidUrbanScenario(): { text: string; errors: { path: string; message: string }[] } {
	const s = JSON.parse(readModel('urban-backlog.json'));
	s.catchment.localities[0].population.under50 = -5;
	s.options[1].scannerChanges[0].sessionsPerWeek = -2;
	return {
		text: JSON.stringify(s, null, 2),
		errors: [
			{ path: 'catchment.localities[0].population.under50', message: 'must be at least 0, got -5' },
			{ path: 'options[1].scannerChanges[0].sessionsPerWeek', message: 'must be at least 0, got -2' }
		]
	};
}
