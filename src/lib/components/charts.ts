import type { Component } from 'svelte';
import type { AppraisalResult } from '$lib/model';
import { DemandCapacityChart } from '$lib/charts';

/** Props every chart takes from the dashboard and the presentation. */
export interface ChartProps {
	result: AppraisalResult;
	optionIds?: string[];
	optionId?: string;
	large?: boolean;
	height?: number;
	headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/** The charts shown on the dashboard and as presentation slides, in the order of the story. */
export interface ChartSlot {
	id: string;
	title: string;
	component: Component<ChartProps>;
	/** The chart shows one option (the preferred one) rather than all. */
	single?: boolean;
}

export const CHARTS: ChartSlot[] = [{ id: 'demand', title: 'Demand against capacity', component: DemandCapacityChart as Component<ChartProps> }];
