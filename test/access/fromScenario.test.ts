import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appraise, parseScenario, parseScenarioJson, type ScenarioInput } from '../../src/lib/model';
import { buildSiteProblem, mobileOption, planMobileStops, SiteInputsSchema, staticOption, rankSingleSites } from '../../src/lib/model/access';

const raw = readFileSync('models/rural-mobile.json', 'utf8');
const parsed = parseScenarioJson(raw);
if (!parsed.ok) throw new Error('rural example does not parse');
const s = parsed.scenario;
const result = appraise(s);
const bau = result.options.find((o) => o.businessAsUsual);

/** Stops in each market town: 16 miles / 40 minutes return from the town itself, 80 / 150 from elsewhere. */
function townStops() {
	const towns = ['northmoor', 'westdale', 'eastham', 'southfield'];
	return SiteInputsSchema.parse({
		candidates: towns.map((t) => ({ id: `${t}Stop`, name: `${t} stop`, kind: 'mobileStop' })),
		journeys: s.catchment.localities.flatMap((l) => towns.map((t) => ({ localityId: l.id, candidateId: `${t}Stop`, returnMiles: l.id === t ? 16 : 80, returnMinutes: l.id === t ? 40 : 150 })))
	});
}

describe('the site problem from a scenario', () => {
	it("each locality's scans are the baseline's total demand split by its share of new referrals", () => {
		const { problem, gaps } = buildSiteProblem(s, result, townStops());
		expect(gaps).toEqual([]);
		const sum = problem.localities.reduce((t, l) => t + l.patientsPerYear, 0);
		// The shares add to 1, so the patients add to the baseline's year-0 total demand.
		expect(sum).toBeCloseTo(bau?.demand[0]?.total as number, 9);
		// Today's journeys are the catchment's: Westdale 78 miles and 150 minutes return.
		expect(problem.localities.find((l) => l.id === 'westdale')?.current).toEqual({ returnMiles: 78, returnMinutes: 150 });
	});

	it('a candidate with a journey neither typed nor estimable is left out, naming the localities', () => {
		const inputs = SiteInputsSchema.parse({ candidates: [{ id: 'x', name: 'Somewhere', lat: 54.5, lon: -2.9 }], localityPoints: { castlebridge: { lat: 54.6, lon: -2.8 } } });
		const { problem, gaps } = buildSiteProblem(s, result, inputs);
		expect(problem.candidates).toEqual([]);
		// Castlebridge has a point, the four market towns do not.
		expect(gaps).toEqual([{ candidateId: 'x', missing: ['Northmoor and district', 'Westdale and the coast', 'Eastham and district', 'Southfield and the vale'] }]);
	});

	it('a journey estimated from coordinates when both points are known, typed ones otherwise', () => {
		const points = Object.fromEntries(s.catchment.localities.map((l, i) => [l.id, { lat: 54 + i * 0.1, lon: -2.5 }]));
		const inputs = SiteInputsSchema.parse({
			candidates: [{ id: 'x', name: 'Somewhere', lat: 54, lon: -2.5 }],
			localityPoints: points,
			journeys: [{ localityId: 'castlebridge', candidateId: 'x', returnMiles: 5, returnMinutes: 12 }]
		});
		const { problem, estimated } = buildSiteProblem(s, result, inputs);
		// The second locality is 0.1 degree north of the site:
		// 6.909 straight-line miles x 1.4 x 2 = 19.35 miles return, / 30 mph x 60 = 38.7 minutes.
		const i1 = 1;
		expect(problem.journeys[i1]?.[0]?.returnMiles).toBeCloseTo(0.1 * 69.0935 * 1.4 * 2, 2);
		expect(problem.journeys[i1]?.[0]?.returnMinutes).toBeCloseTo(((0.1 * 69.0935 * 1.4 * 2) / 30) * 60, 2);
		expect(estimated[i1]?.[0]).toBe(true);
		// Castlebridge (the first locality) has its journey typed in: 5 miles, 12 minutes.
		expect(problem.journeys[0]?.[0]).toEqual({ returnMiles: 5, returnMinutes: 12 });
		expect(estimated[0]?.[0]).toBe(false);
	});
});

describe('the chosen sites as an option, in one step', () => {
	it('a mobile plan becomes an option that parses and appraises, with its travel changes', () => {
		const { problem } = buildSiteProblem(s, result, townStops());
		const plan = planMobileStops(problem, { stops: 3, scansPerWeek: 60, weeksPerYear: 46 });
		expect(plan.stops.length).toBeGreaterThan(0);
		const option = mobileOption(problem, plan, { id: 'mobileSites', unitId: 'mobileSitesUnit', installedYear: s.startYear, scansPerWeek: 60 });
		const input = JSON.parse(raw) as ScenarioInput;
		input.options.push(option);
		const again = parseScenario(input);
		expect(again.ok ? [] : again.errors).toEqual([]);
		if (!again.ok) return;
		const o = again.scenario.options.find((x) => x.id === 'mobileSites');
		// Every locality with a stop sends its patients there up to the unit's capacity: each change is
		// 16 miles / 40 minutes, the share is what the plan moved.
		for (const t of o?.travel ?? []) {
			expect(t.returnTravelMiles).toBe(16);
			expect(t.travelMinutes).toBe(40);
			const at = plan.access.byLocality.find((l) => l.localityId === t.localityId);
			const n = problem.localities.find((l) => l.id === t.localityId)?.patientsPerYear as number;
			expect(t.shareOfPatients).toBeCloseTo((at?.atSites as number) / n, 3);
		}
		expect(o?.addScanners[0]?.kind).toBe('mobile');
		expect(o?.addScanners[0]?.mobile?.movesPerYear).toBe(plan.stops.length);
		expect(appraise(again.scenario).options.some((x) => x.id === 'mobileSites')).toBe(true);
	});

	it('a ranked static site becomes an option with a static scanner', () => {
		const inputs = townStops();
		for (const c of inputs.candidates) c.kind = 'static';
		const { problem } = buildSiteProblem(s, result, inputs);
		const best = rankSingleSites(problem)[0];
		if (!best) throw new Error('no site ranked');
		const option = staticOption(problem, best.candidateId, best.assignment, { id: 'siteOption', scannerId: 'siteScanner', installedYear: s.startYear });
		const input = JSON.parse(raw) as ScenarioInput;
		input.options.push(option);
		const again = parseScenario(input);
		expect(again.ok).toBe(true);
		// No capacity given, so the town's own patients all move: share 1 for that town alone.
		expect(option.travel).toEqual([{ localityId: best.candidateId.replace('Stop', ''), returnTravelMiles: 16, travelMinutes: 40, shareOfPatients: 1, siteScannerId: 'siteScanner' }]);
	});
});
