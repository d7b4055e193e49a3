import { decisionTable } from './sectionDecision';
import { decimal, financialYear, gbp, monthName, pct, preferredReason, unitText } from '../../present';
import { referenceList } from './citations';
import { DocBuilder, todo, strong, type Inline } from './model';
import type { CaseContext } from './context';
import { capacityTable, cashFlowTable, categoryTables, optionsTable } from './tables';
import type { SensitivitySummary } from './sensitivity';
import type { PsaResult } from '../../model/uncertainty';
import { psaAppendix } from './probabilistic';

/**
 * Section 6: the guideline, the Green Book, and the publications behind every default the
 * appraisal used, as citations (author, title, year).
 */
export function referencesSection(d: DocBuilder, ctx: CaseContext): void {
	d.heading(1, '6. References');
	const sources = ctx.inputs.filter((i) => i.status === 'sourced' && i.entry.meta.source).map((i) => i.entry.meta.source as string);
	d.list(referenceList(sources).map((c): Inline[] => [c.text]));
	d.p('References after the first two are the publications behind default figures the appraisal used; each default\'s source is shown beside its input in the finance workbook (Inputs sheet).');
	d.todo('local references: population data, hip fracture data (NHFD), waiting-list returns (DM01), supplier quotes, job plans.');
}

/** Section 7: appendices and evidence. */
export function appendicesSection(d: DocBuilder, ctx: CaseContext, sensitivity: SensitivitySummary | null, psa: PsaResult | null = null): void {
	const { s, r, preferred } = ctx;
	d.heading(1, '7. Appendices and evidence');

	d.heading(2, 'Appendix A: Local capacity and demand profiles');
	for (const o of r.options) capacityTable(d, o, `Capacity and demand: ${o.name}`);

	d.heading(2, 'Appendix B: Costing profiles');
	for (const o of r.options) cashFlowTable(d, o, `Costing profile: ${o.name}`);
	d.chart({ kind: 'npc', optionIds: r.options.map((o) => o.id) }, 'Net present cost and net present social value by option');

	d.heading(2, 'Appendix C: Capital and revenue');
	categoryTables(d, preferred, preferred.name);
	decisionTable(d, r);
	d.todo('affordability: the funding source for capital and recurrent revenue, and the effect on the directorate budget (financial case).');

	d.heading(2, 'Appendix D: Timeframe');
	const rows: string[][] = [[financialYear(r.startYear), 'First year of the appraisal']];
	for (const sc of s.options.find((o) => o.id === preferred.id)?.addScanners ?? []) rows.push([financialYear(sc.installedYear), `${sc.name} installed (${decimal(sc.commissioningWeeks, 0)} weeks of commissioning; do not fully book it in its first week)`]);
	for (const c of preferred.capacity) for (const x of c.scanners) if (x.replaced) rows.push([financialYear(c.year), `${ctx.scanner(x.scannerId)?.name ?? 'A scanner'} replaced at the end of its useful life, with cross-calibration`]);
	const clears = preferred.summary.backlogClearsMonth;
	if (clears !== null) rows.push([financialYear(r.startYear + Math.floor(clears / 12)), `Estimated wait within the ${s.demand.waitStandardWeeks}-week standard from ${monthName(r.startYear, clears)}`]);
	rows.push([financialYear(r.startYear + r.horizonYears - 1), 'Last year of the appraisal']);
	d.table(`Key dates: ${preferred.name}`, ['Financial year', 'Milestone'], rows);
	d.todo('procurement, business case approval, works, installation, acceptance testing, staff training and go-live dates.');

	d.heading(2, 'Appendix E: Deliverables');
	d.list([
		[todo('lead clinician appointed (Objective 1).')],
		[todo('referral criteria, referral form and pathway agreed with referrers.')],
		[todo(ctx.flsOption ? 'fracture liaison pathway live, with FLS-DB reporting (Objective 2).' : 'fracture pathway links agreed (Objective 2).')],
		[todo('scanner procured, installed, accepted and commissioned; precision study complete (Objective 3).')],
		[todo('IRMER procedures, QA programme and audit cycle in place.')]
	]);

	d.heading(2, 'Appendix F: Economic appraisal of the options');
	d.p(strong('Options appraised. '), r.options.map((o) => `${o.name}${o.description ? ` (${o.description.replace(/\.$/, '')})` : ''}`).join('; '), '.');
	optionsTable(d, ctx, 'Options compared');
	d.p(preferredReason(r));
	d.p(
		`Method: costs in real terms at ${r.priceBaseYear} prices, discounted at ${pct(s.appraisal.discountRate, 1)} a year (${pct(s.appraisal.discountRateLong, 1)} after year 30) and health effects at ${pct(s.appraisal.healthDiscountRate, 1)}; QALYs valued at ${gbp(s.appraisal.valuePerQalyGbp)} (HM Treasury Green Book). The finance workbook gives every figure with live formulas.`
	);
	d.heading(2, 'Appendix G: Inputs still at placeholder values');
	const ph = ctx.inputs.filter((i) => i.status === 'placeholder');
	if (ph.length)
		d.table(
			`${ph.length} inputs to replace with local figures`,
			['Input', 'Value used', 'Unit'],
			ph.map((i) => [i.context ? `${i.context}: ${i.entry.meta.label}` : i.entry.meta.label, /fraction/.test(i.entry.meta.unit) ? pct(i.value, 1) : decimal(i.value, i.value % 1 ? 2 : 0), unitText(i.entry.meta.unit)]),
			{ numeric: [false, true, false] }
		);
	else d.p('None: every input is either set in the scenario or has a published source.');
	if (sensitivity || psa) {
		d.heading(2, 'Appendix H: Sensitivity analysis');
		sensitivity?.renderAppendix(d);
		if (psa) {
			d.heading(3, 'Probabilistic analysis');
			psaAppendix(d, ctx, psa);
		}
	}

}
