import { describe, expect, it } from 'vitest';
import { optionTimetable } from '../../src/lib/present/timetable';
import { buildBusinessCase } from '../../src/lib/export/businessCase/build';
import { renderMarkdown } from '../../src/lib/export/businessCase/markdown';
import { exampleModels } from '../export/models';
import { scenarioWith } from '../model/helpers';

describe('when each of an option\'s changes starts', () => {
	it('lists every change at the engine\'s start year, in year order', () => {
		const s = scenarioWith((r) => {
			r.horizonYears = 5;
			r.options.push({
				id: 'phased',
				name: 'Phased',
				scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 12, startYear: 2028 }],
				addScanners: [{ id: 'near', name: 'Town scanner', installedYear: 2027 }],
				fixedStaffChanges: [{ roleId: 'receptionist', extraHoursPerWeek: 7.5 }],
				travel: [{ localityId: 'town', returnTravelMiles: 10, travelMinutes: 20, siteScannerId: 'near' }],
				addFls: true,
				fls: { startYear: 2024, ramp: [0.5, 0.8, 1] }
			});
		});
		// No start year and 2024 (before the 2026 start) both show 2026; the travel change follows the scanner opening in 2027.
		expect(optionTimetable(s, s.options[1]!)).toEqual([
			{ year: 2026, change: 'Receptionist / admin: +7.5 hours a week' },
			{ year: 2026, change: 'Fracture liaison service starts: 50%, 80%, 100% of its full caseload in its first 3 years' },
			{ year: 2027, change: 'Town scanner installed' },
			{ year: 2027, change: 'Town: new journeys (Town scanner)' },
			{ year: 2028, change: 'Main scanner changed' }
		]);
	});

	it('puts the preferred option\'s timetable in the business case (rural: the leased unit and Westdale\'s journeys from 2027)', () => {
		const rural = exampleModels().find((m) => m.slug === 'rural-mobile')!;
		const md = renderMarkdown(buildBusinessCase({ scenario: rural.scenario, result: rural.result, input: rural.input, formulas: rural.formulas, date: '2026-03-01' }));
		expect(md).toContain('When each change starts: Extended county sessions and a leased mobile day');
		expect(md).toMatch(/\| 2027\/28 \| Westdale and the coast: new journeys \(Leased mobile unit[^|]*\) \|/);
	});
});
