import type { AppraisalResult } from '../../model/results';
import { selectOptions, type OptionRef } from './select';

export interface AccessLocality {
	localityId: string;
	name: string;
}

export interface AccessFiguresRow {
	journeys: number;
	returnHours: number;
	within30Share: number;
	within60Share: number;
}

export interface AccessOption extends OptionRef {
	/** Each locality's figures over the horizon (`access.byLocality`), aligned with `localities`. */
	localities: AccessFiguresRow[];
	totals: AccessFiguresRow;
}

export interface AccessSeriesData {
	localities: AccessLocality[];
	options: AccessOption[];
}

/** Patient access over the horizon by locality for each selected option (the engine's `access` results, copied). */
export function accessSeries(result: AppraisalResult, optionIds?: readonly string[]): AccessSeriesData {
	const selected = selectOptions(result, optionIds);
	const first = selected[0]?.option.access.byLocality ?? [];
	const pick = (f: AccessFiguresRow): AccessFiguresRow => ({ journeys: f.journeys, returnHours: f.returnHours, within30Share: f.within30Share, within60Share: f.within60Share });
	return {
		localities: first.map((l) => ({ localityId: l.localityId, name: l.name })),
		options: selected.map(({ option, ref }) => ({ ...ref, localities: option.access.byLocality.map(pick), totals: pick(option.access.totals) }))
	};
}
