import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appraise } from '../../src/lib/model/appraise';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { AppraisalResultSchema } from '../../src/lib/model/results';
import { gbpMillions as formatGbpMillions } from '../../src/lib/present';
import { invalidUrbanScenario, readModel } from '../api/fixtures';
import { runCli } from './run-cli';

/** Child processes start tsx: allow for a busy two-core machine (this is not a speed test). */
const SLOW = 60_000;
const URBAN = 'models/urban-backlog.json';

function engineResult(file: string) {
	const parsed = parseScenarioJson(readModel(file));
	if (!parsed.ok) throw new Error(`${file} should be valid`);
	return appraise(parsed.scenario);
}

const tmp = mkdtempSync(join(tmpdir(), 'dxa-cli-'));

/** The real process: exit codes, stdout and stderr as a user or script sees them. The rest of the CLI's behaviour is tested in-process in main.test.ts. */
describe('cli appraise (child process)', () => {
	it(
		'prints a table with every option in rank order and the preferred option with its reason',
		async () => {
			const r = await runCli(['appraise', URBAN]);
			expect(r.code).toBe(0);
			expect(r.stderr).toBe('');
			const expected = engineResult('urban-backlog.json');
			const preferred = expected.options.find((o) => o.id === expected.preferredOptionId);
			if (!preferred) throw new Error('engine names a preferred option');
			for (const o of expected.options) expect(r.stdout).toContain(o.name);
			expect(r.stdout).toContain(`Preferred option: ${preferred.name}\n`);
			const lines = r.stdout.split('\n');
			// Rows are in rank order: the preferred option's row is the first after the header rule.
			const rule = lines.findIndex((l) => /^-{4}\s+-+/.test(l));
			expect(lines[rule + 1]).toMatch(new RegExp(`^\\s+1  ${preferred.name}\\s`));
			expect(lines[rule + 1]).toContain(formatGbpMillions(preferred.summary.netPresentCostGbp));
			expect(lines.slice(rule + 1, rule + 1 + expected.options.length)).toHaveLength(expected.options.length);
			expect(r.stdout).toMatch(/^Flags and warnings:/m);
		},
		SLOW
	);

	it(
		'--json prints the AppraisalResult: valid against its schema, NPC equal to the in-process engine',
		async () => {
			const r = await runCli(['appraise', URBAN, '--json']);
			expect(r.code).toBe(0);
			expect(r.stderr).toBe('');
			const checked = AppraisalResultSchema.safeParse(JSON.parse(r.stdout));
			expect(checked.success).toBe(true);
			const out = checked.data;
			const expected = engineResult('urban-backlog.json');
			expect(out?.options.map((o) => [o.id, o.summary.netPresentCostGbp])).toEqual(expected.options.map((o) => [o.id, o.summary.netPresentCostGbp]));
			expect(out?.preferredOptionId).toBe(expected.preferredOptionId);
		},
		SLOW
	);

	it(
		'an invalid scenario: exit 1, each error on stderr as "path: message", nothing on stdout',
		async () => {
			const { text, errors } = invalidUrbanScenario();
			const file = join(tmp, 'invalid.json');
			writeFileSync(file, text);
			const r = await runCli(['appraise', file]);
			expect(r.code).toBe(1);
			expect(r.stdout).toBe('');
			expect(r.stderr.trimEnd().split('\n')).toEqual(errors.map((e) => `${e.path}: ${e.message}`));
			expect(r.stderr).toContain('options[1].scannerChanges[0].sessionsPerWeek: must be at least 0, got -2\n');
		},
		SLOW
	);

	it(
		'a missing file: exit 2, the path on stderr, nothing on stdout',
		async () => {
			const missing = join(tmp, 'no-such-scenario.json');
			const r = await runCli(['appraise', missing]);
			expect(r.code).toBe(2);
			expect(r.stdout).toBe('');
			expect(r.stderr).toBe(`${missing}: cannot read the scenario file (no such file)\n`);
		},
		SLOW
	);
});
