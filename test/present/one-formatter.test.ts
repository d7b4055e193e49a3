import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * One presentation layer (src/lib/present): numbers, money, months and years are formatted there
 * and nowhere else, so a second formatter cannot grow. Any other source file that formats a number
 * or names a month by hand fails this test. Files other helpers own that still format locally are
 * listed with how many such calls they hold: the list may only shrink (a new call, or a new file,
 * fails), and each entry says why it is there.
 */
const ROOT = join(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

const PATTERNS: { name: string; re: RegExp }[] = [
	{ name: 'Intl.NumberFormat', re: /Intl\.(NumberFormat|DateTimeFormat)/g },
	{ name: 'toLocaleString', re: /\.toLocaleString\(/g },
	{ name: 'toLocaleDateString', re: /\.toLocale(Date|Time)String\(/g },
	{ name: 'toFixed', re: /\.toFixed\(/g },
	{ name: 'd3-format', re: /['"]d3-format['"]|\bformat\s*\}\s*from\s*['"]d3['"]/g },
	{ name: 'month names', re: /['"](January|February|September|Sept?|Oct|Nov|Dec)['"]/g }
];

/** Existing local formatting in files owned by other helpers (counts of matches), to be moved to the presentation layer by their owners. */
const ALLOWED: Record<string, number> = {
	// The engine writes its own messages (error texts, switching-value statements, the reason string
	// kept in the JSON result); the app and documents show the presentation layer's wording instead.
	'src/lib/model/ranking.ts': 3,
	'src/lib/model/issues.ts': 2,
	'src/lib/model/parse.ts': 2,
	'src/lib/model/uncertainty/switching.ts': 2,
	'src/lib/model/uncertainty/distributions.ts': 1,
	// CLI wiring and the PSA handler (engine, #9).
	'src/lib/cli/args.ts': 1,
	'src/lib/cli/handlers/psa.ts': 3,
	'src/lib/cli/handlers/exports.ts': 1,
	// Request and file limits (engine, #9; team store, #13) and file loading.
	'src/lib/server/readBody.ts': 1,
	'src/lib/server/store/readBytes.ts': 1,
	'src/lib/state/files.ts': 1,
	// Uncertainty page (engine, #9), share link (team, #13), Methods page input table.
	'src/routes/workspace/uncertainty/+page.svelte': 5,
	'src/routes/workspace/ShareLink.svelte': 1,
	'src/routes/methods/InputTable.svelte': 2,
	// Activity data and guided setup (#12): month names to read dates written in activity files
	// (parsing, not display), and figures in their own messages, offers and setup steps.
	'src/lib/activity/months.ts': 3,
	'src/lib/activity/read.ts': 2,
	'src/lib/activity/offer.ts': 8,
	'src/lib/state/activity.svelte.ts': 2,
	'src/lib/components/activity/OfferPanel.svelte': 1,
	'src/routes/workspace/activity/FitSummary.svelte': 2,
	'src/routes/workspace/activity/VariationPanel.svelte': 5,
	'src/routes/setup/CatchmentStep.svelte': 4,
	'src/routes/setup/EntryField.svelte': 1,
	'src/routes/setup/OptionsStep.svelte': 2,
	'src/routes/setup/ServiceStep.svelte': 3,
	'src/lib/review/warnings.ts': 2,
	'src/lib/cli/activityReport.ts': 3,
	// Team spaces (#13): dates of versions and sign-offs in the reader's time zone, and the saved-at line.
	'src/lib/team/format.ts': 2,
	'src/lib/state/workspace.svelte.ts': 1
};

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

function matches(text: string): number {
	return PATTERNS.reduce((n, p) => n + (text.match(p.re)?.length ?? 0), 0);
}

describe('one presentation layer', () => {
	const files = sources(SRC).filter((f) => !relative(SRC, f).startsWith(join('lib', 'present')));

	it('no source file outside src/lib/present formats numbers or months itself (beyond the listed files)', () => {
		const found: Record<string, number> = {};
		for (const f of files) {
			const n = matches(readFileSync(f, 'utf8'));
			if (n) found[relative(ROOT, f)] = n;
		}
		const over = Object.entries(found).filter(([f, n]) => n > (ALLOWED[f] ?? 0));
		expect(over.map(([f, n]) => `${f}: ${n} formatting calls (allowed ${ALLOWED[f] ?? 0}); use src/lib/present`)).toEqual([]);
	});

	it('the test sees a formatter when there is one (the patterns match)', () => {
		expect(matches("const f = new Intl.NumberFormat('en-GB'); x.toFixed(2); y.toLocaleString('en-GB'); import { format } from 'd3-format'; ['January']")).toBe(5);
	});
});
