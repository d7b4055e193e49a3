/**
 * `--psa <n> --seed <s>`: the probabilistic sensitivity analysis for the CLI. Prints a summary
 * table under the comparison table; the engine's PsaResult becomes the `psa` field of --json and
 * goes into the exports. The seed defaults to the scenario's own
 * (uncertainty.seed, default 1), so the same file and flags always give the same numbers.
 */
import { runPsa as runEnginePsa, type PsaResult, type Stat } from '../../model/uncertainty';
import type { Scenario } from '../../model/schema/scenario';
import type { PsaRequest } from '../args';
import { renderTable, wrap } from '../table';

const gbp = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const money = (v: number) => `GBP ${gbp.format(v)}`;
const range = (st: Stat, f: (v: number) => string) => `${f(st.p05)} to ${f(st.p95)}`;
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** The summary as plain text: one row per option, then the acceptability curve at a few thresholds. */
export function formatPsa(r: PsaResult): string {
	const rows = r.options.map((o) => [
		o.name,
		money(o.netPresentCostGbp.mean),
		range(o.netPresentCostGbp, (v) => gbp.format(v)),
		o.costPerScanGbp ? money(o.costPerScanGbp.mean) : 'n/a',
		o.costPerScanGbp ? range(o.costPerScanGbp, (v) => gbp.format(v)) : 'n/a',
		gbp.format(o.endListSize.mean),
		range(o.endListSize, (v) => gbp.format(v)),
		one.format(o.fracturesAverted.mean),
		pct(o.probabilityPreferred)
	]);
	const table = renderTable(
		[
			{ header: ['Option'], align: 'left' },
			{ header: ['Net present cost', 'mean'], align: 'right' },
			{ header: ['NPC', '90% interval'], align: 'right' },
			{ header: ['Cost per scan', 'mean'], align: 'right' },
			{ header: ['Cost per scan', '90% interval'], align: 'right' },
			{ header: ['Waiting list', 'at end, mean'], align: 'right' },
			{ header: ['Waiting list', '90% interval'], align: 'right' },
			{ header: ['Fractures', 'averted'], align: 'right' },
			{ header: ['Preferred', 'in'], align: 'right' }
		],
		rows
	);
	const base = r.options.find((o) => o.optionId === r.basePreferredOptionId);
	const lines = [
		`Probabilistic sensitivity analysis: ${gbp.format(r.iterations)} iterations, seed ${r.seed}, ${r.inputs.length} uncertain input${r.inputs.length === 1 ? '' : 's'}${r.redraws ? `, ${r.redraws} redraws to respect cross-field rules` : ''}`,
		'',
		table,
		'',
		wrap(`The base-case preferred option (${base?.name ?? r.basePreferredOptionId}) stays preferred in ${pct(r.probabilityBasePreferred)} of iterations. Intervals run from the 5th to the 95th percentile.`)
	];
	if (r.ceac) {
		const at = r.ceac.points.filter((p) => [20000, 30000, 70000].includes(p.willingnessToPayGbp));
		const shown = at.length ? at : r.ceac.points.slice(-1);
		lines.push(
			wrap(
				`Acceptability of ${r.ceac.optionName} against ${r.ceac.comparatorName}: probability cost-effective ${shown.map((p) => `${pct(p.probability)} at GBP ${gbp.format(p.willingnessToPayGbp)} per QALY`).join(', ')}.` +
					(r.ceac.baseIcerGbpPerQaly !== null ? ` Base-case cost per QALY gained: GBP ${gbp.format(r.ceac.baseIcerGbpPerQaly)}.` : '')
			)
		);
	} else if (r.ceacNote) lines.push(wrap(r.ceacNote));
	return lines.join('\n');
}

/** The --psa run: its summary as text for under the table, and the engine's result for --json and the exports. */
export interface PsaOutput {
	text: string;
	result: PsaResult;
}

/** Run the requested analysis; a scenario without uncertain inputs is refused with what to add. */
export function runPsa(scenario: Scenario, request: PsaRequest): PsaOutput {
	const u = scenario.uncertainty;
	if (!u || u.inputs.length === 0)
		throw new Error('--psa: the scenario has no uncertain inputs. Add an "uncertainty" section with ranges, e.g. "uncertainty": { "inputs": [{ "path": "scanners[0].dnaRate", "low": 0.05, "high": 0.15 }] }');
	const result = runEnginePsa(scenario, { iterations: request.iterations, seed: request.seed ?? u.seed });
	return { text: formatPsa(result), result };
}
