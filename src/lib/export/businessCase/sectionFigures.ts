import type { AppraisalResult } from '../../model/results';
import { figureTable } from '../../charts/figureTables';
import type { Block, DocBuilder } from './model';

export const FIGURE_DATA = 'Data behind the figures';

/** The appendix holding the figures' data, as the document names it ("Appendix I"). */
export function figureDataAppendixName(blocks: readonly Block[]): string {
	const h = blocks.find((b) => b.kind === 'heading' && b.text.endsWith(FIGURE_DATA));
	return h && h.kind === 'heading' ? h.text.replace(`: ${FIGURE_DATA}`, '') : 'the appendix';
}

/**
 * The last appendix (I, or H without a sensitivity appendix): the data behind each figure, as the chart's own data table (the one the app shows
 * under the chart), so every plotted value can be read and checked.
 */
export function figureDataAppendix(d: DocBuilder, r: AppraisalResult): void {
	const charts = d.blocks.filter((b) => b.kind === 'chart');
	if (!charts.length) return;
	const letter = d.blocks.some((b) => b.kind === 'heading' && b.text.startsWith('Appendix H')) ? 'I' : 'H';
	d.heading(2, `Appendix ${letter}: ${FIGURE_DATA}`);
	d.p('Each figure in this document is drawn from the figures below, which are the appraisal\'s own.');
	charts.forEach((b, i) => {
		const t = figureTable(b.chart, r, b.caption);
		const numeric = t.columns.map((_, c) => c > 0);
		d.table(`Data for Figure ${i + 1}: ${b.caption}`, t.columns, t.rows.map((row) => [row.header, ...row.cells]), { numeric, note: t.notes?.join(' ') });
	});
}
