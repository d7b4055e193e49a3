import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScenarioJson, appraise, type AppraisalResult } from '../../src/lib/model';

/**
 * docs/methods.md quotes worked examples from the example scenarios. These tests recompute each
 * quoted figure by hand (arithmetic in the comments), check the engine gives it, and check the
 * document still quotes it, so the methods cannot drift from the code.
 */
// Line breaks in the markdown are not meaningful: compare with whitespace collapsed.
const doc = readFileSync('docs/methods.md', 'utf8').replace(/\s+/g, ' ');

function run(file: string): AppraisalResult {
	const parsed = parseScenarioJson(readFileSync(file, 'utf8'));
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
	return appraise(parsed.scenario);
}

const urban = run('models/urban-backlog.json');
const rural = run('models/rural-mobile.json');
const bau = urban.options.find((o) => o.businessAsUsual);
if (!bau) throw new Error('urban example has no business-as-usual option');

describe('docs/methods.md worked examples', () => {
	test('demand: new referrals in the urban example, year 0', () => {
		// North (95 + 348 + 372 + 280 + 56 = 1,151) + South (85 + 336 + 384 + 308 + 64 = 1,177) = 2,328.
		expect(bau.demand[0]?.newReferrals).toBeCloseTo(2328, 6);
		// Year 3 monitoring = 0.3 x year 0 new referrals = 0.3 x 2,328 = 698.4.
		expect(bau.demand[3]?.monitoring).toBeCloseTo(698.4, 6);
		expect(doc).toContain('new referrals 2,328');
		expect(doc).toContain('= 698.4');
	});

	test('capacity: the urban main scanner, year 0', () => {
		// 248 days; 1.2 x 4 x 60 - 15 = 273 minutes; slot 22.5; 273 / 22.5 x 248 = 3,009.0667; x 0.91 = 2,738.2507.
		const y0 = bau.capacity[0]?.scanners[0];
		expect(y0?.operatingDays).toBe(248);
		expect(y0?.slots).toBeCloseTo((273 / 22.5) * 248, 6);
		expect(y0?.capacity).toBeCloseTo((273 / 22.5) * 248 * 0.91, 6);
		expect(doc).toContain('| Capacity | 3,009.07 x 0.91 | 2,738.25 scans |');
	});

	test('capacity: the rural mobile unit in its second and first years', () => {
		const mobile = rural.options.find((o) => o.id === 'mobile');
		// 260 - 8 - 6 - 16 = 230 days; 268 / 22.25 x 230 x 0.8 = 2,216.2697; x 0.94 = 2,083.2935.
		const y2 = mobile?.capacity[2]?.scanners.find((x) => x.scannerId === 'mobileUnit');
		expect(y2?.operatingDays).toBe(230);
		expect(y2?.capacity).toBeCloseTo((268 / 22.25) * 230 * 0.8 * 0.94, 6);
		// First year also loses 2 commissioning weeks x 5 days: 220 days; 268 / 22.25 x 220 x 0.8 x 0.94 = 1,992.7155.
		const y1 = mobile?.capacity[1]?.scanners.find((x) => x.scannerId === 'mobileUnit');
		expect(y1?.capacity).toBeCloseTo((268 / 22.25) * 220 * 0.8 * 0.94, 6);
		expect(doc).toContain('capacity 2,216.27 x 0.94 = 2,083.29 scans');
		expect(doc).toContain('220 days and 1,992.72 scans');
	});

	test('waiting list: the first month of the urban business as usual', () => {
		// List 1,800 + 2,959.14 / 12 - 2,738.25 / 12 = 1,818.41; wait = 1,818.41 / (228.19 / (52 / 12)) = 34.53 weeks.
		const m0 = bau.waitingList.months[0];
		expect(m0?.listSize).toBeCloseTo(1800 + (bau.demand[0]?.total ?? 0) / 12 - (bau.capacity[0]?.capacity ?? 0) / 12, 6);
		expect(m0?.estimatedWaitWeeks).toBeCloseTo(34.53, 2);
		expect(doc).toContain('1,818.41 / 52.66 = 34.5 weeks');
	});

	test('staffing: the DXA operator, year 0', () => {
		// Rota: 6 sessions a week x 52 = 312 sessions x 4 h = 1,248 h; / 1,950 = 0.64; x 1.2 = 0.768; x 38,682 x 1.27 = 37,728.88.
		const op = bau.staffing.byYear[0]?.roles.find((r) => r.roleId === 'dxaOperator');
		expect(op?.hours).toBeCloseTo(1248, 6);
		expect(op?.costGbp).toBeCloseTo(0.768 * 38682 * 1.27, 6);
		expect(doc).toContain('GBP 37,728.88');
	});

	test('costs and discounting: the urban business as usual', () => {
		const y5 = bau.cashFlows[5];
		// Replacement year 2031: capital 244,000; optimism bias (214,000 + 10,000) x 0.10 + 20,000 x 0.24 = 27,200;
		// total 244,000 + 27,200 + revenue 159,140.59 x 1.05 = 438,297.62.
		expect(y5?.capitalTotal).toBe(244000);
		expect(y5?.optimismBiasCapital).toBeCloseTo(27200, 6);
		expect(y5?.total).toBeCloseTo(438297.62, 2);
		// Residual value in 2035: 244,000 x (10 - (10 - 5)) / 10 = 122,000.
		expect(bau.cashFlows[9]?.residualValue).toBeCloseTo(122000, 6);
		expect(bau.summary.netPresentCostGbp).toBeCloseTo(1651551.06, 2);
		// EAC = NPC / 8.607687 (sum of 1 / 1.035^t for t = 0..9).
		expect(bau.summary.equivalentAnnualCostGbp).toBeCloseTo(191869.33, 1);
		expect(bau.summary.costPerScanGbp).toBeCloseTo(70.13, 2);
		// Weighted score (30 x 3 + 30 x 4 + 25 x 9 + 15 x 2) / 100 = 4.65.
		expect(bau.summary.weightedScore).toBeCloseTo(4.65, 10);
		for (const quoted of ['GBP 438,297.62', '**1,651,551.06**', 'GBP 191,869.33', 'GBP 70.13', '= 4.65']) expect(doc).toContain(quoted);
	});

	test('FLS: the urban second scanner with a new FLS, first year', () => {
		const fls = urban.options.find((o) => o.id === 'secondFls')?.fls?.byYear[0];
		// Cohort 725.4 x 5 = 3,627; before the DXA service 3,627 x 0.076 = 275.652 extra treated. Every scan of
		// the first year is beyond the standard (the backlog), all demand is scanned, half the identified need
		// DXA: reached 0.5 + 0.5 x 1 x (1 - 0.2 x 1) = 0.9; extra treated 275.652 x 0.9 = 248.0868.
		expect(fls?.cohort).toBeCloseTo(3627, 6);
		expect(fls?.scannedShare).toBe(1);
		expect(fls?.beyondStandardShare).toBeCloseTo(1, 12);
		expect(fls?.reachedShare).toBeCloseTo(0.9, 12);
		expect(fls?.extraTreated).toBeCloseTo(248.0868, 6);
		// Clinical vertebral fractures (#11): hip share 0.207, clinical vertebral 0.073 at a 45% reduction, other 0.72.
		expect(fls?.avertedHip).toBeCloseTo(248.0868 * 0.1 * 0.207 * 0.34, 9);
		expect(fls?.avertedVertebral).toBeCloseTo(248.0868 * 0.1 * 0.073 * 0.45, 9);
		// Costs avoided 1.74603 x 14,163 + 0.81497 x 2,500 + 4.46556 x 1,500 = 24,729.1 + 2,037.4 + 6,698.3 = 33,464.85.
		expect(fls?.costsAvoidedGbp).toBeCloseTo(33464.85, 1);
		expect(fls?.qalysGained).toBeCloseTo(1.6085, 3);
		expect(doc).toContain('GBP 33,465 of costs avoided');
	});
});
