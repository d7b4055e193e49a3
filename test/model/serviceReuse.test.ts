import { describe, expect, it } from 'vitest';
import { Arena, sizeOf } from '../../src/lib/model/arena';
import { appraiseSummaries } from '../../src/lib/model/appraise';
import { effectiveService, type EffectiveService } from '../../src/lib/model/effective';
import { optionKernel, scenarioKernel } from '../../src/lib/model/kernel';
import type { Option, Scenario } from '../../src/lib/model/schema/scenario';
import { ScannerSchema } from '../../src/lib/model/schema/scanner';
import { scenarioWith } from './helpers';

/**
 * An arena holds one effective service, which each option's kernel refills in place (effective.ts):
 * the service read after an option's kernel is that option's, whatever ran before it, and a
 * scenario changed between two appraisals in one arena (as the Monte Carlo analysis changes its
 * working copy every iteration) gives what a fresh arena gives.
 *
 * The scenario is helpers.ts's (one static scanner 'main', 10 sessions a week, installed 2020),
 * over three years (2026-2028), with the schema's fixed staff: lead clinician 4 h a week,
 * secretary 15, MPE 1, nurse specialist 7.5.
 */
const scenario = (): Scenario =>
	scenarioWith((r) => {
		r.horizonYears = 3;
		r.options.push(
			{
				id: 'later',
				name: 'More sessions from 2028, more secretary hours from 2027',
				scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 15, startYear: 2028 }],
				fixedStaffChanges: [
					{ roleId: 'mpe', extraHoursPerWeek: -2 },
					{ roleId: 'secretary', extraHoursPerWeek: 10, startYear: 2027 }
				]
			},
			{
				id: 'swap',
				name: 'A new scanner from 2027, the old one removed in 2028, an FLS ramping up',
				addScanners: [{ id: 'new', name: 'New scanner', installedYear: 2027 }],
				removeScannerIds: ['main'],
				removeScannerYears: { main: 2028 },
				addFls: true,
				fls: { startYear: 2027, ramp: [0.5, 1] }
			}
		);
	});

const byId = (s: Scenario, id: string): Option => s.options.find((o) => o.id === id) as Option;

/** What a service says, without its work space (travelFrom: the option's entries). */
const view = (svc: EffectiveService) => ({
	option: svc.option.id,
	scanners: svc.scanners.map((sc) => ({ ...sc })),
	phases: svc.phases.map((p) => ({ ...p })),
	fixedStaff: svc.fixedStaff.map((f) => ({ ...f })),
	fixedStaffSteps: svc.fixedStaffSteps.map((st) => ({ from: st.from, staff: st.staff.map((f) => ({ ...f })) })),
	travelFrom: Array.from(svc.travelFrom.subarray(0, svc.option.travel.length)),
	hasFls: svc.hasFls,
	flsFrom: svc.flsFrom,
	flsCoverage: svc.flsCoverage ? Array.from(svc.flsCoverage.subarray(0, 3)) : null
});

