import type { OptionSchema } from '../schema/options';
import type { z } from 'zod';
import type { SiteAssignment, SiteProblem } from './types';
import { travelChangesFor } from './travelChanges';
import type { MobilePlan } from './mobilePlan';

type OptionInput = z.input<typeof OptionSchema>;

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

/**
 * The travel changes rounded as a user would type them (miles and minutes to 0.1, shares to 0.001),
 * each tied to the scanner that causes it (`siteScannerId`): the new journeys start when it opens.
 */
function travel(p: SiteProblem, a: SiteAssignment, siteScannerId: string) {
	return travelChangesFor(p, a).map((t) => ({
		localityId: t.localityId,
		returnTravelMiles: round(t.returnTravelMiles, 1),
		travelMinutes: round(t.travelMinutes, 1),
		shareOfPatients: Math.min(1, round(t.shareOfPatients, 3)),
		siteScannerId
	}));
}

/**
 * A new option from a mobile plan: a mobile unit installed in `installedYear` with a relocation for
 * each stop a year (the unit's other figures are the schema's defaults, to be checked), and the
 * plan's travel changes. The description records the stops and weeks it was chosen with.
 */
export function mobileOption(p: SiteProblem, plan: MobilePlan, o: { id: string; unitId: string; installedYear: number; scansPerWeek: number }): OptionInput {
	const names = new Map(p.candidates.map((c) => [c.id, c.name]));
	const stops = plan.stops.map((s) => `${names.get(s.candidateId) ?? s.candidateId} (${s.weeks} ${s.weeks === 1 ? 'week' : 'weeks'})`).join(', ');
	return {
		id: o.id,
		name: `Mobile unit: ${plan.stops.length} ${plan.stops.length === 1 ? 'stop' : 'stops'}`.slice(0, 80),
		description: `Chosen on the Sites page: stops at ${stops}, ${o.scansPerWeek} scans a week. The unit's costs and throughput are the defaults: check them.`.slice(0, 2000),
		addScanners: [{ id: o.unitId, name: 'Mobile unit', kind: 'mobile', installedYear: o.installedYear, mobile: { movesPerYear: plan.stops.length } }],
		travel: travel(p, plan.assignment, o.unitId)
	};
}

/** A new option from a ranked static site: a static scanner there from `installedYear`, and its travel changes. */
export function staticOption(p: SiteProblem, candidateId: string, a: SiteAssignment, o: { id: string; scannerId: string; installedYear: number }): OptionInput {
	const name = p.candidates.find((c) => c.id === candidateId)?.name ?? candidateId;
	return {
		id: o.id,
		name: `Scanner at ${name}`.slice(0, 80),
		description: `Chosen on the Sites page: a second static scanner at ${name}. Its costs and sessions are the defaults: check them.`.slice(0, 2000),
		addScanners: [{ id: o.scannerId, name: `Scanner at ${name}`.slice(0, 80), kind: 'static', installedYear: o.installedYear }],
		travel: travel(p, a, o.scannerId)
	};
}
