import { appraise } from '../model/appraise';
import type { ParseResult } from '../model/parse';
import type { InputIssue } from '../model/issues';
import type { Scenario } from '../model/schema/scenario';
import { AppraisalResultSchema, type AppraisalResult } from '../model/results';
import { formatPath } from '../model/issues';

/**
 * What the CLI and `POST /api/appraise` do with a parsed scenario, in one place so both give the
 * same answer: an invalid scenario yields its error list; a valid one is appraised and the
 * result checked against the published output schema before anyone sees it.
 */
export type AppraiseOutcome =
	| { ok: true; scenario: Scenario; result: AppraisalResult; migratedFrom?: number }
	| { ok: false; kind: 'invalid'; errors: InputIssue[] }
	| { ok: false; kind: 'internal'; message: string };

/**
 * Appraise a parse result. The engine promises never to throw on a valid scenario and never to
 * produce NaN or Infinity (zod 4's z.number() rejects both); if either promise is broken the
 * caller gets an `internal` outcome naming the first bad field rather than a stack trace or a
 * partial result (domain rule: never a partial result).
 */
export function appraiseParsed(parsed: ParseResult): AppraiseOutcome {
	if (!parsed.ok) return { ok: false, kind: 'invalid', errors: parsed.errors };
	let result: AppraisalResult;
	try {
		result = appraise(parsed.scenario);
	} catch (e) {
		return { ok: false, kind: 'internal', message: `the engine failed on a valid scenario: ${e instanceof Error ? e.message : String(e)}` };
	}
	const checked = AppraisalResultSchema.safeParse(result);
	if (!checked.success) {
		const first = checked.error.issues[0];
		const where = first ? `${formatPath(first.path)}: ${first.message}` : 'unknown field';
		return { ok: false, kind: 'internal', message: `the engine's result does not match its output schema (${where})` };
	}
	return { ok: true, scenario: parsed.scenario, result, migratedFrom: parsed.migratedFrom };
}
