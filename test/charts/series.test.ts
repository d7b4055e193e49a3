import { describe, expect, test } from 'vitest';
import { costStackSeries, demandCapacitySeries, flsSeries, npcSeries, staffWteSeries, waitingListSeries } from '../../src/lib/charts/series';
import { urbanBacklog } from './fixture';

const result = urbanBacklog();
const ids = result.options.map((o) => o.id);

describe('demandCapacitySeries', () => {
	const s = demandCapacitySeries(result);

	test('capacity, demand and gap are the engine values for every option and year', () => {
		expect(s.years).toEqual(result.years);
		expect(s.options.map((o) => o.optionId)).toEqual(ids);
		result.options.forEach((option, i) => {
			const o = s.options[i]!;
			expect(o.optionIndex).toBe(i);
			expect(o.capacity.map((p) => p.value)).toEqual(option.capacity.map((c) => c.capacity));
			expect(o.demand.map((p) => p.value)).toEqual(option.demand.map((d) => d.total));
			expect(o.gap.map((p) => p.value)).toEqual(option.capacity.map((c) => c.gap));
			expect(o.capacity.map((p) => p.year)).toEqual(result.years);
		});
	});

	test('options with identical demand share one demand line; the FLS option adds referrals so has its own', () => {
		// urban-backlog: bau, extended and second have no FLS (same demand); secondFls adds FLS referrals.
		expect(s.demandGroups.map((g) => g.optionIds)).toEqual([['bau', 'extended', 'second'], ['secondFls']]);
		expect(s.demandGroups[1]!.demand.map((p) => p.value)).toEqual(result.options[3]!.demand.map((d) => d.total));
	});

	test('optionIds narrows to those options, keeps the scenario order and colour index, ignores unknown ids', () => {
		const narrowed = demandCapacitySeries(result, ['secondFls', 'nope', 'bau']);
		expect(narrowed.options.map((o) => [o.optionId, o.optionIndex])).toEqual([
			['bau', 0],
			['secondFls', 3]
		]);
		expect(demandCapacitySeries(result, []).options).toHaveLength(4);
	});
});

describe('waitingListSeries', () => {
	const s = waitingListSeries(result);

	test('list size and estimated wait are the engine values month by month', () => {
		// 10-year horizon x 12 months = 120 points per option.
		expect(s.months).toHaveLength(120);
		result.options.forEach((option, i) => {
			const o = s.options[i]!;
			expect(o.points.map((p) => p.listSize)).toEqual(option.waitingList.months.map((m) => m.listSize));
			expect(o.points.map((p) => p.waitWeeks)).toEqual(option.waitingList.months.map((m) => m.estimatedWaitWeeks));
			expect(o.standardWeeks).toBe(option.waitingList.standardWeeks);
			expect(o.backlogClearsMonth).toBe(option.waitingList.backlogClearsMonth);
		});
		expect(s.standards).toEqual([6]);
	});

	test('a month with no capacity keeps its null wait (a gap), and is counted', () => {
		const copy = structuredClone(result);
		const months = copy.options[1]!.waitingList.months;
		months[5]!.estimatedWaitWeeks = null;
		months[6]!.estimatedWaitWeeks = null;
		const o = waitingListSeries(copy, ['extended']).options[0]!;
		expect(o.points[5]!.waitWeeks).toBeNull();
		expect(o.points[4]!.waitWeeks).toBe(months[4]!.estimatedWaitWeeks);
		expect(o.monthsWithoutEstimate).toBe(2);
	});
});

