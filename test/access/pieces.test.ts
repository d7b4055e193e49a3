/**
 * The pure pieces of #11's model changes, ready for the kernel: attendance falling with distance,
 * the establishment from the weekly rota, the clinical fracture mix and the cohort from incidence
 * by age band and sex, and access charged on scans delivered. Each value worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { attendanceFactor, distanceRiskRatio, localityAccess, relativeUptake } from '../../src/lib/model/access';
import { establishmentWte, weeklyRotaHours } from '../../src/lib/model/establishment';
import { clinicalFractureMix } from '../../src/lib/model/fractureEpidemiology';

describe('attendance and distance (Curtis 2009 bands)', () => {
	it.each([
		[0, 1],
		[2.5, 1],
		[7, 0.92],
		[12, 0.92 - 0.5 * 0.13], // half way from 7 (0.92) to 17 (0.79): 0.855
		[39, 0.43 - (7 / 15) * 0.11], // 0.37867
		[60, 0.26],
		[200, 0.26]
	])('one way %s miles: risk ratio %s', (miles, rr) => {
		expect(distanceRiskRatio(miles)).toBeCloseTo(rr, 12);
	});
	it("Westdale: 78 miles return today, 16 on the unit: uptake x 1.156 at a quarter strength", () => {
		// factors 1 - 0.25 x (1 - 0.378667) = 0.844667 and 1 - 0.25 x (1 - 0.907) = 0.97675; 0.97675 / 0.844667 = 1.15637.
		expect(attendanceFactor(78)).toBeCloseTo(0.844667, 6);
		expect(attendanceFactor(16)).toBeCloseTo(0.97675, 6);
		expect(relativeUptake(78, 16)).toBeCloseTo(1.15637, 5);
		// Half the patients moved: (0.5 x 0.844667 + 0.5 x 0.97675) / 0.844667 = 1.07819.
		expect(relativeUptake(78, 16, 0.5)).toBeCloseTo(1.07819, 5);
		// Business as usual (no change) and strength 0 leave uptake at exactly 1.
		expect(relativeUptake(78, 78)).toBe(1);
		expect(relativeUptake(78, 16, 1, 0)).toBe(1);
	});
});

describe('establishment from the weekly rota', () => {
	it('10 sessions x 3.5 h x 1 operator funds 1.12 WTE with the defaults', () => {
		// 35 h a week x 52 = 1,820 h; / 1,950 = 0.93333; x 1.2 = 1.12.
		const h = weeklyRotaHours([{ sessionsPerWeek: 10, sessionHours: 3.5, staffPerSession: 1 }]);
		expect(h).toBe(35);
		const { baseWte, fundedWte } = establishmentWte(h, 1950, 0.2);
		expect(baseWte).toBeCloseTo(1820 / 1950, 12);
		expect(fundedWte).toBeCloseTo(1.12, 12);
	});
	it('fixed hours add to the rota: 2 scanners and 4 h a week of lead clinician', () => {
		// 10 x 4 x 1 + 6 x 4 x 0.5 + 4 = 40 + 12 + 4 = 56 h; 56 x 52 / 1,950 x 1.2 = 1.792.
		const h = weeklyRotaHours([{ sessionsPerWeek: 10, sessionHours: 4, staffPerSession: 1 }, { sessionsPerWeek: 6, sessionHours: 4, staffPerSession: 0.5 }], 4);
		expect(h).toBe(56);
		expect(establishmentWte(h, 1950, 0.2).fundedWte).toBeCloseTo(1.792, 12);
	});
});

describe('UK fracture epidemiology', () => {
	it('clinical fracture mix with 54% women: hip 20.7%, clinical vertebral 7.3%', () => {
		// all 0.54 x 155.4 + 0.46 x 71.8 = 116.944; hip 0.54 x 33.5 + 0.46 x 13.4 = 24.254; vertebral 0.54 x 11.8 + 0.46 x 4.6 = 8.488.
		const m = clinicalFractureMix(0.54);
		expect(m.hipShare).toBeCloseTo(24.254 / 116.944, 12);
		expect(m.vertebralShare).toBeCloseTo(8.488 / 116.944, 12);
		expect(m.hipShare + m.vertebralShare + m.otherShare).toBeCloseTo(1, 12);
	});
});

describe('access charged on scans delivered', () => {
	it('1,000 scans, 40% moved from 78 mi / 150 min to 16 mi / 40 min', () => {
		// miles 600 x 78 + 400 x 16 = 53,200; hours (90,000 + 16,000) / 60 = 1,766.667;
		// cost 53,200 x 0.45 + 1,766.667 x 10 = 23,940 + 17,666.67 = 41,606.67; within 30 and 60 one way: 0.4.
		const a = localityAccess(1000, { today: { returnMiles: 78, returnMinutes: 150 }, change: { returnMiles: 16, returnMinutes: 40, shareOfPatients: 0.4 } }, { costPerMileGbp: 0.45, valueOfTimePerHourGbp: 10 });
		expect(a.returnMiles).toBeCloseTo(53200, 9);
		expect(a.returnHours).toBeCloseTo(106000 / 60, 9);
		expect(a.costGbp).toBeCloseTo(23940 + (106000 / 60) * 10, 6);
		expect(a.within30Share).toBeCloseTo(0.4, 12);
		expect(a.within60Share).toBeCloseTo(0.4, 12);
	});
	it('no scans delivered: nothing travelled and no shares', () => {
		expect(localityAccess(0, { today: { returnMiles: 10, returnMinutes: 30 } }, { costPerMileGbp: 0.45, valueOfTimePerHourGbp: 10 })).toEqual({ journeys: 0, returnMiles: 0, returnHours: 0, costGbp: 0, within30Share: 0, within60Share: 0, within30Journeys: 0, within60Journeys: 0 });
	});
});
