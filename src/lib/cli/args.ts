/**
 * Command-line arguments for `cli appraise`, parsed into a typed options object. Flags are
 * declared once in FLAGS (name, value, help, who handles them); the parser and the --help text
 * both read that table, so adding a flag is: add a FLAGS entry, add its field to AppraiseOptions,
 * fill it in `toOptions`, and act on it in run.ts.
 */

/** Files requested by the export flags (handlers/exports.ts). */
export interface ExportTargets {
	xlsx?: string;
	docx?: string;
	md?: string;
	csv?: string;
}

/** A probabilistic sensitivity analysis request (handlers/psa.ts). */
export interface PsaRequest {
	iterations: number;
	/** null: the scenario's own seed (uncertainty.seed, default 1). */
	seed: number | null;
}

export interface AppraiseOptions {
	/** Path of the scenario JSON file; "-" reads standard input. */
	scenarioPath: string;
	/** A CSV of monthly activity whose fit is applied to the scenario before it is appraised (handlers/activity.ts). */
	activityPath: string | null;
	/** Print the full AppraisalResult as JSON instead of the table. */
	json: boolean;
	exports: ExportTargets;
	psa: PsaRequest | null;
}

/** `cli activity <file.csv>`: read and fit a CSV of monthly activity and print the fit. */
export interface ActivityOptions {
	csvPath: string;
	json: boolean;
}

export type CliCommand = { kind: 'help' } | { kind: 'appraise'; options: AppraiseOptions } | { kind: 'activity'; options: ActivityOptions };

export type ArgsResult = { ok: true; command: CliCommand } | { ok: false; errors: string[] };

export type FlagGroup = 'general' | 'exports' | 'uncertainty' | 'activity';

export interface FlagSpec {
	name: string;
	short?: string;
	/** Placeholder for the flag's value in --help; absent for on/off flags. */
	value?: string;
	help: string;
	group: FlagGroup;
}

