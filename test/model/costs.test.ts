import { describe, expect, it } from 'vitest';
import { appraiseOption } from '../../src/lib/model/appraise';
import { scenarioWith, type Raw } from './helpers';

function flows(edit: (r: Raw) => void) {
	const s = scenarioWith(edit);
	return appraiseOption(s, s.options[0]!);
}

describe('cash flows', () => {
	/**
	 * A scanner installed in the first year (2026) with default asset figures, horizon 5.
	 * Year 0 capital: scanner 214,000 + installation 20,000 + IT 10,000 + room works 30,000 = 274,000;
	 * optimism bias on capital: equipment (scanner 214,000 + IT 10,000) x 10% = 22,400, plus estates
	 * works (installation 20,000 + room works 30,000) x 24% = 12,000: 34,400.
	 * Maintenance (12,000) starts once the 1-year warranty has run: years 1-4, not year 0.
	 * Residual value in year 4: bought year 0, 5 of 10 years used: (214,000 + 20,000 + 10,000) x 5/10
	 * = 122,000 (room works are building works, not part of the asset).
	 */
	const newScanner = flows((r) => ((r.horizonYears = 5), (r.scanners[0].installedYear = 2026)));
	const cf = newScanner.cashFlows;

	it('buys the scanner in its installation year', () => {
		expect(cf[0]!.capital).toMatchObject({ scanner: 214000, installation: 20000, it: 10000, roomWorks: 30000, vehicle: 0 });
		expect(cf[0]!.capitalTotal).toBe(274000);
		expect(cf[0]!.optimismBiasCapital).toBeCloseTo(34400, 6);
		expect(cf.slice(1).every((y) => y.capitalTotal === 0)).toBe(true);
	});

	it('pays maintenance only after the warranty', () => {
		expect(cf.map((y) => y.revenue.maintenance)).toEqual([0, 12000, 12000, 12000, 12000]);
		expect(cf.map((y) => y.revenue.estates)).toEqual([15000, 15000, 15000, 15000, 15000]);
	});

	it('credits the residual value in the last year only', () => {
		expect(cf.map((y) => y.residualValue)).toEqual([0, 0, 0, 0, 122000]);
	});

	it('adds optimism bias on revenue and discounts each year', () => {
		for (const y of cf) {
			expect(y.optimismBiasRevenue).toBeCloseTo(0.05 * y.revenueTotal, 6);
			expect(y.total).toBeCloseTo(y.capitalTotal + y.revenueTotal + y.optimismBiasCapital + y.optimismBiasRevenue + y.patientTravel - y.residualValue, 6);
			// 1 / 1.035^t
			expect(y.discountFactor).toBeCloseTo(1 / Math.pow(1.035, y.yearIndex), 12);
			expect(y.discounted).toBeCloseTo(y.total * y.discountFactor, 6);
		}
		// Consumables: GBP 2 a scan delivered.
		expect(cf[1]!.revenue.consumables).toBeCloseTo(2 * newScanner.capacity[1]!.delivered, 6);
	});

	it('replaces an old scanner with cross-calibration and a fresh warranty', () => {
		// Installed 2020, 10-year life: replaced in 2030 = year 4. 214,000 + 20,000 + 10,000 = 244,000
		// (no room works), cross-calibration 3,000, no maintenance in the replacement year.
		const r = flows(() => {}).cashFlows;
		expect(r[4]!.capitalTotal).toBe(244000);
		expect(r[4]!.capital.roomWorks).toBe(0);
		expect(r[4]!.revenue.crossCalibration).toBe(3000);
		expect(r.map((y) => y.revenue.maintenance)).toEqual([12000, 12000, 12000, 12000, 0, 12000, 12000, 12000, 12000, 12000]);
		// Residual: bought year 4, used years 4-9 = 6 of 10: 244,000 x 4 / 10 = 97,600 in year 9
		expect(r[9]!.residualValue).toBeCloseTo(97600, 6);
	});

	it('replaces an overdue scanner in year 0', () => {
		const r = flows((raw) => (raw.scanners[0].installedYear = 2012)).cashFlows;
		expect(r[0]!.capital.scanner).toBe(214000);
		expect(r[0]!.revenue.maintenance).toBe(0);
		expect(r.slice(1).every((y) => y.capital.scanner === 0)).toBe(true);
	});

	it('costs a mobile unit: vehicle, running per mile and site fees, no estates', () => {
		// Vehicle 250,000 in its installation year; running 3,000 miles x 1.50 = 4,500; site fees 12,000
		const m = flows((r) => Object.assign(r.scanners[0], { kind: 'mobile', installedYear: 2026, mobile: {} })).cashFlows;
		expect(m[0]!.capital.vehicle).toBe(250000);
		expect(m[1]!.revenue.vehicle).toBe(4500);
		expect(m[1]!.revenue.siteFees).toBe(12000);
		expect(m[1]!.revenue.estates).toBe(0);
		// Vehicle residual: bought year 0, 10-year life, horizon 10: fully used, so the year-9 credit is the scanner's alone (0 too).
		expect(m[9]!.residualValue).toBe(0);
	});

	it('keeps the FLS coordinator in staff costs, not in the FLS line', () => {
		// FLS in the baseline, 100 hip fractures: FLS line year 0 = other costs 10,000 + drugs 38 x 60 = 12,280;
		// the coordinator (0.8 WTE, 39,300.91) is paid through staff.
		const withFls = flows((r) => (r.fls = { inBaseline: true, hipFracturesPerYear: 100 }));
		const without = flows(() => {});
		expect(withFls.cashFlows[0]!.revenue.fls).toBeCloseTo(12280, 6);
		expect(withFls.fls!.byYear[0]!.coordinatorCostGbp).toBeCloseTo(39300.912, 3);
		const coordinatorInStaff = withFls.staffing.byYear[0]!.roles.find((r) => r.roleId === 'flsCoordinator')!.costGbp;
		expect(coordinatorInStaff).toBeCloseTo(39300.912, 3);
		// Staff cost differs by the coordinator plus reporting of the extra FLS scans (more scans delivered).
		expect(withFls.cashFlows[0]!.revenue.staff).toBeGreaterThan(without.cashFlows[0]!.revenue.staff! + 39300);
	});

	it('adds patient travel cost when the societal perspective is on', () => {
		// Demand year 0 = 390 new + 0.3 x 390 monitoring = 507; per patient 10 miles x 0.45 + 40/60 h x 10 = 11.1667;
		// 507 x 11.1667 = 5,661.50
		const t = flows((r) => (r.costs = { patientTravel: { include: true } })).cashFlows;
		expect(t[0]!.patientTravel).toBeCloseTo(5661.5, 6);
		expect(flows(() => {}).cashFlows[0]!.patientTravel).toBe(0);
	});
});
