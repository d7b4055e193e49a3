import type { Component } from 'svelte';
import type { AppraisalResult } from '$lib/model';
import { DemandCapacityChart, WaitingListChart, CostStackChart, NpcChart, StaffWteChart, FlsChart, AccessChart, PathwayChart } from '$lib/charts';

/** Props every chart takes from the dashboard and the presentation. */
export interface ChartProps {
	result: AppraisalResult;
	optionIds?: string[];
	optionId?: string;
	large?: boolean;
	height?: number;
	headingLevel?: 2 | 3 | 4 | 5 | 6;
	/** Show the Download SVG / PNG buttons (never on slides). */
	downloads?: boolean;
	/** Fill the container's height (slides). */
	fit?: boolean;
}

/** The charts shown on the dashboard and as presentation slides, in the order of the story. */
export interface ChartSlot {
	id: string;
	title: string;
	component: Component<ChartProps>;
	/** The chart shows one option (the preferred one) rather than all. */
	single?: boolean;
}

export const CHARTS: ChartSlot[] = [
	{ id: 'demand', title: 'Demand against capacity', component: DemandCapacityChart as Component<ChartProps> },
	{ id: 'waiting', title: 'Waiting list and estimated wait', component: WaitingListChart as Component<ChartProps> },
	{ id: 'npc', title: 'Net present cost by option', component: NpcChart as Component<ChartProps> },
	{ id: 'costs', title: 'Capital and revenue by category', component: CostStackChart as Component<ChartProps>, single: true },
	{ id: 'staff', title: 'Staff WTE by role', component: StaffWteChart as Component<ChartProps> },
	{ id: 'fls', title: 'Fracture liaison: fractures averted and costs avoided', component: FlsChart as Component<ChartProps> },
	{ id: 'access', title: 'Patient travel by locality', component: AccessChart as Component<ChartProps> },
	{ id: 'pathway', title: 'Pathway: referred, scanned, fractures found and treated', component: PathwayChart as Component<ChartProps> }
];
