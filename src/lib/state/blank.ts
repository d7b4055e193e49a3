import { SCHEMA_VERSION, type ScenarioInput } from '$lib/model';

/**
 * The smallest valid scenario: one locality with no population entered yet, one static scanner on
 * the schema's defaults, and business as usual. Every other figure takes its schema default
 * (each with its source or placeholder badge), so the editor shows what still needs local data.
 */
export function blankScenario(today = new Date()): ScenarioInput {
	const year = today.getFullYear();
	return {
		schemaVersion: SCHEMA_VERSION,
		name: 'New scenario',
		description: '',
		startYear: year,
		priceBaseYear: year - 1,
		horizonYears: 10,
		catchment: {
			localities: [{ id: 'locality1', name: 'Locality 1', population: { under50: 0, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 } }]
		},
		scanners: [{ id: 'scanner1', name: 'Scanner 1', kind: 'static', installedYear: year - 3 }],
		options: [{ id: 'bau', name: 'Business as usual', businessAsUsual: true }]
	} as ScenarioInput;
}
