import type { AppraisalResult, OptionResult, Scenario, Scanner } from '../../model';
import type { FormulaValue } from '../../model/parse';
import { inputRows, type InputRow } from '../inputRows';

/** What every section reads: the scenario, the engine's result and a few look-ups. */
export interface CaseContext {
	s: Scenario;
	r: AppraisalResult;
	preferred: OptionResult;
	bau: OptionResult;
	/** The option whose FLS the case describes: the preferred one if it has an FLS, else the first that does. */
	flsOption: OptionResult | null;
	inputs: InputRow[];
	scanner: (id: string) => Scanner | undefined;
	/** Optional sensitivity section content, added when the uncertainty analysis is available. */
	date: string;
}

export function makeContext(opts: { scenario: Scenario; result: AppraisalResult; input?: unknown; formulas?: readonly FormulaValue[]; date: string }): CaseContext {
	const { scenario: s, result: r } = opts;
	const first = r.options[0];
	if (!first) throw new Error('business case: the appraisal has no options');
	const preferred = r.options.find((o) => o.id === r.preferredOptionId) ?? first;
	const bau = r.options.find((o) => o.businessAsUsual) ?? first;
	const flsOption = preferred.fls ? preferred : (r.options.find((o) => o.fls) ?? null);
	const scanners = [...s.scanners, ...s.options.flatMap((o) => o.addScanners)];
	return {
		s,
		r,
		preferred,
		bau,
		flsOption,
		inputs: inputRows({ scenario: s, input: opts.input, formulas: opts.formulas }),
		scanner: (id) => scanners.find((x) => x.id === id),
		date: opts.date
	};
}

/** The input row at a path, for quoting a value with its source. */
export function inputAt(ctx: CaseContext, path: string): InputRow | undefined {
	return ctx.inputs.find((i) => i.entry.path === path);
}