describe("the arena's effective service", () => {
	it("is, after an option's kernel, that option's service, whichever option ran before", () => {
		const s = scenario();
		const a = new Arena(sizeOf(s));
		scenarioKernel(s, a);
		// swap, later, swap, bau, later: each read straight after its own kernel.
		const seen = ['swap', 'later', 'swap', 'bau', 'later'].map((id) => view(optionKernel(s, byId(s, id), a, 'summary')));
		for (const v of seen) expect(v).toEqual(view(effectiveService(s, byId(s, v.option))));

		const later = seen[4]!;
		// The changed scanner runs 15 sessions from year index 2 (2028), the baseline (10 sessions) before; the scenario is untouched.
		expect(later.scanners.map((sc) => [sc.id, sc.sessionsPerWeek])).toEqual([['main', 15]]);
		expect(later.phases).toEqual([{ from: 2, before: s.scanners[0], until: 3 }]);
		expect(s.scanners[0]!.sessionsPerWeek).toBe(10);
		// Fixed hours: from year 0 the MPE's 1 - 2 = -1 is floored at 0; from year 1 (2027) the secretary's 15 + 10 = 25.
		expect(later.fixedStaffSteps).toEqual([
			{ from: 0, staff: [{ roleId: 'leadClinician', hoursPerWeek: 4 }, { roleId: 'secretary', hoursPerWeek: 15 }, { roleId: 'mpe', hoursPerWeek: 0 }, { roleId: 'nurseSpecialist', hoursPerWeek: 7.5 }] },
			{ from: 1, staff: [{ roleId: 'leadClinician', hoursPerWeek: 4 }, { roleId: 'secretary', hoursPerWeek: 25 }, { roleId: 'mpe', hoursPerWeek: 0 }, { roleId: 'nurseSpecialist', hoursPerWeek: 7.5 }] }
		]);
		expect(later.fixedStaff).toEqual(later.fixedStaffSteps[1]!.staff);
		expect([later.hasFls, later.flsCoverage]).toEqual([false, null]);

		const swap = seen[2]!;
		// The baseline scanner until its removal at year index 2, the new one (installed 2027) throughout; one fixed staff step, the schema's.
		expect(swap.scanners.map((sc) => sc.id)).toEqual(['main', 'new']);
		expect(swap.phases).toEqual([
			{ from: 0, before: null, until: 2 },
			{ from: 0, before: null, until: 3 }
		]);
		expect(swap.fixedStaffSteps.map((st) => [st.from, st.staff.map((f) => f.hoursPerWeek)])).toEqual([[0, [4, 15, 1, 7.5]]]);
		// The FLS from year index 1 (2027): coverage 0, then its ramp 0.5, 1.
		expect([swap.hasFls, swap.flsFrom, swap.flsCoverage]).toEqual([true, 1, [0, 0.5, 1]]);
	});

	it('gives, for a scenario changed between two appraisals in one arena, what a fresh arena gives', () => {
		const s = scenario();
		const a = new Arena(sizeOf(s));
		const first = appraiseSummaries(s, a);
		expect(first).toEqual(appraiseSummaries(s));
		// As a Monte Carlo iteration writes its draws: the baseline scanner's DNA rate and the change's sessions.
		s.scanners[0]!.dnaRate = 0.2;
		(byId(s, 'later').scannerChanges[0] as { sessionsPerWeek?: number }).sessionsPerWeek = 12;
		const second = appraiseSummaries(s, a);
		expect(second).toEqual(appraiseSummaries(s));
		expect(second).not.toEqual(first);
		// The changed scanner, refilled in place, has the new DNA rate and sessions.
		scenarioKernel(s, a);
		const svc = optionKernel(s, byId(s, 'later'), a, 'summary');
		expect([svc.scanners[0]!.dnaRate, svc.scanners[0]!.sessionsPerWeek]).toEqual([0.2, 12]);
	});

	it("refreshes a kept copy of a changed scanner with every field of the schema's scanner", () => {
		const s = scenarioWith((r) => {
			r.horizonYears = 3;
			r.scanners[0].localityId = 'town';
			r.scanners[0].mobile = {};
			r.scanners[0].kind = 'mobile';
			r.options.push({ id: 'more', name: 'More sessions', scannerChanges: [{ scannerId: 'main', sessionsPerWeek: 15 }] });
		});
		const a = new Arena(sizeOf(s));
		const more = byId(s, 'more');
		optionKernel(s, more, a, 'summary');
		// Every field of the baseline scanner but its id (which the change names) changed: numbers + 1, text with ' 2' added,
		// lists and groups new objects; then the kernel again.
		const sc = s.scanners[0] as unknown as Record<string, unknown>;
		const fields = Object.keys(ScannerSchema.shape);
		expect(Object.keys(sc).sort()).toEqual([...fields].sort());
		for (const key of fields) {
			if (key === 'id') continue;
			const v = sc[key];
			sc[key] = typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v} 2` : Array.isArray(v) ? [...v] : { ...(v as object) };
		}
		const svc = optionKernel(s, more, a, 'summary');
		// The copy is the baseline scanner as it is now, with the change's 15 sessions: 10 + 1 = 11 replaced.
		expect(sc.sessionsPerWeek).toBe(11);
		expect(svc.scanners[0]).not.toBe(s.scanners[0]);
		expect(svc.scanners[0]).toEqual({ ...s.scanners[0], sessionsPerWeek: 15 });
		for (const key of fields) if (key !== 'sessionsPerWeek') expect((svc.scanners[0] as unknown as Record<string, unknown>)[key], key).toBe(sc[key]);
	});
});
