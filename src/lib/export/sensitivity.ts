import type { Scenario } from '../model';
import type { SensitivityAnalyses, TornadoBar } from '../model/uncertainty';
import type { SensitivitySummary } from './businessCase/sensitivity';
import type { DocBuilder } from './businessCase/model';
import { gbp, decimal, pct, withInputLabels } from '../present';

/** The uncertainty engine's one-way sensitivity and switching values for a scenario, ready to render. */
export interface SensitivityAnalysis extends SensitivitySummary, SensitivityAnalyses {
	name: (optionId: string) => string;
}

/** Value in the input's own unit: fractions as percentages, money as pounds. */
function shown(v: number, unit: string): string {
	if (/fraction/.test(unit)) return pct(v, 1);
	if (/^GBP/.test(unit)) return gbp(v);
	return decimal(v, Math.abs(v) < 10 && v % 1 ? 2 : 0);
}

/**
 * The one-way sensitivity and switching values worked out by the engine (the app's analyses
 * owner, src/lib/state/analyses.svelte.ts, or the CLI), ready for the business case (here) and
 * the workbook's Sensitivity sheet (workbook/sensitivitySheet.ts); null when none was given. An
 * exporter never runs the engine: each figure is a full re-run of the model.
 */
export function sensitivityFor(s: Scenario, given: PrecomputedSensitivity | null | undefined): SensitivityAnalysis | null {
	return given ? analysis(s, given.ows, given.sv) : null;
}

/** One-way sensitivity and switching values already worked out by the engine for this scenario. */
export type PrecomputedSensitivity = SensitivityAnalyses;

function analysis(s: Scenario, ows: SensitivityAnalyses['ows'], sv: SensitivityAnalyses['sv']): SensitivityAnalysis {
	const name = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
	// Inputs named by their reader labels (with the scanner, option or role), as on the Uncertainty page.
	const a = { ows: { ...ows, npc: withInputLabels(s, ows.npc), gap: withInputLabels(s, ows.gap) }, sv: withInputLabels(s, sv), name };
	return { ...a, renderSummary: (d) => renderSummary(d, a), renderAppendix: (d) => renderAppendix(d, a) };
}

function shownBar(b: TornadoBar): [string, string] {
	return [shown(b.low, b.unit), shown(b.high, b.unit)];
}

function renderSummary(d: DocBuilder, { ows, sv, name }: Pick<SensitivityAnalysis, 'ows' | 'sv' | 'name'>): void {
	const top = ows.npc.slice(0, 3);
	if (top.length)
		d.p(
			`Sensitivity (one input at a time, over the stated ranges): the net present cost of ${ows.preferredName} (${gbp(ows.baseNpcGbp)}) moves most with `,
			top.map((b) => `${b.label} (${gbp(b.atLow)} to ${gbp(b.atHigh)})`).join(', '),
			'. Appendix H gives every input.'
		);
	const switches = sv.filter((v) => v.below || v.above);
	if (switches.length) d.list(switches.map((v) => [v.statement]));
	else if (sv.length) d.p(`No input changes the preferred option anywhere in the range searched, so ${name(ows.preferredOptionId)} stays preferred.`);
}

function renderAppendix(d: DocBuilder, { ows, sv, name }: Pick<SensitivityAnalysis, 'ows' | 'sv' | 'name'>): void {
	d.p('Each uncertain input is set to the low and the high end of its range with every other input at its base value, and the whole model is re-run (HM Treasury Green Book 5.4).');
	d.table(
		`Net present cost of ${ows.preferredName} (base ${gbp(ows.baseNpcGbp)})`,
		['Input', 'Low', 'High', 'NPC at low', 'NPC at high', 'Preferred option at low / high'],
		ows.npc.map((b) => [b.label, ...shownBar(b), gbp(b.atLow), gbp(b.atHigh), b.preferredAtLow === b.preferredAtHigh ? name(b.preferredAtLow) : `${name(b.preferredAtLow)} / ${name(b.preferredAtHigh)}`]),
		{ numeric: [false, true, true, true, true, false] }
	);
	if (ows.gap.length && ows.runnerUpName)
		d.table(
			`Net present social value of ${ows.preferredName} minus ${ows.runnerUpName} (base ${gbp(ows.baseGapGbp ?? 0)})`,
			['Input', 'Low', 'High', 'Gap at low', 'Gap at high'],
			ows.gap.map((b) => [b.label, ...shownBar(b), gbp(b.atLow), gbp(b.atHigh)]),
			{ numeric: [false, true, true, true, true], note: 'A positive gap means the preferred option keeps its lead on net present social value.' }
		);
	if (sv.length) {
		d.p('Switching values: how far each input must move before another option is preferred.');
		d.list(sv.map((v) => [v.statement]));
	}
}
