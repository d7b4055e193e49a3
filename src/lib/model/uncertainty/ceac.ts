import type { Scenario, Option } from '../schema/scenario';
import type { CeacResult, PsaSamples } from './types';

/** What an option changes, for finding the option that is the same apart from the FLS. */
const CHANGE_KEYS = ['scannerChanges', 'addScanners', 'removeScannerIds', 'outsourcing', 'fixedStaffChanges', 'capitalItems', 'revenueItems', 'travel'] as const satisfies readonly (keyof Option)[];

/**
 * The FLS option and its comparator for the acceptability curve: as set in the scenario, else the
 * first option that adds an FLS against the option without one that shares the most of its other
 * changes (ties go to business as usual, then the earlier option). No curve when every option
 * already includes an FLS or none adds one.
 */
export function ceacPair(s: Scenario): { optionId: string; comparatorId: string; basis: string } | { note: string } {
	const set = s.uncertainty?.ceac;
	if (set) return { ...set, basis: 'as set in the scenario (uncertainty.ceac)' };
	if (s.fls.inBaseline) return { note: 'Every option includes the fracture liaison service (it runs today), so there is no FLS decision for an acceptability curve.' };
	const fls = s.options.find((o) => o.addFls);
	if (!fls) return { note: 'No option adds a fracture liaison service, so there is no acceptability curve.' };
	const others = s.options.filter((o) => !o.addFls);
	if (others.length === 0) return { note: 'Every option adds the fracture liaison service, so there is no comparator without it.' };
	const shared = (o: Option) => CHANGE_KEYS.filter((k) => JSON.stringify(o[k] ?? null) === JSON.stringify(fls[k] ?? null)).length;
	const best = [...others].sort((a, b) => shared(b) - shared(a) || Number(b.businessAsUsual) - Number(a.businessAsUsual))[0] as Option;
	return { optionId: fls.id, comparatorId: best.id, basis: `the option adding the FLS against the option without it that shares most of its other changes (${shared(best)} of ${CHANGE_KEYS.length} kinds of change)` };
}

/**
 * Acceptability curve: at each willingness to pay lambda per QALY, the share of iterations in
 * which the FLS option's net monetary benefit, lambda x discounted QALYs + PV of fracture costs
 * avoided - NPC, exceeds the comparator's (Fenwick, Claxton and Sculpher, Health Econ 2001).
 */
export function ceacFromSamples(s: Scenario, samples: PsaSamples, base: { qalys: number[]; benefits: number[]; npc: number[] }): CeacResult | { note: string } {
	const pair = ceacPair(s);
	if ('note' in pair) return pair;
	const a = samples.optionIds.indexOf(pair.optionId);
	const b = samples.optionIds.indexOf(pair.comparatorId);
	if (a < 0 || b < 0) return { note: 'The acceptability-curve options are not in the scenario.' };
	const w = samples.optionIds.length;
	const n = samples.count;
	const dq = new Float64Array(n);
	const dc = new Float64Array(n);
	let sq = 0;
	let sc = 0;
	for (let i = 0; i < n; i++) {
		const q = (samples.qalys[i * w + a] as number) - (samples.qalys[i * w + b] as number);
		const c = (samples.npc[i * w + a] as number) - (samples.benefits[i * w + a] as number) - ((samples.npc[i * w + b] as number) - (samples.benefits[i * w + b] as number));
		dq[i] = q;
		dc[i] = c;
		sq += q;
		sc += c;
	}
	const grid = s.uncertainty?.willingnessToPay ?? [];
	const points = grid.map((lambda) => {
		let k = 0;
		for (let i = 0; i < n; i++) if (lambda * (dq[i] as number) - (dc[i] as number) > 0) k++;
		return { willingnessToPayGbp: lambda, probability: n > 0 ? k / n : 0 };
	});
	const bq = (base.qalys[a] as number) - (base.qalys[b] as number);
	const bc = (base.npc[a] as number) - (base.benefits[a] as number) - ((base.npc[b] as number) - (base.benefits[b] as number));
	const name = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
	return {
		optionId: pair.optionId,
		optionName: name(pair.optionId),
		comparatorId: pair.comparatorId,
		comparatorName: name(pair.comparatorId),
		basis: pair.basis,
		points,
		meanIncrementalCostGbp: n > 0 ? sc / n : 0,
		meanIncrementalQalys: n > 0 ? sq / n : 0,
		baseIcerGbpPerQaly: bq > 0 && bc > 0 ? bc / bq : null
	};
}
