import type { PsaResult, TornadoBar } from '../../model/uncertainty';
import type { SensitivityAnalysis } from '../sensitivity';
import { gbp, plural } from '../../present';
import { SheetBuilder, type CellSpec } from './sheet';
import type { FormatName } from './formats';
import { PROBABILISTIC_SHEET } from './probabilisticSheet';

export const SENSITIVITY_SHEET = 'Sensitivity';

export const SENSITIVITY_ABOUT = 'One-way sensitivity and switching values from the uncertainty analysis (engine figures).';

function fmtFor(unit: string): FormatName | undefined {
	if (/fraction/.test(unit)) return 'pct';
	if (/^GBP/.test(unit)) return 'gbp';
	return undefined;
}

/** The Sensitivity sheet: engine values (each a full re-run of the model), not formulas. */
export function buildSensitivitySheet({ ows, sv, name }: SensitivityAnalysis, psa: Pick<PsaResult, 'iterations' | 'seed'> | null = null): SheetBuilder {
	const sh = new SheetBuilder(SENSITIVITY_SHEET);
	sh.set(0, 0, 'Sensitivity: one input at a time, and switching values');
	sh.set(1, 0, 'Figures from the uncertainty analysis: each is a full re-run of the planning model with one input changed (HM Treasury Green Book 5.4). They are values, not formulas.');
	sh.set(
		2,
		0,
		psa
			? `Probabilistic analysis (every input drawn at once, ${plural(psa.iterations, 'model run')}, seed ${psa.seed}): see the ${PROBABILISTIC_SHEET} sheet.`
			: `Probabilistic analysis (every input drawn at once): not in this workbook. To include it, run it on the app's Uncertainty page and export again, or on the command line: npm run cli -- appraise scenario.json --psa 10000 --seed 1 --xlsx out.xlsx.`
	);
	let row = 4;
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
