import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/lib/cli/main';
import { parseArgs } from '../../src/lib/cli/args';
import { captureIo } from './capture';
import { readActivityCsv } from '../../src/lib/activity/read';
import { fitActivity, fittedYear } from '../../src/lib/activity/fit';
import { financialYearStart } from '../../src/lib/activity/months';
import type { AppraisalResult } from '../../src/lib/model';

const FILE = 'test/activity/fixtures/radiology-extract.csv';
const dir = mkdtempSync(join(tmpdir(), 'dxa-activity-'));
const bad = join(dir, 'bad.csv');
writeFileSync(bad, 'Month,Referrals,Scans done\nApr-24,400,n/a\nMaytime,410,390\n');

describe('cli activity <file.csv>', () => {
	it('prints what was read, the trend table, special causes and the backlog', async () => {
		const io = captureIo();
		expect(await main(['activity', FILE], io)).toBe(0);
		const out = io.stdout();
		expect(out).toContain('radiology-extract.csv: 24 months, April 2023 to March 2025');
		expect(out).toContain('    September 2024 (271): outside the process limits');
		expect(out).toContain('  Referrals: none (common-cause variation only)');
		expect(out).toContain('Waiting list: 1,980 at the end of March 2025, 1,008 of them waiting 6 weeks or more (50.9%).');
	});

	it('--json gives the fit with every month and its rules; the scans mean is 9,407 / 24', async () => {
		const io = captureIo();
		expect(await main(['activity', FILE, '--json'], io)).toBe(0);
		const j = JSON.parse(io.stdout());
		expect(j.months).toBe(24);
		expect(j.scans.limits.mean).toBeCloseTo(9407 / 24, 9);
		expect(j.scans.months.find((m: { month: string }) => m.month === 'September 2024')).toEqual({ month: 'September 2024', value: 271, rules: ['outside'] });
	});

	it('refuses a bad file with one line per problem naming row and column, exit 1, nothing on stdout', async () => {
		const io = captureIo();
		expect(await main(['activity', bad], io)).toBe(1);
		expect(io.stdout()).toBe('');
		expect(io.stderrLines()).toEqual([
			'bad.csv: row 2, column "Scans done": "n/a" is not a number',
			'bad.csv: row 3, column "Month": "Maytime" is not a month (write it as e.g. Apr-2024, April 2024, 01/04/2024 or 2024-04)'
		]);
	});

	it('a missing file is a usage error (exit 2)', async () => {
		const io = captureIo();
		expect(await main(['activity', join(dir, 'none.csv')], io)).toBe(2);
		expect(io.stderrLines()[0]).toMatch(/none\.csv: cannot read the activity file \(no such file\)$/);
	});

	it('takes one file and only --json', () => {
		expect(parseArgs(['activity'])).toEqual({ ok: false, errors: ['activity: missing the CSV file of monthly activity (e.g. activity.csv)'] });
		expect(parseArgs(['activity', 'a.csv', '--xlsx', 'o.xlsx'])).toEqual({ ok: false, errors: ['--xlsx: not used by the activity command (use it with appraise)'] });
		expect(parseArgs(['activity', 'a.csv', '--json'])).toEqual({ ok: true, command: { kind: 'activity', options: { csvPath: 'a.csv', json: true } } });
	});
});

describe('cli appraise --activity <file.csv>', () => {
	it('appraises the scenario with the fit applied: first-year demand is the fitted year, the backlog the file\'s', async () => {
		const io = captureIo();
		expect(await main(['appraise', 'models/urban-backlog.json', '--activity', FILE, '--json'], io)).toBe(0);
		const result = JSON.parse(io.stdout()) as AppraisalResult;
		const read = readActivityCsv(readFileSync(FILE, 'utf8'), 'radiology-extract.csv');
		if (!read.ok) throw new Error('fixture unreadable');
		const target = fittedYear(fitActivity(read.data).referrals!, financialYearStart(result.startYear));
		const bau = result.options.find((o) => o.businessAsUsual)!;
		// rates are kept to 3 decimals, so within a few scans of the fitted 5,952.5
		expect(Math.abs(bau.demand[0]!.total - target)).toBeLessThan(5);
		expect(bau.waitingList.startListSize).toBe(1980);
		expect(io.stderrLines().some((l) => l.startsWith('activity: Patients waiting at the start: From radiology-extract.csv: waiting list at the end of March 2025'))).toBe(true);
	});

	it('a bad activity file stops the appraisal: exit 1, nothing on stdout', async () => {
		const io = captureIo();
		expect(await main(['appraise', 'models/urban-backlog.json', '--activity', bad], io)).toBe(1);
		expect(io.stdout()).toBe('');
		expect(io.stderrLines()[0]).toBe('bad.csv: row 2, column "Scans done": "n/a" is not a number');
	});
});
