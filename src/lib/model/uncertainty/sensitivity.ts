import type { Scenario } from '../schema/scenario';
import type { SensitivityResult, TornadoBar } from './types';
import { compileInputs, assignmentsFor } from './ranges';
import { evaluate, preferredIndex, type Evaluation } from './evaluate';
import { withValues } from './paths';
import { arenaFor } from '../arena';

const bySwing = (a: TornadoBar, b: TornadoBar) => b.swing - a.swing || a.label.localeCompare(b.label);

/**
 * One-way sensitivity (Green Book 5.4: vary one input at a time): for each uncertain input, the
 * engine is re-run with the input at its low and at its high value and every other input at base.
 * Two tornadoes come out: the base-case preferred option's net present cost, and the gap in net
 * present social value between the base-case preferred option and the runner-up (positive while
 * the preferred option keeps its lead on value). The preferred option at each end is recorded too.
 */
export function oneWaySensitivity(s: Scenario): SensitivityResult {
	// One work area for every re-run (the variants have the base scenario's shape).
	const arena = arenaFor(s);
	const base = evaluate(s, arena);
	const p = preferredIndex(base);
	const r = base.order[1] ?? null;
	const npsv = (e: Evaluation, i: number) => (e.summaries[i] as Evaluation['summaries'][number]).netPresentSocialValueGbp;
	const npcOf = (e: Evaluation) => (e.summaries[p] as Evaluation['summaries'][number]).netPresentCostGbp;
	const gapOf = (e: Evaluation) => (r === null ? 0 : npsv(e, p) - npsv(e, r));
	const inputs = compileInputs(s);
	const npc: TornadoBar[] = [];
	const gap: TornadoBar[] = [];
	for (const c of inputs) {
		const { range } = c;
		const lowScenario = withValues(s, assignmentsFor(c, range.low));
		const lo = evaluate(lowScenario, arenaFor(lowScenario, arena));
		const highScenario = withValues(s, assignmentsFor(c, range.high));
		const hi = evaluate(highScenario, arenaFor(highScenario, arena));
		const common = {
			path: range.path,
			label: range.label,
			unit: range.unit,
			low: range.low,
			high: range.high,
			base: range.base,
			preferredAtLow: lo.optionIds[preferredIndex(lo)] as string,
			preferredAtHigh: hi.optionIds[preferredIndex(hi)] as string
		};
		npc.push({ ...common, atLow: npcOf(lo), atHigh: npcOf(hi), swing: Math.abs(npcOf(hi) - npcOf(lo)) });
		if (r !== null) gap.push({ ...common, atLow: gapOf(lo), atHigh: gapOf(hi), swing: Math.abs(gapOf(hi) - gapOf(lo)) });
	}
	return {
		preferredOptionId: base.optionIds[p] as string,
		preferredName: base.names[p] as string,
		runnerUpOptionId: r === null ? null : (base.optionIds[r] as string),
		runnerUpName: r === null ? null : (base.names[r] as string),
		baseNpcGbp: npcOf(base),
		baseGapGbp: r === null ? null : gapOf(base),
		npc: npc.sort(bySwing),
		gap: gap.sort(bySwing),
		inputs: inputs.map((c) => c.range)
	};
}
