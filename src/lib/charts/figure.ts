/**
 * A chart as one stand-alone SVG file, rendered on the server with svelte/server from the very
 * components the app draws (ChartFrame's standalone mode: units, legend, plot and footer in SVG,
 * the title left to the figure's caption). The markup is cleaned of what server rendering adds for
 * hydration (comments, scoped-style class names), so the file depends only on the chart.
 */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
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

type AnyChart = Component<Record<string, unknown>>;

function chartOf(ref: FigureRef): { component: AnyChart; props: Record<string, unknown> } {
	switch (ref.kind) {
		case 'demandCapacity':
			return { component: DemandCapacityChart as unknown as AnyChart, props: { optionIds: ref.optionIds } };
		case 'waitingList':
			return { component: WaitingListChart as unknown as AnyChart, props: { optionIds: ref.optionIds, show: 'wait' } };
		case 'costStack':
			return { component: CostStackChart as unknown as AnyChart, props: { optionId: ref.optionId } };
		case 'npc':
			return { component: NpcChart as unknown as AnyChart, props: { optionIds: ref.optionIds } };
		case 'staffWte':
			return { component: StaffWteChart as unknown as AnyChart, props: { optionIds: ref.optionIds } };
		case 'fls':
			return { component: FlsChart as unknown as AnyChart, props: { optionIds: ref.optionId ? [ref.optionId] : ref.optionIds } };
		case 'access':
			return { component: AccessChart as unknown as AnyChart, props: { optionIds: ref.optionIds } };
		case 'pathway':
			return { component: PathwayChart as unknown as AnyChart, props: { optionIds: ref.optionIds } };
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
	const { component, props } = chartOf(ref);
	const { body } = render(component, { props: { result, ...props, title, standalone: true, downloads: false } });
	return cleanSvg(body);
}
