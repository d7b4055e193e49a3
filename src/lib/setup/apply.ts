import { AGE_BANDS, type ScenarioInput } from '$lib/model';
import type { Bands } from './population';
import { ENGLAND, REGION_PROJECTIONS, REGION_GROWTH_SOURCE, regionGrowth } from './growth';

/**
 * The guided setup's steps as changes to a scenario input: each returns a new input (the one
 * given is not changed) that the workspace applies as one undoable edit.
 */
type Raw = Record<string, unknown> & { rationale?: Record<string, string> };

function copy(input: ScenarioInput): Raw {
	return JSON.parse(JSON.stringify(input)) as Raw;
}

function note(out: Raw, path: string, text: string): void {
	out.rationale = { ...(out.rationale ?? {}), [path]: text };
}

export interface CatchmentChoice {
	name: string;
	organisation: string;
	localityName: string;
	population: Bands;
	/** How the bands were arrived at, kept as the population's rationale. */
	populationNote: string;
	/** Region whose projected older-population growth to use ('england', a region id) or null to keep the growth as it is. */
	growthRegion: string | null;
}

export const GROWTH_REGIONS = [ENGLAND, ...REGION_PROJECTIONS];

export function applyCatchment(input: ScenarioInput, c: CatchmentChoice): ScenarioInput {
	const out = copy(input);
	if (c.name.trim()) out.name = c.name.trim().slice(0, 120);
	out.organisation = c.organisation.trim().slice(0, 200);
	const catchment = (out.catchment ?? { localities: [] }) as { localities: Record<string, unknown>[] };
	const first = catchment.localities[0] ?? { id: 'locality1' };
	const growth = { ...((first.growth as Record<string, unknown>) ?? {}) };
	const region = GROWTH_REGIONS.find((r) => r.id === c.growthRegion);
	if (region) {
		const g = regionGrowth(region);
		for (const b of ['age65to74', 'age75to84', 'age85plus'] as const) {
			growth[b] = g[b];
			note(out, `catchment.localities[0].growth.${b}`, `${region.name}: ${REGION_GROWTH_SOURCE}.`);
		}
	}
	catchment.localities[0] = { ...first, name: c.localityName.trim().slice(0, 80) || 'Catchment', population: { ...c.population }, growth };
	out.catchment = catchment;
	for (const b of AGE_BANDS) note(out, `catchment.localities[0].population.${b}`, c.populationNote);
	return out as ScenarioInput;
}

export interface ServiceChoice {
	scanners: number;
	sessionsPerWeek: number;
	dnaRate: number;
	installedYear: number;
	waiting: number;
}

/** Today's service: that many static scanners (the first keeps any figures already set), their sessions, DNA rate and year installed, and the list. */
export function applyService(input: ScenarioInput, s: ServiceChoice): ScenarioInput {
	const out = copy(input);
	const existing = (out.scanners as Record<string, unknown>[] | undefined) ?? [];
	out.scanners = Array.from({ length: Math.max(1, Math.min(20, Math.round(s.scanners))) }, (_, i) => ({
		...(existing[i] ?? { id: `scanner${i + 1}`, name: `Scanner ${i + 1}`, kind: 'static' }),
		sessionsPerWeek: s.sessionsPerWeek,
		dnaRate: s.dnaRate,
		installedYear: s.installedYear
	}));
	out.demand = { ...((out.demand as Record<string, unknown>) ?? {}), startingBacklog: s.waiting };
	return out as ScenarioInput;
}

export interface OptionsChoice {
	extraSessions: number | null;
	secondScanner: boolean;
	mobileUnit: boolean;
	outsourcedScans: number | null;
	/** Local hip fractures a year for an FLS: a number or a formula (without its "="); null for no FLS option. */
	fls: { hipFractures: number | { formula: string } } | null;
}

/** Business as usual plus one option for each choice. */
export function applyOptions(input: ScenarioInput, o: OptionsChoice, startYear: number): ScenarioInput {
	const out = copy(input);
	const first = ((out.scanners as { id: string }[] | undefined) ?? [])[0];
	const options: Record<string, unknown>[] = [{ id: 'bau', name: 'Business as usual', businessAsUsual: true }];
	if (o.extraSessions && first)
		options.push({ id: 'extraSessions', name: `${o.extraSessions} more sessions a week`, description: 'Extended hours on the existing scanner.', scannerChanges: [{ scannerId: first.id, sessionsPerWeek: Math.min(21, ((out.scanners as { sessionsPerWeek?: number }[])[0]?.sessionsPerWeek ?? 10) + o.extraSessions) }] });
	if (o.secondScanner) options.push({ id: 'secondScanner', name: 'A further static scanner', description: 'Another static scanner from next year.', addScanners: [{ id: 'newScanner', name: 'New scanner', kind: 'static', installedYear: startYear + 1 }] });
	if (o.mobileUnit) options.push({ id: 'mobileUnit', name: 'A mobile unit', description: 'A mobile DXA unit visiting sites in the catchment from next year.', addScanners: [{ id: 'mobileUnit', name: 'Mobile unit', kind: 'mobile', installedYear: startYear + 1, mobile: {} }] });
	if (o.outsourcedScans) options.push({ id: 'outsource', name: 'Outsource scans', description: 'Scans bought from an independent provider.', outsourcing: { scansPerYear: o.outsourcedScans } });
	if (o.fls) {
		options.push({ id: 'fls', name: 'Add a fracture liaison service', description: 'An FLS finding people aged 50+ with a fragility fracture.', addFls: true });
		out.fls = { ...((out.fls as Record<string, unknown>) ?? {}), hipFracturesPerYear: o.fls.hipFractures };
	}
	out.options = options;
	return out as ScenarioInput;
}
