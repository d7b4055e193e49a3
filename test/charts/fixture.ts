import { readFileSync } from 'node:fs';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { appraise } from '../../src/lib/model/appraise';
import type { AppraisalResult } from '../../src/lib/model/results';

/** The engine's result for the urban-backlog example: the charts are tested against it. */
export function urbanBacklog(): AppraisalResult {
	const parsed = parseScenarioJson(readFileSync(new URL('../../models/urban-backlog.json', import.meta.url), 'utf8'));
	if (!parsed.ok) throw new Error(`urban-backlog.json does not parse: ${JSON.stringify(parsed.errors)}`);
	return appraise(parsed.scenario);
}

/** Occurrences of a literal substring. */
export function count(haystack: string, needle: string): number {
	return haystack.split(needle).length - 1;
}

/** The inner markup of the first `<g class="NAME">` group up to its first closing tag (the chart pieces do not nest groups). */
export function group(html: string, className: string): string[] {
	const out: string[] = [];
	const open = `<g class="${className}"`;
	let at = html.indexOf(open);
	while (at >= 0) {
		const end = html.indexOf('</g>', at);
		out.push(html.slice(at, end));
		at = html.indexOf(open, end);
	}
	return out;
}

/** Body rows of the data table. */
export function tableRows(html: string): number {
	const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
	return count(body, '<tr');
}

/** Server-rendered markup without hydration comments and Svelte's scoping classes. */
export function clean(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/class="svelte-[a-z0-9]+ /g, 'class="')
		.replace(/ svelte-[a-z0-9]+/g, '')
		.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ class=""/g, '');
}
