import type { AppraisalResult, Scenario } from '../model';
import { parseScenario, type FormulaValue } from '../model/parse';
import { writeWorkbook, WORKBOOK_MIME } from './workbook';
import { buildBusinessCase } from './businessCase/build';
import { renderDocx, DOCX_MIME } from './businessCase/docx';
import { renderMarkdown, MARKDOWN_MIME } from './businessCase/markdown';
import { writeCsv, CSV_MIME } from './csv';
import { sensitivityFor } from './sensitivity';
import { buildSensitivitySheet } from './workbook/sensitivitySheet';

/**
 * The one place that turns a scenario and its results into export files. The app's export menu
 * and the CLI both call it, so the same scenario and date give byte-identical files.
 */
export interface ExportInput {
	scenario: Scenario;
	result: AppraisalResult;
	/** The scenario as written (file or editor): tells placeholder defaults from local figures. */
	input?: unknown;
	/** Document and workbook date, YYYY-MM-DD; defaults to today. */
	date?: string;
}

export type ExportFormat = 'xlsx' | 'docx' | 'md' | 'csv' | 'json';

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

export async function exportFile(format: ExportFormat, x: ExportInput): Promise<ExportFile> {
	const formulas = formulasOf(x.input);
	const common = { scenario: x.scenario, result: x.result, input: x.input, formulas, date: x.date };
	switch (format) {
		case 'xlsx': {
			const sens = sensitivityFor(x.scenario);
			return { bytes: writeWorkbook({ ...common, extraSheets: sens ? [buildSensitivitySheet(sens)] : [] }), mime: WORKBOOK_MIME, extension: 'xlsx' };
		}
		case 'docx':
			return { bytes: await renderDocx(buildBusinessCase({ ...common, sensitivity: sensitivityFor(x.scenario) })), mime: DOCX_MIME, extension: 'docx' };
		case 'md':
			return { bytes: renderMarkdown(buildBusinessCase({ ...common, sensitivity: sensitivityFor(x.scenario) })), mime: MARKDOWN_MIME, extension: 'md' };
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
