import { readFileSync } from 'node:fs';
import { parseScenario } from '../../src/lib/model/parse';
import { appraise } from '../../src/lib/model/appraise';
import { prepareScenario } from '../../src/lib/server/store/intake';
import type { PreparedScenario } from '../../src/lib/server/store/teamStore';

export type Raw = Record<string, unknown> & { name: string; scanners: Record<string, unknown>[]; options: Record<string, unknown>[] };

export function urban(): Raw {
	return JSON.parse(readFileSync('models/urban-backlog.json', 'utf8'));
}

export function prepared(raw: unknown): PreparedScenario {
	const p = prepareScenario(raw);
	if (!p.ok) throw new Error(JSON.stringify(p.errors));
	return p.value;
}

/** The engine's own figures for a scenario as written, to check what the store summarised. */
export function engineResult(raw: unknown) {
	const p = parseScenario(raw);
	if (!p.ok) throw new Error(JSON.stringify(p.errors));
	return appraise(p.scenario);
}

export const ALICE = { name: 'Alice Hart', role: 'Lead clinician' };
export const BOB = { name: 'Bob Singh', role: 'Finance' };
