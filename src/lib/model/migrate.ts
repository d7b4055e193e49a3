import { SCHEMA_VERSION } from './schema/scenario';
import { TOO_LARGE } from './issues';

type Json = Record<string, unknown>;

/**
 * Upgrades from older scenario formats, keyed by the version they upgrade from.
 * Version 0 was the pre-release draft: `horizon` instead of `horizonYears`, and the discount rate
 * written as a percentage (`discountRatePercent: 3.5`) rather than a fraction.
 */
export const MIGRATIONS: Record<number, (s: Json) => Json> = {
	0: (s) => {
		const { horizon, ...rest } = s;
		const out: Json = { ...rest, schemaVersion: 1 };
		if (horizon !== undefined && out.horizonYears === undefined) out.horizonYears = horizon;
		const appraisal = out.appraisal as Json | undefined;
		if (appraisal && typeof appraisal === 'object' && 'discountRatePercent' in appraisal) {
			const { discountRatePercent, ...a } = appraisal;
			out.appraisal = typeof discountRatePercent === 'number' ? { ...a, discountRate: discountRatePercent / 100 } : { ...a, discountRatePercent };
		}
		return out;
	}
};

export type MigrationResult = { ok: true; value: unknown; migratedFrom?: number } | { ok: false; message: string };

/** Bring a raw scenario object up to the current schema version, or say why it cannot be. */
export function migrate(raw: unknown): MigrationResult {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, message: 'a scenario must be a JSON object' };
	const v = (raw as Json).schemaVersion;
	if (v === undefined) return { ok: false, message: `schemaVersion: required (current version is ${SCHEMA_VERSION})` };
	if (typeof v === 'number' && !Number.isFinite(v)) return { ok: false, message: `schemaVersion: must be a whole number (the current version is ${SCHEMA_VERSION}), got ${TOO_LARGE}` };
	if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return { ok: false, message: `schemaVersion: must be a whole number, got ${JSON.stringify(v)}` };
	if (v > SCHEMA_VERSION) return { ok: false, message: `schemaVersion: ${v} is newer than this version of the planner supports (${SCHEMA_VERSION}); update the planner` };
	let value = raw as Json;
	for (let from = v; from < SCHEMA_VERSION; from++) {
		const step = MIGRATIONS[from];
		if (!step) return { ok: false, message: `schemaVersion: no migration from version ${from}` };
		value = step(value);
	}
	return { ok: true, value, migratedFrom: v < SCHEMA_VERSION ? v : undefined };
}
