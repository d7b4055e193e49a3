import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/lib/model/parse';
import { appraise } from '../../src/lib/model/appraise';
import { buildSiteProblem, planMobileStops } from '../../src/lib/model/access';
import { encodeShare, decodeShare } from '../../src/lib/state/shareLink';

/** The site list is part of the scenario: it parses with the file, travels in a share link and feeds the Sites page's problem. */
const raw = () => {
	const r = JSON.parse(readFileSync('models/rural-mobile.json', 'utf8'));
	r.sites = {
		candidates: [{ id: 'harbour', name: 'Westdale harbour', kind: 'mobileStop' }],
		journeys: ['castlebridge', 'northmoor', 'westdale', 'eastham', 'southfield'].map((l, i) => ({ localityId: l, candidateId: 'harbour', returnMiles: 10 + 10 * i, returnMinutes: 20 + 20 * i }))
	};
	return r;
};

describe('sites in the scenario', () => {
	it('parse with the scenario, with the schema defaults filled in', () => {
		const p = parseScenario(raw());
		expect(p.ok).toBe(true);
		if (!p.ok) return;
		expect(p.scenario.sites?.candidates.map((c) => c.name)).toEqual(['Westdale harbour']);
		// Defaults: road factor 1.3 (placeholder), 3 stops, 60 scans a week, 46 weeks, year 0.
		expect(p.scenario.sites).toMatchObject({ stops: 3, scansPerWeek: 60, weeksPerYear: 46, yearIndex: 0, measure: 'minutes' });
		// The Sites page's problem reads them: Westdale's typed journey is 30 miles / 60 minutes.
		const built = buildSiteProblem(p.scenario, appraise(p.scenario), p.scenario.sites!);
		expect(built.gaps).toEqual([]);
		expect(built.problem.journeys[2]![0]).toEqual({ returnMiles: 30, returnMinutes: 60 });
		expect(planMobileStops(built.problem, { stops: 1, scansPerWeek: 60, weeksPerYear: 46 }).stops.map((s) => s.candidateId)).toEqual(['harbour']);
	});

	it('travel in a share link', async () => {
		const json = JSON.stringify(raw());
		const enc = await encodeShare(json);
		if (!enc.ok) throw new Error(enc.message);
		const dec = await decodeShare(enc.value);
		expect(dec.ok && JSON.parse(dec.value).sites.candidates[0].name).toBe('Westdale harbour');
	});

	it('name a bad site input by its path', () => {
		const r = raw();
		r.sites.candidates[0].lat = 95;
		const p = parseScenario(r);
		expect(p.ok).toBe(false);
		if (p.ok) return;
		expect(p.errors.map((e) => e.path)).toContain('sites.candidates[0].lat');
	});

	it('are optional: a scenario without them parses as before', () => {
		const r = raw();
		delete r.sites;
		const p = parseScenario(r);
		expect(p.ok && p.scenario.sites).toBeUndefined();
	});
});
