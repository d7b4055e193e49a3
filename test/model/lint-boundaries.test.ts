/**
 * The import boundaries in eslint.config.js, run through ESLint itself on code placed (virtually)
 * in the engine and in the exporters: each rule fails on a violation and passes the real kinds of
 * import, so neither can be dropped or mistyped without a test failing.
 *  - src/lib/model imports nothing from export, charts, state, components, routes, server, cli or
 *    workers (they read the engine's results, never the other way round).
 *  - src/lib/export never runs the engine (appraise, the kernel, the sensitivity, switching values
 *    or PSA): it receives their results, and may import their types and the engine's constants.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });
/** Loading the configuration (typescript-eslint, svelte) takes seconds on a busy machine: once, first. */
beforeAll(() => eslint.lintText('', { filePath: `${ROOT}src/lib/model/boundaryProbe.ts` }), 120_000);
const SLOW = 30_000;

/** The restricted-import messages ESLint gives `code` as if it were the file at `path`. */
async function restricted(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
	return (result?.messages ?? []).filter((m) => /no-restricted-imports/.test(m.ruleId ?? '')).map((m) => m.message);
}

describe('the engine imports nothing that reads it', () => {
	const file = 'src/lib/model/boundaryProbe.ts';
	for (const [from, what] of [
		['../export/csv', 'export'],
		['../charts/scales', 'charts'],
		['../state/analyses.svelte', 'state'],
		['../components/NumberInput.svelte', 'components'],
		['../../routes/workspace/options/metrics', 'routes'],
		['../server/responses', 'server'],
		['../cli/run', 'cli'],
		['../workers/psaClient', 'workers'],
		['$lib/export/csv', '$lib']
	] as const)
		it(`refuses an import from ${what} (${from})`, async () => {
			const messages = await restricted(file, `import { x } from '${from}';\nexport const y = x;\n`);
			expect(messages, messages.join('\n')).toHaveLength(1);
			expect(messages[0]).toMatch(/must not import/);
		}, SLOW);

	it('allows the engine its own modules', async () => {
		expect(await restricted(file, "import { appraise } from './appraise';\nimport type { Scenario } from './schema/scenario';\nexport const f = (s: Scenario) => appraise(s);\n")).toEqual([]);
	}, SLOW);
});

describe('exporters never run the engine', () => {
	const file = 'src/lib/export/boundaryProbe.ts';
	for (const code of [
		"import { appraise } from '../model/appraise';",
		"import { appraise } from '../model';",
		"import { sensitivityAnalyses } from '../model/uncertainty';",
		"import { oneWaySensitivity } from '../model/uncertainty/sensitivity';",
		"import { runPsa } from '../../model/uncertainty';",
		"import { optionKernel } from '../model/kernel';"
	])
		it(`refuses ${code}`, async () => {
			const messages = await restricted(file, `${code}\nexport const used = [${/\{ (\w+) \}/.exec(code)![1]}];\n`);
			expect(messages, messages.join('\n')).toHaveLength(1);
			expect(messages[0]).toMatch(/never run the engine/);
		}, SLOW);

	it('allows the results\' types, the analyses\' types and the engine\'s constants', async () => {
		const code = [
			"import { CAPITAL_CATEGORIES, type AppraisalResult } from '../model';",
			"import type { PsaResult, SensitivityAnalyses } from '../model/uncertainty';",
			"import type { TornadoBar } from '../model/uncertainty/types';",
			'export const f = (r: AppraisalResult, p: PsaResult, s: SensitivityAnalyses, b: TornadoBar) => [r, p, s, b, CAPITAL_CATEGORIES];'
		].join('\n');
		expect(await restricted(file, code)).toEqual([]);
	}, SLOW);
});
