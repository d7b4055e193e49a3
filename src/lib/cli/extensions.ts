/**
 * Extension points of `cli appraise` for features other modules own. Each is a handler module
 * at a fixed path that the CLI imports only when its flags are used; while the file does not
 * exist the CLI says the feature is "not available yet" (exit 3) and produces nothing.
 *
 *   src/lib/cli/handlers/exports.ts  --xlsx --docx --md --csv   (exports engineer, issue 4)
 *     export async function writeExports(ctx: ExportContext): Promise<string[]>
 *       Write every file in ctx.targets; return one line per file written, e.g. "wrote out.xlsx".
 *
 *   src/lib/cli/handlers/psa.ts      --psa <n> --seed <s>        (uncertainty engineer, issue 5)
 *     export async function runPsa(ctx: PsaContext): Promise<PsaOutput>
 *       `text` is printed under the comparison table; `json` becomes the `psa` field of --json.
 *
 * The PSA runs first, so exports receive its `json` (for the Sensitivity sheet and section).
 * Handlers throw an Error with a plain message on failure; the CLI prints it (exit 4).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../model/schema/scenario';
import type { AppraisalResult } from '../model/results';
import type { ExportTargets, PsaRequest } from './args';

export interface ExportContext {
	scenario: Scenario;
	result: AppraisalResult;
	targets: ExportTargets;
	/** The scenario file as written (parsed JSON), so exports can tell placeholder defaults from local figures. */
	input?: unknown;
	/** The PSA handler's `json` output when --psa was given, else null. */
	psa: unknown;
}

export interface PsaContext extends PsaRequest {
	scenario: Scenario;
	result: AppraisalResult;
}

export interface PsaOutput {
	text: string;
	json: unknown;
}

export interface ExportHandler {
	writeExports(ctx: ExportContext): Promise<string[]>;
}

export interface PsaHandler {
	runPsa(ctx: PsaContext): Promise<PsaOutput>;
}

export const HANDLERS = {
	exports: { file: 'handlers/exports.ts', exportName: 'writeExports', feature: 'Exports (--xlsx, --docx, --md, --csv)' },
	uncertainty: { file: 'handlers/psa.ts', exportName: 'runPsa', feature: 'Probabilistic sensitivity analysis (--psa, --seed)' }
} as const;

export type HandlerKey = keyof typeof HANDLERS;

function handlerUrl(key: HandlerKey): URL {
	return new URL(`./${HANDLERS[key].file}`, import.meta.url);
}

/** Whether a handler module is installed (its file exists next to this one). */
export function isAvailable(key: HandlerKey): boolean {
	return existsSync(fileURLToPath(handlerUrl(key)));
}

/** The message printed when a feature's module is missing. */
export function notAvailableMessage(key: HandlerKey): string {
	return `${HANDLERS[key].feature}: not available yet (its module src/lib/cli/${HANDLERS[key].file} is not installed). Nothing was produced.`;
}

/** Import a handler module; null if it is not installed. Throws if it exists but lacks its function. */
async function load(key: HandlerKey): Promise<Record<string, unknown> | null> {
	if (!isAvailable(key)) return null;
	const mod = (await import(/* @vite-ignore */ handlerUrl(key).href)) as Record<string, unknown>;
	if (typeof mod[HANDLERS[key].exportName] !== 'function') throw new Error(`src/lib/cli/${HANDLERS[key].file} does not export a function ${HANDLERS[key].exportName}`);
	return mod;
}

export async function loadExportHandler(): Promise<ExportHandler | null> {
	return (await load('exports')) as ExportHandler | null;
}

export async function loadPsaHandler(): Promise<PsaHandler | null> {
	return (await load('uncertainty')) as PsaHandler | null;
}

/** How run.ts reaches the handlers; tests pass stand-ins to check the contract without files. */
export interface Extensions {
	isAvailable(key: HandlerKey): boolean;
	loadExportHandler(): Promise<ExportHandler | null>;
	loadPsaHandler(): Promise<PsaHandler | null>;
}

export const installedExtensions: Extensions = { isAvailable, loadExportHandler, loadPsaHandler };
