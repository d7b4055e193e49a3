/**
 * Small hand-checkable scenarios for unit tests. `rawScenario()` is a minimal valid file: one
 * locality with round-number populations and no growth, one static scanner on default figures
 * and a business-as-usual option. Tests change a copy and parse it with `scenarioFrom`, so every
 * default the engine sees comes from the real schema.
 */
import { parseScenario } from '../../src/lib/model/parse';
import { formatIssues } from '../../src/lib/model/issues';
import type { Scenario } from '../../src/lib/model/schema/scenario';

export type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export const FLAT_GROWTH = { under50: 0, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 };

/**
 * Population 138,000: under 50 100,000; 50-64 20,000; 65-74 10,000; 75-84 6,000; 85+ 2,000.
 * At the default referral rates (0.5, 6, 12, 14, 8 per 1,000) that is
 * 50 + 120 + 120 + 84 + 16 = 390 new referrals a year.
 */
export function rawScenario(): Raw {
	return {
		schemaVersion: 1,
		name: 'Test scenario',
		startYear: 2026,
		priceBaseYear: 2025,
		horizonYears: 10,
		catchment: {
			localities: [
				{
					id: 'town',
					name: 'Town',
					population: { under50: 100000, age50to64: 20000, age65to74: 10000, age75to84: 6000, age85plus: 2000 },
					growth: { ...FLAT_GROWTH }
				}
			]
		},
		scanners: [{ id: 'main', name: 'Main scanner', installedYear: 2020 }],
		options: [{ id: 'bau', name: 'Business as usual', businessAsUsual: true }]
	};
}

/** Parse a raw scenario, failing the test with the error list if it is invalid. */
export function scenarioFrom(raw: unknown): Scenario {
	const r = parseScenario(raw);
	if (!r.ok) throw new Error(`test scenario is invalid:\n${formatIssues(r.errors)}`);
	return r.scenario;
}

/** A copy of the minimal scenario changed by `edit`, parsed. */
export function scenarioWith(edit: (raw: Raw) => void): Scenario {
	const raw = rawScenario();
	edit(raw);
	return scenarioFrom(raw);
}
