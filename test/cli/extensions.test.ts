import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, type AppraiseOptions } from '../../src/lib/cli/args';
import { EXIT, runAppraise } from '../../src/lib/cli/run';
import type { ExportContext, Extensions, PsaContext } from '../../src/lib/cli/extensions';
import { MODELS_DIR } from '../api/fixtures';
import { captureIo } from './capture';

const URBAN = join(MODELS_DIR, 'urban-backlog.json');

function options(...flags: string[]): AppraiseOptions {
	const parsed = parseArgs(['appraise', URBAN, ...flags]);
	if (!parsed.ok || parsed.command.kind !== 'appraise') throw new Error(`bad test arguments: ${flags.join(' ')}`);
	return parsed.command.options;
}

/** Stand-in handlers that record what the CLI hands them, as the real modules will receive it. */
function fakes(overrides: Partial<{ exportError: Error }> = {}) {
	const calls: { psa: PsaContext[]; exports: ExportContext[] } = { psa: [], exports: [] };
	const ext: Extensions = {
		isAvailable: () => true,
		loadPsaHandler: async () => ({
			runPsa: async (ctx) => {
				calls.psa.push(ctx);
				return { text: `PSA: ${ctx.iterations} iterations, seed ${ctx.seed}`, json: { iterations: ctx.iterations, seed: ctx.seed } };
			}
		}),
		loadExportHandler: async () => ({
			writeExports: async (ctx) => {
				calls.exports.push(ctx);
				if (overrides.exportError) throw overrides.exportError;
				return Object.values(ctx.targets).map((p) => `wrote ${p}`);
			}
		})
	};
	return { ext, calls };
}

describe('extension points: the contract handed to the export and PSA modules', () => {
	it('PSA runs first with the request, scenario and result; its text follows the table', async () => {
		const { ext, calls } = fakes();
		const io = captureIo();
		expect(await runAppraise(options('--psa', '250', '--seed', '7', '--md', 'case.md'), io, ext)).toBe(EXIT.ok);
		expect(calls.psa).toHaveLength(1);
		expect(calls.psa[0]?.iterations).toBe(250);
		expect(calls.psa[0]?.seed).toBe(7);
		expect(calls.psa[0]?.scenario.name).toBe('Urban trust: clearing the DXA backlog');
		expect(calls.exports[0]?.psa).toEqual({ iterations: 250, seed: 7 });
		expect(calls.exports[0]?.targets).toEqual({ md: 'case.md' });
		// The scenario as written, for telling placeholder defaults from local figures.
		expect((calls.exports[0]?.input as { name?: string }).name).toBe('Urban trust: clearing the DXA backlog');
		expect(calls.exports[0]?.result).toBe(calls.psa[0]?.result);
		const out = io.stdout();
		expect(out.indexOf('Preferred option:')).toBeLessThan(out.indexOf('PSA: 250 iterations, seed 7'));
		expect(out.endsWith('wrote case.md')).toBe(true);
	});

	it('--json adds the PSA output as "psa" and keeps file notices off stdout', async () => {
		const { ext } = fakes();
		const io = captureIo();
		expect(await runAppraise(options('--json', '--psa', '10', '--xlsx', 'a.xlsx', '--csv', 'b.csv'), io, ext)).toBe(EXIT.ok);
		const json = JSON.parse(io.stdout());
		expect(json.psa).toEqual({ iterations: 10, seed: null });
		expect(json.scenarioName).toBe('Urban trust: clearing the DXA backlog');
		expect(io.stderrLines()).toEqual(['wrote a.xlsx', 'wrote b.csv']);
	});

	it('a failing export: exit 4 with its message, and no table or JSON on stdout', async () => {
		const { ext } = fakes({ exportError: new Error('cannot write /read-only/out.docx: permission denied') });
		const io = captureIo();
		expect(await runAppraise(options('--docx', '/read-only/out.docx'), io, ext)).toBe(EXIT.internal);
		expect(io.stdout()).toBe('');
		expect(io.stderrLines()).toEqual(['error: cannot write /read-only/out.docx: permission denied']);
	});

	it('an invalid scenario stops before any handler runs', async () => {
		const { ext, calls } = fakes();
		const io = captureIo('{"schemaVersion": 1}');
		const parsed = parseArgs(['appraise', '-', '--psa', '5', '--md', 'x.md']);
		if (!parsed.ok || parsed.command.kind !== 'appraise') throw new Error('bad test arguments');
		expect(await runAppraise(parsed.command.options, io, ext)).toBe(EXIT.invalidScenario);
		expect(calls.psa).toHaveLength(0);
		expect(calls.exports).toHaveLength(0);
	});
});
