import type { Option, Scenario } from '../model/schema/scenario';
import { startIndex } from '../model/effective';
import { pct, plainNumber } from './numbers';

/** One change of an option and the calendar year it starts (phasing, issue #11). */
export interface TimetableRow {
	year: number;
	change: string;
}

/**
 * When each of an option's changes starts, in year order (then as listed): scanner changes, added
 * scanners (their installation), removals, fixed staff changes, travel changes (the opening of the
 * site that causes them, or their own year) and a new FLS with its coverage ramp. A change with no
 * start year starts in the first year of the appraisal. The years are the engine's (effective.ts
 * startIndex), so a year before the first shows as the first.
 */
export function optionTimetable(s: Scenario, option: Option): TimetableRow[] {
	const year = (y: number | undefined) => s.startYear + Math.min(startIndex(s, y), s.horizonYears);
	const scanner = (id: string) => [...s.scanners, ...option.addScanners].find((x) => x.id === id)?.name ?? id;
	const locality = (id: string) => s.catchment.localities.find((l) => l.id === id)?.name ?? id;
	const role = (id: string) => s.staffing.roles.find((r) => r.id === id)?.name ?? id;
	const rows: TimetableRow[] = [];
	for (const c of option.scannerChanges) rows.push({ year: year(c.startYear), change: `${scanner(c.scannerId)} changed` });
	for (const sc of option.addScanners) rows.push({ year: year(sc.installedYear), change: `${sc.name} installed` });
	for (const id of option.removeScannerIds) rows.push({ year: year((option.removeScannerYears ?? {})[id]), change: `${scanner(id)} withdrawn` });
	for (const f of option.fixedStaffChanges) rows.push({ year: year(f.startYear), change: `${role(f.roleId)}: ${f.extraHoursPerWeek >= 0 ? '+' : ''}${plainNumber(f.extraHoursPerWeek)} hours a week` });
	for (const t of option.travel) {
		const site = t.siteScannerId === undefined ? undefined : option.addScanners.find((x) => x.id === t.siteScannerId)?.installedYear ?? option.scannerChanges.find((c) => c.scannerId === t.siteScannerId)?.startYear;
		const at = Math.max(year(site), year(t.startYear));
		rows.push({ year: at, change: `${locality(t.localityId)}: new journeys${t.siteScannerId ? ` (${scanner(t.siteScannerId)})` : ''}` });
	}
	if (option.addFls && !s.fls.inBaseline) {
		const ramp = option.fls?.ramp ?? [1];
		const shares = ramp.map((r) => pct(r, 0)).join(', ');
		rows.push({ year: year(option.fls?.startYear), change: ramp.length === 1 && ramp[0] === 1 ? 'Fracture liaison service starts at its full caseload' : `Fracture liaison service starts: ${shares} of its full caseload in its first ${ramp.length === 1 ? 'year' : `${ramp.length} years`}` });
	}
	return rows.map((r, i) => ({ r, i })).sort((a, b) => a.r.year - b.r.year || a.i - b.i).map(({ r }) => r);
}
