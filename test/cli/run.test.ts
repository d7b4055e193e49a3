/**
 * `cli appraise` with its real handlers, in process: the PSA runs first and its result goes into
 * --json and the exports; input files are read as the API reads a body; an output that is the
 * scenario file, or a bad DXA_EXPORT_DATE, is refused before any work; a failing export leaves no
 * file behind.
 */
import { existsSync, linkSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/lib/cli/args';
import { EXIT, runAppraise } from '../../src/lib/cli/run';
import { exportDate } from '../../src/lib/cli/handlers/exports';
import { runPsa } from '../../src/lib/model/uncertainty';
import { parseScenarioJson } from '../../src/lib/model/parse';
import { MODELS_DIR, readModel } from '../api/fixtures';
import { captureIo } from './capture';

const URBAN = join(MODELS_DIR, 'urban-backlog.json');
const tmp = mkdtempSync(join(tmpdir(), 'dxa-cli-run-'));
const SLOW = 120_000;

function options(argv: string[]) {
	const parsed = parseArgs(['appraise', ...argv]);
	if (!parsed.ok || parsed.command.kind !== 'appraise') throw new Error(`bad test arguments: ${argv.join(' ')}`);
	return parsed.command.options;
}

const savedDate = process.env.DXA_EXPORT_DATE;
afterEach(() => {
	if (savedDate === undefined) delete process.env.DXA_EXPORT_DATE;
	else process.env.DXA_EXPORT_DATE = savedDate;
});

describe('--psa and the exports, wired directly', () => {
	it('--json carries the PSA as the engine\'s result, and the file notices go to stderr', async () => {
		const io = captureIo();
		const csv = join(tmp, 'psa.csv');
		expect(await runAppraise(options([URBAN, '--json', '--psa', '20', '--seed', '3', '--csv', csv]), io)).toBe(EXIT.ok);
		const parsed = parseScenarioJson(readModel('urban-backlog.json'));
		if (!parsed.ok) throw new Error('urban example invalid');
		expect(JSON.parse(io.stdout()).psa).toEqual(JSON.parse(JSON.stringify(runPsa(parsed.scenario, { iterations: 20, seed: 3 }))));
		expect(io.stderrLines()).toEqual([`wrote ${csv}`]);
	}, SLOW);

	it('the table, then the PSA summary, then the files written with the run named', async () => {
		const io = captureIo();
		const md = join(tmp, 'case.md');
		expect(await runAppraise(options([URBAN, '--psa', '10', '--md', md]), io)).toBe(EXIT.ok);
		const out = io.stdout();
		expect(out.indexOf('Preferred option:')).toBeLessThan(out.indexOf('Probabilistic sensitivity analysis: 10 iterations, seed 1,'));
		expect(out.endsWith(`wrote ${md} (with the probabilistic analysis: 10 runs, seed 1)`)).toBe(true);
		// The exporter received the sensitivity the CLI worked out (the urban example has ranges) and the run.
		const text = readFileSync(md, 'utf8');
		expect(text).toContain('### Appendix H: Sensitivity analysis');
		expect(text).toContain('In 10 model runs');
	}, SLOW);
});

describe('reading the scenario file', () => {
	it('accepts a UTF-8 byte-order mark, as the API does', async () => {
		const file = join(tmp, 'bom.json');
		writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(readModel('urban-backlog.json'))]));
		const io = captureIo();
		expect(await runAppraise(options([file, '--json']), io)).toBe(EXIT.ok);
		expect(JSON.parse(io.stdout()).scenarioName).toBe('Urban trust: clearing the DXA backlog');
		const stdin = captureIo(`\ufeff${readModel('urban-backlog.json')}`);
		expect(await runAppraise(options(['-', '--json']), stdin)).toBe(EXIT.ok);
	});

	it('refuses bytes that are not UTF-8 with a message, not replacement characters', async () => {
		const file = join(tmp, 'latin1.json');
		writeFileSync(file, Buffer.from('{"name": "Ysbyty Gwynedd \xe2"}', 'latin1'));
		const io = captureIo();
		expect(await runAppraise(options([file]), io)).toBe(EXIT.usage);
		expect(io.stderrLines()).toEqual([`${file}: is not UTF-8 text (save the scenario as UTF-8 JSON)`]);
	});

	it('a file with 250 problems gets the first 100 on stderr, one a line, then a count of the other 150', async () => {
		// 50 localities x 5 negative band populations = 250 problems; the first 100 are localities 0-19.
		const raw = JSON.parse(readModel('urban-backlog.json'));
		const bad = { under50: -1, age50to64: -1, age65to74: -1, age75to84: -1, age85plus: -1 };
		raw.catchment.localities = Array.from({ length: 50 }, (_, i) => ({ id: `l${i}`, name: `L${i}`, population: bad }));
		const file = join(tmp, 'many-problems.json');
		writeFileSync(file, JSON.stringify(raw));
		const io = captureIo();
		expect(await runAppraise(options([file]), io)).toBe(EXIT.invalidScenario);
		const lines = io.stderrLines().filter((l) => l !== '');
		const problems = lines.filter((l) => l.startsWith('catchment.localities['));
		expect(problems).toHaveLength(100);
		expect(problems[0]).toBe('catchment.localities[0].population.under50: must be at least 0, got -1');
		expect(problems[99]).toBe('catchment.localities[19].population.age85plus: must be at least 0, got -1');
		expect(lines).toContain('(scenario): and 150 more problems not listed; fix these first and check again');
		expect(lines.length).toBeLessThan(110);
	});
});

