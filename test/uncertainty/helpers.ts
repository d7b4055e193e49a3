/**
 * Scenarios for the uncertainty tests: the urban example with a known set of ranges (set here, so
 * the tests do not depend on the ranges the example file ships with), parsed through the real parser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario } from '../../src/lib/model/parse';
import { formatIssues } from '../../src/lib/model/issues';
import type { Scenario } from '../../src/lib/model/schema/scenario';

export type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function exampleRaw(file = 'urban-backlog.json'): Raw {
	return JSON.parse(readFileSync(fileURLToPath(new URL(`../../models/${file}`, import.meta.url)), 'utf8'));
}

export const URBAN_RANGES = [
	{ path: 'scanners[0].dnaRate', low: 0.05, high: 0.15, distribution: { type: 'beta', alpha: 9, beta: 91 } },
	{ path: 'scanners[0].purchaseCostGbp', low: 150000, high: 300000, distribution: { type: 'gamma', shape: 25, scale: 8560 } },
	{ path: 'demand.referralRatesPer1000.age65to74', low: 8, high: 16 },
	{ path: 'fls.rrrHip', low: 0.2, high: 0.5 },
	{ path: 'scanners[0].slotMinutes.standard', low: 15, high: 25 },
	{ path: 'demand.monitoringIntervalYears', low: 2, high: 5 }
];

/** The urban example with the given uncertainty section (URBAN_RANGES by default). */
export function urbanRaw(uncertainty: Raw = { inputs: URBAN_RANGES }): Raw {
	return { ...exampleRaw(), uncertainty };
}

export function parsed(raw: Raw): Scenario {
	const r = parseScenario(raw);
	if (!r.ok) throw new Error(formatIssues(r.errors));
	return r.scenario;
}

/** Set a value in a deep copy of a raw scenario by path parts, the way a user would edit the file. */
export function edited(raw: Raw, parts: readonly (string | number)[], value: number): Raw {
	const copy = structuredClone(raw);
	let node = copy;
	for (const p of parts.slice(0, -1)) node = node[p] ??= {};
	node[parts[parts.length - 1] as string] = value;
	return copy;
}
