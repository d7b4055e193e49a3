import type { AppraisalResult, Scenario } from '../../model';
import { SheetBuilder, colName, sheetRef } from './sheet';
import { INPUTS_SHEET, PLACEHOLDER_TEXT } from './inputs';
import { preferredReason, withLabels } from '../../present';

/** The cover: what the workbook is, how to read it, and what still needs local figures. */
export function buildCoverSheet(opts: {
	scenario: Scenario;
	result: AppraisalResult;
	date: string;
	placeholderCount: number;
	statusColumn: number;
	sheets: { name: string; about: string }[];
}): SheetBuilder {
	const { scenario: s, result, date } = opts;
	const sh = new SheetBuilder('Cover');
	const preferred = result.options.find((o) => o.id === result.preferredOptionId);
	let row = 0;
	const pair = (label: string, value: Parameters<SheetBuilder['set']>[2]) => {
		sh.set(row, 0, label);
		sh.set(row, 1, value);
		row++;
	};
	sh.set(row, 0, 'DXA Service Planner: finance workbook');
	row += 2;
	pair('Scenario', s.name);
	pair('Organisation', s.organisation || '(not given)');
	if (s.description) pair('Description', s.description);
	pair('Price base year', { n: s.priceBaseYear, fmt: 'year' });
	pair('First year of the appraisal', { n: s.startYear, fmt: 'year' });
	pair('Appraisal horizon (years)', { n: s.horizonYears, fmt: 'count' });
	pair('Workbook date', date);
	pair('Preferred option', preferred?.name ?? '(none)');
	pair('Why', preferredReason(result));
	const col = colName(opts.statusColumn);
	pair('Inputs still at placeholder values', {
		n: opts.placeholderCount,
		f: `COUNTIF(${sheetRef(INPUTS_SHEET, `$${col}:$${col}`)},"PLACEHOLDER*")`,
		fmt: 'count'
	});
	sh.set(row++, 1, `Inputs marked "${PLACEHOLDER_TEXT}" are illustrative defaults: replace them with local figures before the case is submitted.`);
	row++;
	sh.set(row++, 0, 'How to read this workbook');
	for (const x of opts.sheets) pair(x.name, x.about);
	row++;
	sh.set(row++, 0, 'Conventions');
	for (const line of [
		`Money is GBP in real terms at ${s.priceBaseYear} prices. Costs are positive; residual values are credits.`,
		'Discounting follows the HM Treasury Green Book: DiscountRate for years 0-30, DiscountRateLong after; QALYs at HealthDiscountRate. Year 0 is not discounted.',
		'Optimism bias is applied to capital and revenue totals (OptimismBiasCapital, OptimismBiasRevenue).',
		'Every cost, quantity, total, uplift, discount and ranking is a live formula over the Inputs sheet: demand (the Catchment sheet: population, referral rates, the FLS cohort, uptake with travel, monitoring), capacity by scanner, the waiting list month by month, scans delivered, staff hours, FLS outcomes and travel included. Figures without a formula are the planning engine\'s: the weighted non-financial score and the sensitivity and probabilistic runs.',
		'Cached values are stored with every formula so viewers that do not recalculate show the same numbers.'
	])
		sh.set(row++, 1, line);
	if (result.warnings.length) {
		row++;
		sh.set(row++, 0, 'Warnings from the appraisal');
		for (const w of result.warnings) sh.set(row++, 1, withLabels(w, s));
	}
	// Labels and text wrap (freeze.ts styles) in columns that print legibly on a landscape page.
	sh.setWidths([34, 100]);
	sh.wrapCols = [0, 1];
	return sh;
}