describe('outputs refused before any work', () => {
	it('an export file that is the scenario file itself, by name or through a hard link', async () => {
		const scenario = join(tmp, 'plan.md');
		writeFileSync(scenario, readModel('urban-backlog.json'));
		const link = join(tmp, 'link.md');
		linkSync(scenario, link);
		for (const target of [scenario, join(tmp, '.', 'plan.md'), link]) {
			const io = captureIo();
			expect(await runAppraise(options([scenario, '--md', target]), io)).toBe(EXIT.usage);
			expect(io.stderrLines()).toEqual([`--md: "${target}" is the scenario file itself; writing it would overwrite your scenario, so choose another file name`]);
			expect(readFileSync(scenario, 'utf8')).toBe(readModel('urban-backlog.json'));
		}
	});

	it.each([
		['not a date', 'tomorrow', 'must be a date written YYYY-MM-DD (e.g. 2026-04-01), or unset for today'],
		['day first', '01-04-2026', 'must be a date written YYYY-MM-DD (e.g. 2026-04-01), or unset for today'],
		['no 30 February', '2026-02-30', 'is not a date in the calendar'],
		['no month 13', '2026-13-01', 'is not a date in the calendar']
	])('DXA_EXPORT_DATE %s: exit 2 and a message, no file', async (_label, value, why) => {
		process.env.DXA_EXPORT_DATE = value;
		const out = join(tmp, `dated-${value}.csv`);
		const io = captureIo();
		expect(await runAppraise(options([URBAN, '--csv', out]), io)).toBe(EXIT.usage);
		expect(io.stderrLines()).toEqual([`DXA_EXPORT_DATE: ${why}, got "${value}"`]);
		expect(existsSync(out)).toBe(false);
	});

	it('exportDate: unset or empty is today; 2028-02-29 is a leap day', () => {
		expect(exportDate(undefined)).toEqual({ ok: true, date: undefined });
		expect(exportDate('')).toEqual({ ok: true, date: undefined });
		expect(exportDate('2028-02-29')).toEqual({ ok: true, date: '2028-02-29' });
		expect(exportDate('2027-02-29').ok).toBe(false);
	});
});

describe('a failing export leaves nothing behind', () => {
	it('the files before the failure are removed and a file already there is left as it was', async () => {
		const dir = join(tmp, 'partial');
		mkdirSync(dir);
		const csv = join(dir, 'out.csv');
		const xlsx = join(dir, 'out.xlsx');
		writeFileSync(xlsx, 'the earlier workbook');
		// Files are written in the order xlsx, docx, md, csv: the workbook first, then md into a missing folder fails.
		const md = join(dir, 'missing', 'out.md');
		const io = captureIo();
		expect(await runAppraise(options([URBAN, '--csv', csv, '--xlsx', xlsx, '--md', md]), io)).toBe(EXIT.internal);
		expect(io.stdout()).toBe('');
		expect(io.stderrLines()).toEqual([`error: cannot write ${md}: ENOENT; no export files were written`]);
		expect(existsSync(csv)).toBe(false);
		expect(readFileSync(xlsx, 'utf8')).toBe('the earlier workbook');
		expect(existsSync(`${xlsx}.${process.pid}.partial`)).toBe(false);
	}, SLOW);
});