export const EXPORT_FORMATS = ['xlsx', 'docx', 'md', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Most PSA iterations accepted: 100x the default of 10,000 (issue 5), to bound run time. */
export const MAX_PSA_ITERATIONS = 1_000_000;
const MAX_SEED = 2 ** 32 - 1;

export const FLAGS: readonly FlagSpec[] = [
	{ name: 'json', help: 'Print the full results (AppraisalResult) as JSON instead of the table.', group: 'general' },
	{ name: 'help', short: 'h', help: 'Show this help.', group: 'general' },
	{ name: 'xlsx', value: 'out.xlsx', help: 'Write the audit workbook (live formulas).', group: 'exports' },
	{ name: 'docx', value: 'out.docx', help: 'Write the business case as a Word document.', group: 'exports' },
	{ name: 'md', value: 'out.md', help: 'Write the business case as Markdown.', group: 'exports' },
	{ name: 'csv', value: 'out.csv', help: 'Write yearly results per option as tidy CSV.', group: 'exports' },
	{ name: 'psa', value: 'n', help: `Run a probabilistic sensitivity analysis with n iterations (1 to ${MAX_PSA_ITERATIONS.toLocaleString('en-GB')}).`, group: 'uncertainty' },
	{ name: 'seed', value: 's', help: 'Seed for --psa (a whole number), so a run can be reproduced.', group: 'uncertainty' },
	{ name: 'activity', value: 'file.csv', help: "Fit a CSV of the service's monthly activity and apply it before appraising: referral level and growth, backlog, today's capacity.", group: 'activity' }
];

const COMMANDS = ['appraise', 'activity', 'help'] as const;

function findFlag(token: string): FlagSpec | undefined {
	if (token.startsWith('--')) return FLAGS.find((f) => f.name === token.slice(2));
	return FLAGS.find((f) => f.short !== undefined && `-${f.short}` === token);
}

function parseWholeNumber(text: string, min: number, max: number): number | null {
	if (!/^\d+$/.test(text)) return null;
	const v = Number(text);
	return Number.isSafeInteger(v) && v >= min && v <= max ? v : null;
}

/** Turn the collected flag values into typed options, validating each value. */
function toOptions(positionals: string[], values: Map<string, string | true>, errors: string[]): AppraiseOptions | null {
	if (positionals.length === 0) errors.push('appraise: missing the scenario file (e.g. models/urban-backlog.json, or - for standard input)');
	if (positionals.length > 1) errors.push(`appraise: expected one scenario file, got ${positionals.length}: ${positionals.join(' ')}`);

	const exports: ExportTargets = {};
	const used = new Map<string, string>();
	for (const format of EXPORT_FORMATS) {
		const path = values.get(format);
		if (typeof path !== 'string') continue;
		if (!path.toLowerCase().endsWith(`.${format}`)) errors.push(`--${format}: the file name must end in .${format}, got "${path}"`);
		const clash = used.get(path);
		if (clash) errors.push(`--${format}: "${path}" is already the --${clash} file`);
		used.set(path, format);
		exports[format] = path;
	}

	let psa: PsaRequest | null = null;
	const psaText = values.get('psa');
	const seedText = values.get('seed');
	if (typeof psaText === 'string') {
		const iterations = parseWholeNumber(psaText, 1, MAX_PSA_ITERATIONS);
		if (iterations === null) errors.push(`--psa: must be a whole number from 1 to ${MAX_PSA_ITERATIONS}, got "${psaText}"`);
		let seed: number | null = null;
		if (typeof seedText === 'string') {
			seed = parseWholeNumber(seedText, 0, MAX_SEED);
			if (seed === null) errors.push(`--seed: must be a whole number from 0 to ${MAX_SEED}, got "${seedText}"`);
		}
		if (iterations !== null) psa = { iterations, seed };
	} else if (seedText !== undefined) errors.push('--seed: only used with --psa <n>');

	const activity = values.get('activity');
	const scenarioPath = positionals[0];
	if (errors.length || scenarioPath === undefined) return null;
	return { scenarioPath, activityPath: typeof activity === 'string' ? activity : null, json: values.has('json'), exports, psa };
}

/** Options of `cli activity`: one CSV file, and --json; the appraisal's flags mean nothing here and are refused. */
function toActivityOptions(positionals: string[], values: Map<string, string | true>, errors: string[]): ActivityOptions | null {
	if (positionals.length === 0) errors.push('activity: missing the CSV file of monthly activity (e.g. activity.csv)');
	if (positionals.length > 1) errors.push(`activity: expected one CSV file, got ${positionals.length}: ${positionals.join(' ')}`);
	for (const name of values.keys()) if (name !== 'json') errors.push(`--${name}: not used by the activity command (use it with appraise)`);
	const csvPath = positionals[0];
	if (errors.length || csvPath === undefined) return null;
	return { csvPath, json: values.has('json') };
}

/**
 * Parse `argv` (without node and the script). Accepts `--flag value`, `--flag=value`, `-h`, and
 * `--` to end options. Every problem is reported, not just the first.
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
	const errors: string[] = [];
	const positionals: string[] = [];
	const values = new Map<string, string | true>();
	let onlyPositionals = false;
	for (let i = 0; i < argv.length; i++) {
		const token = argv[i] as string;
		if (onlyPositionals || token === '-' || !token.startsWith('-')) {
			positionals.push(token);
			continue;
		}
		if (token === '--') {
			onlyPositionals = true;
			continue;
		}
		const eq = token.indexOf('=');
		const name = token.startsWith('--') && eq > 0 ? token.slice(0, eq) : token;
		const inline = token.startsWith('--') && eq > 0 ? token.slice(eq + 1) : undefined;
		const flag = findFlag(name);
		if (!flag) {
			errors.push(`unknown option ${name}`);
			continue;
		}
		if (values.has(flag.name)) errors.push(`--${flag.name}: given more than once`);
		if (flag.value === undefined) {
			if (inline !== undefined) errors.push(`--${flag.name}: takes no value`);
			values.set(flag.name, true);
			continue;
		}
		const value = inline ?? argv[i + 1];
		if (value === undefined || (inline === undefined && value.startsWith('--'))) {
			errors.push(`--${flag.name}: needs a value (${flag.value})`);
			continue;
		}
		if (inline === undefined) i++;
		values.set(flag.name, value);
	}

	if (values.has('help')) return { ok: true, command: { kind: 'help' } };
	const [command, ...rest] = positionals;
	if (command === undefined) return { ok: false, errors: [...errors, 'missing command: try "appraise <scenario.json>"'] };
	if (command === 'help') return { ok: true, command: { kind: 'help' } };
	if (!(COMMANDS as readonly string[]).includes(command)) return { ok: false, errors: [...errors, `unknown command "${command}": the commands are "appraise" and "activity"`] };
	if (command === 'activity') {
		const options = toActivityOptions(rest, values, errors);
		return options ? { ok: true, command: { kind: 'activity', options } } : { ok: false, errors };
	}
	const options = toOptions(rest, values, errors);
	return options ? { ok: true, command: { kind: 'appraise', options } } : { ok: false, errors };
}

const GROUP_TITLES: Record<FlagGroup, string> = {
	general: 'Options',
	exports: 'Exports',
	uncertainty: 'Uncertainty',
	activity: 'Activity data'
};

/** The --help text, from FLAGS. */
export function helpText(): string {
	const flagLine = (f: FlagSpec) => {
		const names = [f.short ? `-${f.short}` : null, `--${f.name}${f.value ? ` <${f.value}>` : ''}`].filter(Boolean).join(', ');
		return `  ${names.padEnd(20)} ${f.help}`;
	};
	const sections = (Object.keys(GROUP_TITLES) as FlagGroup[]).map((g) => {
		return [`${GROUP_TITLES[g]}:`, ...FLAGS.filter((f) => f.group === g).map(flagLine)].join('\n');
	});
	return [
		'DXA Service Planner: appraise the options of a DXA service scenario.',
		'',
		'Usage:',
		'  npm run cli -- appraise <scenario.json> [options]',
		'  npm run cli -- appraise - [options]        (read the scenario from standard input)',
		'  npm run cli -- activity <activity.csv> [--json]   (fit monthly activity: trend, seasonality, SPC)',
		'',
		...sections.flatMap((s) => [s, '']),
		'Exit codes:',
		'  0  success',
		'  1  the scenario is not valid (not JSON, wrong types, out-of-range values): errors on stderr as "path: message";',
		'     or the activity CSV has problems: one line each on stderr, naming its row and column',
		'  2  usage error: bad arguments, an output file that is the scenario file, a bad DXA_EXPORT_DATE, or the scenario file cannot be read',
		'  4  internal error, or an output file could not be written (no export file is left behind)',
		'',
		'Environment:',
		'  DXA_EXPORT_DATE=YYYY-MM-DD  date printed in the exports (default: today)',
		'',
		'Example:',
		'  npm run cli -- appraise models/urban-backlog.json --json > results.json'
	].join('\n');
}
