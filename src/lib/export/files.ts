import type { AppraisalResult, Scenario } from '../model';
import type { PsaResult } from '../model/uncertainty';
import { parseScenario, type FormulaValue } from '../model/parse';
import { writeWorkbook, WORKBOOK_MIME } from './workbook';
import { buildBusinessCase, type BusinessCaseOptions } from './businessCase/build';
import { renderDocx, DOCX_MIME } from './businessCase/docx';
import type { FigureRenderer } from './businessCase/figures';
import { renderMarkdown, MARKDOWN_MIME } from './businessCase/markdown';
import { writeCsv, CSV_MIME } from './csv';
import { sensitivityFor, type PrecomputedSensitivity } from './sensitivity';
import { psaMismatch, sensitivityMismatch } from './uncertaintyMatch';
import { buildSensitivitySheet, SENSITIVITY_ABOUT } from './workbook/sensitivitySheet';
import { buildProbabilisticSheet, PROBABILISTIC_ABOUT } from './workbook/probabilisticSheet';

/**
 * The one place that turns a scenario and its results into export files. The app's export menu
 * and the CLI both call it, so the same scenario, analyses and date give byte-identical files.
 */
export interface ExportInput {
	scenario: Scenario;
	result: AppraisalResult;
	/** The scenario as written (file or editor): tells placeholder defaults from local figures. */
	input?: unknown;
	/** Document and workbook date, YYYY-MM-DD; defaults to today. */
	date?: string;
	/**
	 * One-way sensitivity and switching values of this scenario, worked out by the engine beforehand
	 * (the app's analyses owner runs them in a worker; the CLI before exporting). Exporters never run
	 * the engine: without it the files have no Sensitivity sheet or appendix.
	 */
	sensitivity?: PrecomputedSensitivity | null;
	/** A probabilistic analysis of this scenario: adds the Probabilistic sheet and the business-case text and tables. */
	psa?: PsaResult;
	/** The team-space sign-off of this version (#13): a line on the business case's cover. */
	signoff?: BusinessCaseOptions['signoff'];
}

export type ExportFormat = 'xlsx' | 'docx' | 'md' | 'csv' | 'json';

/** What the Word business case needs besides the data: its charts drawn as images (server and CLI only). */
export interface ExportTools {
	figures?: FigureRenderer;
}

export interface ExportFile {
	bytes: Uint8Array | string;
	mime: string;
	extension: string;
}

function formulasOf(input: unknown): FormulaValue[] {
	if (input === undefined) return [];
	const p = parseScenario(input);
	return p.ok ? p.formulas : [];
}

/** Refuse an analysis of another version of the scenario rather than put its figures in a file. */
function checked(x: ExportInput): { sensitivity: PrecomputedSensitivity | null; psa: PsaResult | null } {
	const s = x.sensitivity && sensitivityMismatch(x.sensitivity, x.result);
	if (s) throw new Error(`the sensitivity analysis given is not of this scenario: ${s}`);
	const p = x.psa && psaMismatch(x.psa, x.result);
	if (p) throw new Error(`the probabilistic analysis given is not of this scenario: ${p}`);
	return { sensitivity: x.sensitivity ?? null, psa: x.psa ?? null };
}

export async function exportFile(format: ExportFormat, x: ExportInput, tools: ExportTools = {}): Promise<ExportFile> {
	const formulas = formulasOf(x.input);
	const common = { scenario: x.scenario, result: x.result, input: x.input, formulas, date: x.date };
	const uncertain = () => {
		const { sensitivity, psa } = checked(x);
		return { sensitivity: sensitivityFor(x.scenario, sensitivity), psa };
	};
	switch (format) {
		case 'xlsx': {
			const { sensitivity, psa } = uncertain();
			const extraSheets = [];
			if (sensitivity) extraSheets.push({ sheet: buildSensitivitySheet(sensitivity, psa), about: SENSITIVITY_ABOUT });
			if (psa) extraSheets.push({ sheet: buildProbabilisticSheet({ psa, scenario: x.scenario, result: x.result }), about: PROBABILISTIC_ABOUT });
			return { bytes: writeWorkbook({ ...common, extraSheets }), mime: WORKBOOK_MIME, extension: 'xlsx' };
		}
		case 'docx': {
			const doc = buildBusinessCase({ ...common, ...uncertain(), signoff: x.signoff ?? null });
			// The charts are rasterised by a native module: the app's server and the CLI pass the renderer.
			if (!tools.figures) throw new Error('the Word business case is made on the server, where its charts are drawn: ask POST /api/business-case or the CLI for it');
			return { bytes: await renderDocx(doc, await tools.figures(doc, x.result)), mime: DOCX_MIME, extension: 'docx' };
		}
		case 'md':
			return { bytes: renderMarkdown(buildBusinessCase({ ...common, ...uncertain(), signoff: x.signoff ?? null })), mime: MARKDOWN_MIME, extension: 'md' };
		case 'csv':
			return { bytes: writeCsv({ result: x.result }), mime: CSV_MIME, extension: 'csv' };
		case 'json':
			return { bytes: `${JSON.stringify(x.input ?? x.scenario, null, 2)}\n`, mime: 'application/json', extension: 'json' };
	}
}

/** A file name from the scenario name: "urban-trust-clearing-the-dxa-backlog-business-case.docx". */
export function exportFileName(scenarioName: string, format: ExportFormat): string {
	const base = scenarioName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'scenario';
	const suffix = { xlsx: 'finance-workbook', docx: 'business-case', md: 'business-case', csv: 'yearly-results', json: 'scenario' }[format];
	return `${base}-${suffix}.${format}`;
}