describe('costStackSeries', () => {
	test('business as usual: the non-zero categories, capital first, with the engine values', () => {
		const s = costStackSeries(result, 'bau')!;
		// bau spends capital only in 2031 (scanner replacement): scanner, installation, IT; revenue:
		// staff, maintenance, consumables, estates, training, cross-calibration (2031 only). Vehicle,
		// site fees, outsourcing, FLS and other are zero in every year, so they are left out.
		expect(s.categories.map((c) => c.key)).toEqual([
			'capital.scanner',
			'capital.installation',
			'capital.it',
			'revenue.staff',
			'revenue.maintenance',
			'revenue.consumables',
			'revenue.estates',
			'revenue.training',
			'revenue.crossCalibration'
		]);
		const flows = result.options[0]!.cashFlows;
		expect(s.categories.find((c) => c.key === 'capital.scanner')!.values).toEqual(flows.map((f) => f.capital.scanner));
		expect(s.categories.find((c) => c.key === 'revenue.staff')!.values).toEqual(flows.map((f) => f.revenue.staff));
		// 2031 is year index 5: scanner 214,000 + installation 20,000 + IT 10,000 = 244,000 capital.
		expect(s.capitalTotal[5]).toBe(244000);
	});

	test.each(ids)('%s: the stacked categories sum to capital total + revenue total in every year', (id) => {
		const s = costStackSeries(result, id)!;
		const option = result.options.find((o) => o.id === id)!;
		option.cashFlows.forEach((f, y) => {
			const stacked = s.categories.reduce((sum, c) => sum + c.values[y]!, 0);
			expect(stacked).toBeCloseTo(f.capitalTotal + f.revenueTotal, 6);
			expect(s.capitalTotal[y]).toBe(f.capitalTotal);
			expect(s.revenueTotal[y]).toBe(f.revenueTotal);
		});
		expect(s.categories.every((c) => c.values.some((v) => v !== 0))).toBe(true);
	});

	test('an unknown option id falls back to the first option', () => {
		expect(costStackSeries(result, 'nope')!.optionId).toBe('bau');
		expect(costStackSeries({ ...result, options: [] })).toBeNull();
	});
});

describe('npcSeries', () => {
	test('NPC and NPSV are the engine summary values; the preferred option is flagged', () => {
		const s = npcSeries(result);
		// Extended hours since clinical vertebral fractures (#11) cut the FLS option's benefits.
		expect(s.preferredOptionId).toBe('extended');
		expect(s.options.filter((o) => o.preferred).map((o) => o.optionId)).toEqual(['extended']);
		result.options.forEach((option, i) => {
			expect(s.options[i]!.npc).toBe(option.summary.netPresentCostGbp);
			expect(s.options[i]!.npsv).toBe(option.summary.netPresentSocialValueGbp);
			expect(s.options[i]!.rank).toBe(option.summary.rank);
		});
		// Without QALY or cash benefits NPSV is minus NPC (bau: -1,646,591 = -NPC).
		expect(s.options[0]!.npsv).toBe(-s.options[0]!.npc);
	});
});

describe('staffWteSeries', () => {
	const s = staffWteSeries(result);

	test('roles are the union in first-seen order: the FLS coordinator only exists in the FLS option', () => {
		expect(s.roles).toHaveLength(9);
		expect(s.roles[8]!.roleId).toBe('flsCoordinator');
		expect(s.options.map((o) => o.wte[8] === null)).toEqual([true, true, true, false]);
	});

	test('funded WTE by role is averageFundedWteByRole; totals are summary.averageFundedWte', () => {
		result.options.forEach((option, i) => {
			const o = s.options[i]!;
			for (const r of option.staffing.averageFundedWteByRole) {
				expect(o.wte[s.roles.findIndex((x) => x.roleId === r.roleId)]).toBe(r.fundedWte);
			}
			expect(o.totalWte).toBe(option.summary.averageFundedWte);
		});
	});
});

describe('flsSeries', () => {
	test('only options with an FLS, with fractures averted by site and costs avoided from the engine', () => {
		const s = flsSeries(result);
		expect(s.options.map((o) => o.optionId)).toEqual(['secondFls']);
		const fls = result.options[3]!.fls!;
		const o = s.options[0]!;
		expect(o.averted).toEqual({ hip: fls.totals.avertedHip, vertebral: fls.totals.avertedVertebral, other: fls.totals.avertedOther });
		expect(o.costsAvoidedGbp).toBe(fls.totals.costsAvoidedGbp);
		expect(o.pvCostsAvoidedGbp).toBe(fls.pvCostsAvoidedGbp);
		expect(o.totalAverted).toBe(result.options[3]!.summary.fracturesAverted);
		// The engine's total is the sum of the sites: 52.83 hip + 24.66 vertebral + 135.12 other = 212.62.
		expect(o.totalAverted).toBeCloseTo(212.62, 2);
	});

	test('no FLS among the chosen options gives an empty list', () => {
		expect(flsSeries(result, ['bau', 'second']).options).toEqual([]);
	});
});
