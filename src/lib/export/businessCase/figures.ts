import type { AppraisalResult } from '../../model/results';
import type { BusinessCaseDocument } from './model';

/** One figure of the business case as image files: the chart's SVG and a PNG of it, and its size in CSS pixels. */
export interface CaseFigure {
	svg: Uint8Array;
	png: Uint8Array;
	width: number;
	height: number;
}

/**
 * Renders the document's charts, in the order of its chart blocks. The implementation
 * (src/lib/server/caseFigures.ts) runs on the server and in the CLI only: it rasterises with a
 * native module, so the browser asks the server for the Word file.
 */
export type FigureRenderer = (doc: BusinessCaseDocument, result: AppraisalResult) => Promise<CaseFigure[]>;
