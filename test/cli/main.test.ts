import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/lib/cli/main';
import { EXIT } from '../../src/lib/cli/run';
import { appraise } from '../../src/lib/model/appraise';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { AppraisalResultSchema } from '../../src/lib/model/results';
import { exampleModelFiles, MODELS_DIR, readModel } from '../api/fixtures';
import { captureIo } from './capture';

const tmp = mkdtempSync(join(tmpdir(), 'dxa-cli-main-'));

describe('main(): every example model', () => {
	it.each(exampleModelFiles())('%s: table with every option, and --json equal to the engine', async (file) => {
		const parsed = parseScenarioJson(readModel(file));
		if (!parsed.ok) throw new Error(`${file} should be valid`);
		const expected = appraise(parsed.scenario);

		const table = captureIo();
		expect(await main(['appraise', join(MODELS_DIR, file)], table)).toBe(EXIT.ok);
		for (const o of expected.options) expect(table.stdout()).toContain(o.name);
		expect(table.stdout()).not.toMatch(/NaN|Infinity|undefined/);
		expect(table.stderrLines()).toEqual([]);

		const json = captureIo();
		expect(await main(['appraise', join(MODELS_DIR, file), '--json'], json)).toBe(EXIT.ok);
		const out: unknown = JSON.parse(json.stdout());
		expect(AppraisalResultSchema.safeParse(out).success).toBe(true);
		expect(out).toEqual(JSON.parse(JSON.stringify(expected)));
	});
});

describe('main(): input handling', () => {
	it('reads standard input for "-"', async () => {
		const io = captureIo(readModel('urban-backlog.json'));
		expect(await main(['appraise', '-', '--json'], io)).toBe(EXIT.ok);
		expect(JSON.parse(io.stdout()).scenarioName).toBe('Urban trust: clearing the DXA backlog');
	});

	it('not JSON: exit 1, one (file) error, nothing on stdout', async () => {
		const file = join(tmp, 'broken.json');
		writeFileSync(file, '{"name": "half a scenario",');
		const io = captureIo();
		expect(await main(['appraise', file], io)).toBe(EXIT.invalidScenario);
		expect(io.stdout()).toBe('');
		expect(io.stderrLines()).toHaveLength(1);
		expect(io.stderrLines()[0]).toMatch(/^\(file\): not valid JSON: /);
	});

	it('a directory instead of a file: exit 2', async () => {
		const io = captureIo();
		expect(await main(['appraise', tmp], io)).toBe(EXIT.usage);
		expect(io.stderrLines()).toEqual([`${tmp}: is a directory, not a scenario file`]);
	});

	it('bad arguments: exit 2, every problem listed, then a pointer to --help', async () => {
		const io = captureIo();
		expect(await main(['appraise', 'models/urban-backlog.json', '--psa', 'many', '--frobnicate'], io)).toBe(EXIT.usage);
		expect(io.stdout()).toBe('');
		expect(io.stderrLines()).toEqual(['unknown option --frobnicate', '--psa: must be a whole number from 1 to 1000000, got "many"', 'Run with --help for usage.']);
	});

	it('--help wins over other arguments and lists the exit codes', async () => {
		const io = captureIo();
		expect(await main(['appraise', '--bogus', '--help'], io)).toBe(EXIT.ok);
		expect(io.stdout()).toContain('Usage:');
		expect(io.stdout()).toContain('  1  the scenario is not valid');
	});
});
