import { describe, expect, it } from 'vitest';
import { FLAGS, helpText, parseArgs, type AppraiseOptions } from '../../src/lib/cli/args';

const base: AppraiseOptions = { scenarioPath: 's.json', activityPath: null, json: false, exports: {}, psa: null };

describe('parseArgs: valid command lines', () => {
	it.each<[string, string[], AppraiseOptions]>([
		['a file', ['appraise', 's.json'], base],
		['--json', ['appraise', 's.json', '--json'], { ...base, json: true }],
		['flags before the file', ['appraise', '--json', 's.json'], { ...base, json: true }],
		['stdin', ['appraise', '-'], { ...base, scenarioPath: '-' }],
		['a file named like a flag after --', ['appraise', '--', '--odd.json'], { ...base, scenarioPath: '--odd.json' }],
		[
			'every export',
			['appraise', 's.json', '--xlsx', 'a.xlsx', '--docx=b.docx', '--md', 'c.md', '--csv', 'd.CSV'],
			{ ...base, exports: { xlsx: 'a.xlsx', docx: 'b.docx', md: 'c.md', csv: 'd.CSV' } }
		],
		['--psa without a seed', ['appraise', 's.json', '--psa', '10000'], { ...base, psa: { iterations: 10000, seed: null } }],
		['--psa with a seed', ['appraise', 's.json', '--psa=500', '--seed', '0'], { ...base, psa: { iterations: 500, seed: 0 } }],
		['the largest seed, 2^32 - 1', ['appraise', 's.json', '--psa', '1', '--seed', '4294967295'], { ...base, psa: { iterations: 1, seed: 4294967295 } }]
	])('%s', (_label, argv, options) => {
		expect(parseArgs(argv)).toEqual({ ok: true, command: { kind: 'appraise', options } });
	});

	it.each([[['--help']], [['-h']], [['help']], [['appraise', '--help']], [['appraise', 'x.json', '--nonsense', '-h']]])('%j asks for help', (argv) => {
		expect(parseArgs(argv)).toEqual({ ok: true, command: { kind: 'help' } });
	});
});

describe('parseArgs: usage errors, all reported together', () => {
	it.each<[string, string[], string[]]>([
		['no command', [], ['missing command: try "appraise <scenario.json>"']],
		['an unknown command', ['apprise', 's.json'], ['unknown command "apprise": the commands are "appraise" and "activity"']],
		['no file', ['appraise', '--json'], ['appraise: missing the scenario file (e.g. models/urban-backlog.json, or - for standard input)']],
		['two files', ['appraise', 'a.json', 'b.json'], ['appraise: expected one scenario file, got 2: a.json b.json']],
		['an unknown option', ['appraise', 's.json', '--jsn'], ['unknown option --jsn']],
		['a repeated flag', ['appraise', 's.json', '--json', '--json'], ['--json: given more than once']],
		['a value on an on/off flag', ['appraise', 's.json', '--json=yes'], ['--json: takes no value']],
		['a missing value', ['appraise', 's.json', '--xlsx'], ['--xlsx: needs a value (out.xlsx)']],
		['a flag where the value should be', ['appraise', 's.json', '--md', '--json'], ['--md: needs a value (out.md)']],
		['the wrong extension', ['appraise', 's.json', '--docx', 'case.doc'], ['--docx: the file name must end in .docx, got "case.doc"']],
		['one file for two exports', ['appraise', 's.json', '--md', 'x.md', '--csv', 'x.md'], ['--csv: the file name must end in .csv, got "x.md"', '--csv: "x.md" is already the --md file']],
		['zero iterations', ['appraise', 's.json', '--psa', '0'], ['--psa: must be a whole number from 1 to 1000000, got "0"']],
		['a fractional iteration count', ['appraise', 's.json', '--psa', '2.5'], ['--psa: must be a whole number from 1 to 1000000, got "2.5"']],
		['too many iterations', ['appraise', 's.json', '--psa', '1000001'], ['--psa: must be a whole number from 1 to 1000000, got "1000001"']],
		['a negative seed', ['appraise', 's.json', '--psa', '10', '--seed', '-1'], ['--seed: must be a whole number from 0 to 4294967295, got "-1"']],
		['a seed of 2^32', ['appraise', 's.json', '--psa', '10', '--seed', '4294967296'], ['--seed: must be a whole number from 0 to 4294967295, got "4294967296"']],
		['a seed without --psa', ['appraise', 's.json', '--seed', '7'], ['--seed: only used with --psa <n>']],
		['several problems', ['appraise', '--jsn', '--psa', 'x'], ['unknown option --jsn', 'appraise: missing the scenario file (e.g. models/urban-backlog.json, or - for standard input)', '--psa: must be a whole number from 1 to 1000000, got "x"']]
	])('%s', (_label, argv, errors) => {
		expect(parseArgs(argv)).toEqual({ ok: false, errors });
	});
});

describe('helpText', () => {
	it('documents every flag, its group and the export date setting', () => {
		const text = helpText();
		for (const f of FLAGS) expect(text).toContain(`--${f.name}`);
		expect(text).toContain('Exports:\n  --xlsx <out.xlsx>');
		expect(text).toContain('Uncertainty:\n  --psa <n>');
		expect(text).toContain('DXA_EXPORT_DATE=YYYY-MM-DD');
	});
});
