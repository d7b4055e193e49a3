/**
 * The chart a business-case figure reference names, as its series and data table: the same table
 * the chart component shows under the plot (tables.ts), for the document's appendix of figure data.
 */
import type { AppraisalResult } from '../model/results';
import type { DataTable } from './types';
import { demandCapacitySeries } from './series/demandCapacity';
import { waitingListSeries } from './series/waitingList';
import { costStackSeries } from './series/costStack';
import { npcSeries } from './series/npc';
import { staffWteSeries } from './series/staffWte';
import { flsSeries } from './series/fls';
import { accessSeries } from './series/access';
import { pathwaySeries } from './series/pathway';
import { accessTable, costStackTable, demandCapacityTable, flsTable, npcTable, pathwayTable, staffWteTable, waitingListTable } from './tables';

export type FigureKind = 'demandCapacity' | 'waitingList' | 'costStack' | 'npc' | 'staffWte' | 'fls' | 'access' | 'pathway';

/** A figure: which chart, and which options it shows (charts of one option take `optionId`). */
export interface FigureRef {
	kind: FigureKind;
	optionIds?: string[];
	optionId?: string;
}

/** The data table of the chart a figure shows, captioned with the figure's title. */
export function figureTable(ref: FigureRef, result: AppraisalResult, title: string): DataTable {
	switch (ref.kind) {
		case 'demandCapacity':
			return demandCapacityTable(demandCapacitySeries(result, ref.optionIds), title);
		case 'waitingList':
			return waitingListTable(waitingListSeries(result, ref.optionIds), title, result.startYear, 'wait');
		case 'costStack':
			return costStackTable(costStackSeries(result, ref.optionId), title, result.priceBaseYear);
		case 'npc':
			return npcTable(npcSeries(result, ref.optionIds), title, result);
		case 'staffWte':
			return staffWteTable(staffWteSeries(result, ref.optionIds), title);
		case 'fls':
			return flsTable(flsSeries(result, ref.optionId ? [ref.optionId] : ref.optionIds), title);
		case 'access':
			return accessTable(accessSeries(result, ref.optionIds), title);
		case 'pathway':
			return pathwayTable(pathwaySeries(result, ref.optionIds), title);
	}
}
