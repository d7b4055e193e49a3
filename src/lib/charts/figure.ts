/**
 * A chart as one stand-alone SVG file, rendered on the server with svelte/server from the very
 * components the app draws (ChartFrame's standalone mode: units, legend, plot and footer in SVG,
 * the title left to the figure's caption). The markup is cleaned of what server rendering adds for
 * hydration (comments, scoped-style class names), so the file depends only on the chart.
 */
import { render } from 'svelte/server';
import type { AppraisalResult } from '../model/results';
import type { FigureRef } from './figureTables';
import DemandCapacityChart from './DemandCapacityChart.svelte';
import WaitingListChart from './WaitingListChart.svelte';
import CostStackChart from './CostStackChart.svelte';
import NpcChart from './NpcChart.svelte';
import StaffWteChart from './StaffWteChart.svelte';
import FlsChart from './FlsChart.svelte';
import AccessChart from './AccessChart.svelte';
import PathwayChart from './PathwayChart.svelte';

/** What every figure passes its chart: the results, its title (for <title>), standalone SVG, no downloads. */
interface Common {
	result: AppraisalResult;
	title: string;
	standalone: true;
	downloads: false;
}

/** The chart component a figure names, rendered on the server with its own typed props. */
function renderChart(ref: FigureRef, c: Common): string {
	switch (ref.kind) {
		case 'demandCapacity':
			return render(DemandCapacityChart, { props: { ...c, optionIds: ref.optionIds } }).body;
		case 'waitingList':
			return render(WaitingListChart, { props: { ...c, optionIds: ref.optionIds, show: 'wait' } }).body;
		case 'costStack':
			return render(CostStackChart, { props: { ...c, optionId: ref.optionId } }).body;
		case 'npc':
			return render(NpcChart, { props: { ...c, optionIds: ref.optionIds } }).body;
		case 'staffWte':
			return render(StaffWteChart, { props: { ...c, optionIds: ref.optionIds } }).body;
		case 'fls':
			return render(FlsChart, { props: { ...c, optionIds: ref.optionId ? [ref.optionId] : ref.optionIds } }).body;
		case 'access':
			return render(AccessChart, { props: { ...c, optionIds: ref.optionIds } }).body;
		case 'pathway':
			return render(PathwayChart, { props: { ...c, optionIds: ref.optionIds } }).body;
	}
}

/** Server markup reduced to the chart's SVG: no hydration comments, no scoped-style class names. */
export function cleanSvg(html: string): string {
	const start = html.indexOf('<svg');
	const end = html.lastIndexOf('</svg>');
	if (start < 0 || end < start) throw new Error('the chart rendered no SVG');
	return html
		.slice(start, end + '</svg>'.length)
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+(?=")/g, '');
}

/** The figure's chart as SVG markup; `title` names it for screen readers (<title>). */
export function figureSvg(ref: FigureRef, result: AppraisalResult, title: string): string {
	return cleanSvg(renderChart(ref, { result, title, standalone: true, downloads: false }));
}
