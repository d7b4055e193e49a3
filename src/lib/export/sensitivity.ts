import type { Scenario } from '../model';
import { oneWaySensitivity, switchingValues, type SensitivityResult, type SwitchingValue, type TornadoBar } from '../model/uncertainty';
import { SheetBuilder, type CellSpec } from './workbook/sheet';
import type { FormatName } from './workbook/formats';
import type { SensitivitySummary } from './businessCase/sensitivity';
import type { DocBuilder } from './businessCase/model';
import { gbp, dec, pct } from './format';

export const SENSITIVITY_SHEET = 'Sensitivity';

export interface SensitivityExport extends SensitivitySummary {
	sheet(): SheetBuilder;
}

const cache = new WeakMap<Scenario, SensitivityExport | null>();

/** Value in the input's own unit: fractions as percentages, money as pounds. */
function shown(v: number, unit: string): string {
	if (/fraction/.test(unit)) return pct(v, 1);
	if (/^GBP/.test(unit)) return gbp(v);
	return dec(v, Math.abs(v) < 10 && v % 1 ? 2 : 0);
}

function fmtFor(unit: string): FormatName | undefined {
	if (/fraction/.test(unit)) return 'pct';
	if (/^GBP/.test(unit)) return 'gbp';
	return undefined;
}

/**
 * One-way sensitivity and switching values from the uncertainty engine, for the workbook's
 * Sensitivity sheet and the business case. Only when the scenario has an `uncertainty` section
 * with inputs; null otherwise. Engine figures, not formulas: each is a full re-run of the model.
 */
export function sensitivityFor(s: Scenario): SensitivityExport | null {
	if (cache.has(s)) return cache.get(s) ?? null;
	const u = (s as Scenario & { uncertainty?: { inputs: unknown[] } }).uncertainty;
	let out: SensitivityExport | null = null;
	if (u && u.inputs.length) {
		const ows = oneWaySensitivity(s);
		const sv = switchingValues(s);
		const name = (id: string) => s.options.find((o) => o.id === id)?.name ?? id;
		out = { sheet: () => sheet(ows, sv, name), render: (d) => render(d, ows, sv, name) };
	}
	cache.set(s, out);
	return out;
}

function sheet(ows: SensitivityResult, sv: SwitchingValue[], name: (id: string) => string): SheetBuilder {
	const sh = new SheetBuilder(SENSITIVITY_SHEET);
	sh.set(0, 0, 'Sensitivity: one input at a time, and switching values');
	sh.set(1, 0, 'Figures from the uncertainty analysis: each is a full re-run of the planning model with one input changed (HM Treasury Green Book 5.4). They are values, not formulas.');
	let row = 3;
	const tornado = (title: string, bars: TornadoBar[]) => {
		sh.set(row++, 0, title);
		sh.row(row++, 0, ['Input', 'Unit', 'Low', 'Base', 'High', 'Result at low (GBP)', 'Result at high (GBP)', 'Swing (GBP)', 'Preferred at low', 'Preferred at high']);
		for (const b of bars) {
			const f = fmtFor(b.unit);
			const cells: CellSpec[] = [b.label, b.unit, { n: b.low, fmt: f }, { n: b.base, fmt: f }, { n: b.high, fmt: f }, { n: b.atLow, fmt: 'gbp' }, { n: b.atHigh, fmt: 'gbp' }, { n: b.swing, fmt: 'gbp' }, name(b.preferredAtLow), name(b.preferredAtHigh)];
			sh.row(row++, 0, cells);
		}
		row++;
	};
	tornado(`Net present cost of the preferred option (${ows.preferredName}); base ${gbp(ows.baseNpcGbp)}`, ows.npc);
	if (ows.gap.length && ows.runnerUpName) tornado(`Net present social value gap: ${ows.preferredName} minus ${ows.runnerUpName}; base ${gbp(ows.baseGapGbp ?? 0)}`, ows.gap);
	sh.set(row++, 0, 'Switching values: where the preferred option changes');
	sh.row(row++, 0, ['Input', 'Unit', 'Base', 'Switches below at', 'New preferred (below)', 'Switches above at', 'New preferred (above)', 'Searched from', 'Searched to', 'Statement']);
	for (const v of sv) {
		const f = fmtFor(v.unit);
		sh.row(row++, 0, [
			v.label,
			v.unit,
			{ n: v.base, fmt: f },
			v.below ? { n: v.below.value, fmt: f } : 'none found',
			v.below?.newPreferredName ?? '',
			v.above ? { n: v.above.value, fmt: f } : 'none found',
			v.above?.newPreferredName ?? '',
			{ n: v.searchedFrom, fmt: f },
			{ n: v.searchedTo, fmt: f },
			v.statement
		]);
	}
	sh.setWidths([40, 16, 12, 12, 12, 18, 18, 16, 26, 26]);
	return sh;
}

function render(d: DocBuilder, ows: SensitivityResult, sv: SwitchingValue[], name: (id: string) => string): void {
	const top = ows.npc.slice(0, 8);
	d.p(`One-way sensitivity: each uncertain input is set to the low and high ends of its range with every other input at base. The inputs that move the net present cost of ${ows.preferredName} (base ${gbp(ows.baseNpcGbp)}) most are:`);
	d.table(
		`Sensitivity of the net present cost of ${ows.preferredName}`,
		['Input', 'Low', 'High', 'NPC at low', 'NPC at high', 'Preferred option at low / high'],
		top.map((b) => [b.label, shown(b.low, b.unit), shown(b.high, b.unit), gbp(b.atLow), gbp(b.atHigh), b.preferredAtLow === b.preferredAtHigh ? name(b.preferredAtLow) : `${name(b.preferredAtLow)} / ${name(b.preferredAtHigh)}`]),
		{ numeric: [false, true, true, true, true, false] }
	);
	if (sv.length) {
		d.p('Switching values (how far an input must move before another option is preferred):');
		d.list(sv.map((v) => [v.statement]));
	}
}
