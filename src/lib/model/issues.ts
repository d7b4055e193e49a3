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

function show(v: unknown): string {
	if (v === undefined) return 'nothing';
	if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
	if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v);
	if (Array.isArray(v)) return 'a list';
	return 'an object';
}

function typeName(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'a list';
	return typeof v === 'object' ? 'an object' : `${typeof v} ${show(v)}`;
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
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
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
