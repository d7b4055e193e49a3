import type { z } from 'zod';

/** One problem with an input, with the path of the field it concerns. */
export interface InputIssue {
	path: string;
	message: string;
}

/** `options[1].sessionsPerWeek` from `['options', 1, 'sessionsPerWeek']`. */
export function formatPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const p of path) {
		if (typeof p === 'number') out += `[${p}]`;
		else out += out ? `.${String(p)}` : String(p);
	}
	return out || '(scenario)';
}

/** Most problems listed for one scenario; the rest are counted (capIssues). */
export const MAX_LISTED_ISSUES = 100;

/**
 * The first MAX_LISTED_ISSUES problems, then one line saying how many more there are. A hostile
 * or badly generated file can hold a hundred thousand problems; nobody reads past the first page,
 * and a response listing them all runs to tens of megabytes.
 */
export function capIssues(issues: readonly InputIssue[], max = MAX_LISTED_ISSUES): InputIssue[] {
	if (issues.length <= max) return [...issues];
	const more = issues.length - max;
	return [...issues.slice(0, max), { path: '(scenario)', message: `and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} not listed; fix these first and check again` }];
}

/**
 * JSON cannot write NaN or Infinity, so a non-finite number in a parsed file is one too large to
 * represent (e.g. 1e400), which JSON.parse turns into Infinity.
 */
export const TOO_LARGE = 'a number too large to represent (beyond about 1.8e308)';

function show(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (typeof v === 'number' && !Number.isFinite(v)) return TOO_LARGE;
	if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
	if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
	if (Array.isArray(v)) return 'a list';
	return 'an object';
}

function typeName(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	if (typeof v === 'number' && !Number.isFinite(v)) return TOO_LARGE;
	return typeof v === 'object' ? 'an object' : `${typeof v} ${show(v)}`;
}

/** `"a", "b", "c" and 12 more`: a long list of names cut short for a message. */
function listed(names: readonly string[], max = 5): string {
	const shown = names.slice(0, max).map((n) => `"${n}"`).join(', ');
	return names.length > max ? `${shown} and ${(names.length - max).toLocaleString('en-GB')} more` : shown;
}

/** Plain-English message for one zod issue. */
function message(issue: z.core.$ZodIssue): string {
	const input = (issue as { input?: unknown }).input;
	switch (issue.code) {
		case 'too_small': {
			const min = Number(issue.minimum);
			if (issue.origin === 'array') return `must have at least ${min} item${min === 1 ? '' : 's'}`;
			if (issue.origin === 'string') return `must not be empty`;
			return issue.inclusive === false ? `must be more than ${min}, got ${show(input)}` : `must be at least ${min}, got ${show(input)}`;
		}
		case 'too_big': {
			const max = Number(issue.maximum);
			if (issue.origin === 'array') return `must have at most ${max} items`;
			if (issue.origin === 'string') return `must be at most ${max} characters`;
			return issue.inclusive === false ? `must be less than ${max}, got ${show(input)}` : `must be at most ${max}, got ${show(input)}`;
		}
		case 'invalid_type':
			if (input === undefined) return 'required';
			return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${typeName(input)}`;
		case 'not_multiple_of':
			return `must be a multiple of ${String(issue.divisor)}, got ${show(input)}`;
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${listed(issue.keys)}`;
		case 'invalid_value':
			return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${show(input)}`;
		case 'invalid_format':
			return `${issue.message ?? 'wrong format'}, got ${show(input)}`;
		default:
			return issue.message;
	}
}

/**
 * Flatten zod issues to a list of `{ path, message }`. A number-or-formula union that failed on a
 * number reports the number's own problem (e.g. "must be at least 0, got -2"), not the union.
 */
export function zodIssues(error: z.core.$ZodError): InputIssue[] {
	const out: InputIssue[] = [];
	const visit = (issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]) => {
		const path = [...prefix, ...issue.path];
		if (issue.code === 'invalid_union') {
			const input = (issue as { input?: unknown }).input;
			// A tagged choice (e.g. a distribution's "type") whose tag matches none of the choices.
			const tagged = issue as { discriminator?: string; options?: unknown[] };
			if (tagged.discriminator) {
				const given = typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[tagged.discriminator] : undefined;
				const allowed = (tagged.options ?? []).map((o) => JSON.stringify(o)).join(', ');
				return out.push({ path: formatPath(path), message: given === undefined ? `required: one of ${allowed}` : `must be one of ${allowed}, got ${show(given)}` });
			}
			const branches = issue.errors;
			const pick = typeof input === 'number' ? branches[0] : typeof input === 'object' && input !== null && 'formula' in input ? branches[1] : undefined;
			if (pick && pick.length) return pick.forEach((i) => visit(i, path));
			return out.push({ path: formatPath(path), message: input === undefined ? 'required' : `expected a number or {"formula": "..."}, got ${typeName(input)}` });
		}
		out.push({ path: formatPath(path), message: message(issue) });
	};
	error.issues.forEach((i) => visit(i, []));
	return out;
}

export function formatIssues(issues: readonly InputIssue[]): string {
	return issues.map((i) => `${i.path}: ${i.message}`).join('\n');
}
