import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioJson, appraise } from '../../src/lib/model';

// The fourth example, built only from published figures (models/salisbury-published.json).
const raw = JSON.parse(readFileSync('models/salisbury-published.json', 'utf8'));
const parsed = parseScenarioJson(JSON.stringify(raw));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const s = parsed.scenario;
const bau = appraise(s).options.find((o) => o.businessAsUsual)!;

describe('Salisbury example: each published figure, as the engine reads it', () => {
	it('225,000 people (Rural Health and Care Alliance profile of the trust), 22.3% aged 65 and over (South West, Census 2021)', () => {
		const p = s.catchment.localities[0]!.population;
		expect(p.under50 + p.age50to64 + p.age65to74 + p.age75to84 + p.age85plus).toBe(225000);
		// 27,000 + 16,425 + 6,750 = 50,175 = 22.3% of 225,000
		expect(p.age65to74 + p.age75to84 + p.age85plus).toBe(0.223 * 225000);
	});

	it('one scanner giving 46 slots a week (FOI_7001): (4 x 240 - 5 x 15) / 19.25 = 45.97', () => {
		expect(s.scanners).toHaveLength(1);
		const sc = bau.capacity[0]!.scanners[0]!;
		// average slot 0.65 x 15 + 0.3 x 25 + 0.05 x 40 = 19.25 minutes; 885 / 19.25 = 45.97 a week
		expect((sc.slots / sc.operatingDays) * 5).toBeCloseTo(885 / 19.25, 9);
		expect(Math.round((sc.slots / sc.operatingDays) * 5)).toBe(46);
	});

	it('DNA 5.2% and 15-minute routine slots (FOI_7001); 317 hip fractures (NHFD 2018)', () => {
		expect(s.scanners[0]!.dnaRate).toBe(0.052);
		expect(s.scanners[0]!.slotMinutes.standard).toBe(15);
		expect(s.fls.hipFracturesPerYear).toBe(317);
	});

	it('cites every figure it sets, and marks what the sources do not give as a placeholder', () => {
		const r = s.rationale;
		for (const path of ['catchment.localities[0].population.under50', 'scanners[0].sessionsPerWeek', 'scanners[0].slotMinutes.standard', 'scanners[0].dnaRate', 'fls.hipFracturesPerYear', 'catchment.localities[0].growth.age85plus']) expect(r[path], path).toBeTruthy();
		expect(r['scanners[0].sessionsPerWeek']).toContain('FOI_7001');
		expect(r['fls.hipFracturesPerYear']).toContain('National Hip Fracture Database');
		for (const path of ['demand.startingBacklog', 'scanners[0].installedYear', 'scanners[0].purchaseCostGbp', 'demand.referralRatesPer1000.age65to74', 'fls.inBaseline']) expect(r[path], path).toMatch(/^Placeholder/);
	});
});
