import type { Scenario } from '../schema/scenario';
import type { AppraisalResult } from '../results';
import { travelShares } from '../demand';
import { estimateJourney, type Journey } from './geo';
import type { SiteInputs } from './inputs';
import type { SiteProblem } from './types';

/** A candidate left out of the problem, and why. */
export interface SiteGap {
	candidateId: string;
	missing: string[];
}

export interface BuiltProblem {
	problem: SiteProblem;
	/** Candidates with a journey missing from some locality (neither typed nor estimable). */
	gaps: SiteGap[];
	/** For each journey used: typed in, or estimated from coordinates. */
	estimated: boolean[][];
}

/**
 * The site-choice problem for a scenario: each locality's scans in the chosen year (the baseline
 * option's total demand x the locality's share of new referrals, as the appraisal allocates patient
 * travel), today's journeys from the catchment, and each candidate's journeys, typed in or
 * estimated from coordinates. Candidates with a journey that is neither typed nor estimable are
 * left out and listed in `gaps` with the localities missing.
 */
export function buildSiteProblem(s: Scenario, result: AppraisalResult, inputs: SiteInputs): BuiltProblem {
	const y = Math.min(inputs.yearIndex, s.horizonYears - 1);
	const bau = result.options.find((o) => o.businessAsUsual) ?? result.options[0];
	const total = bau?.demand[y]?.total ?? 0;
	const shares = travelShares(s)[y] ?? [];
	const localities = s.catchment.localities;
	const typed = new Map(inputs.journeys.map((j) => [`${j.localityId}|${j.candidateId}`, j]));
	const gaps: SiteGap[] = [];
	const kept: { candidate: SiteInputs['candidates'][number]; journeys: Journey[]; estimated: boolean[] }[] = [];
	for (const c of inputs.candidates) {
		const journeys: Journey[] = [];
		const estimated: boolean[] = [];
		const missing: string[] = [];
		for (const l of localities) {
			const t = typed.get(`${l.id}|${c.id}`);
			const from = inputs.localityPoints[l.id];
			if (t) {
				journeys.push({ returnMiles: t.returnMiles, returnMinutes: t.returnMinutes });
				estimated.push(false);
			} else if (from?.lat !== undefined && from.lon !== undefined && c.lat !== undefined && c.lon !== undefined) {
				journeys.push(estimateJourney({ lat: from.lat, lon: from.lon }, { lat: c.lat, lon: c.lon }, inputs.roadFactor, inputs.speedMph));
				estimated.push(true);
			} else missing.push(l.name);
		}
		if (missing.length > 0) gaps.push({ candidateId: c.id, missing });
		else kept.push({ candidate: c, journeys, estimated });
	}
	const problem: SiteProblem = {
		localities: localities.map((l, i) => ({
			id: l.id,
			name: l.name,
			patientsPerYear: Math.max(0, total * (shares[i] ?? 0)),
			current: { returnMiles: l.returnTravelMiles, returnMinutes: l.travelMinutes }
		})),
		candidates: kept.map(({ candidate: c }) => ({
			id: c.id,
			name: c.name,
			kind: c.kind,
			maxWeeksPerYear: c.maxWeeksPerYear,
			capacityScansPerYear: c.capacityScansPerYear
		})),
		journeys: localities.map((_, i) => kept.map((k) => k.journeys[i] as Journey)),
		measure: inputs.measure,
		costPerMileGbp: s.costs.patientTravel.costPerMileGbp,
		valueOfTimePerHourGbp: s.costs.patientTravel.valueOfTimePerHourGbp
	};
	return { problem, gaps, estimated: localities.map((_, i) => kept.map((k) => k.estimated[i] as boolean)) };
}
