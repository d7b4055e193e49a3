import type { AppraisalResult, Scenario } from '../../model';
import type { FormulaValue } from '../../model/parse';
import { isoDate, longDate, oneLine, plural, preferredReason, psaCaution, yearSpan } from '../../present';
import { DocBuilder, safeDocument, todo, type BusinessCaseDocument } from './model';
import { makeContext } from './context';
import { fiveCaseTable } from './fiveCase';
import { goalSection, backgroundSection } from './sectionBackground';
import { teamSection, methodologySection } from './sectionDelivery';
import { benefitsSection } from './sectionBenefits';
import { accessSection } from './sectionAccess';
import { referencesSection, appendicesSection } from './sectionAppendices';
import { optionsTable } from './tables';
import { figureDataAppendix } from './sectionFigures';
import { decisionParagraph } from './sectionDecision';
import type { SensitivitySummary } from './sensitivity';
import type { PsaResult } from '../../model/uncertainty';

export interface BusinessCaseOptions {
	scenario: Scenario;
	result: AppraisalResult;
	/** The scenario as written: tells placeholder defaults from local figures. */
	input?: unknown;
	formulas?: readonly FormulaValue[];
	/** Document date (YYYY-MM-DD or a Date); defaults to today. */
	date?: Date | string;
	sensitivity?: SensitivitySummary | null;
	/** A probabilistic analysis of this scenario: a sentence in the summary, a paragraph in 5.2 and tables in Appendix H. */
	psa?: PsaResult | null;
	/** The team-space sign-off of this very version (#13), shown on the cover. */
	signoff?: { reviewer: { name: string; role: string }; signedAt: string; version: number; spaceName: string } | null;
}

/**
 * The business-case outline of the guideline's Appendix 1, filled with the scenario's figures.
 * Every number is the engine's (formatted); text only the authors can write is a marker.
 */
export function buildBusinessCase(opts: BusinessCaseOptions): BusinessCaseDocument {
	const date = isoDate(opts.date);
	const ctx = makeContext({ scenario: opts.scenario, result: opts.result, input: opts.input, formulas: opts.formulas, date });
	const { s, r, preferred } = ctx;
	const sensitivity = opts.sensitivity ?? null;
	const psa = opts.psa ?? null;
	const d = new DocBuilder();

	d.heading(2, 'Summary of the appraisal');
	d.p(`Preferred option: ${preferred.name}. ${preferredReason(r)}`);
	decisionParagraph(d, r);
	const caution = psaCaution(psa);
	if (caution) d.p(`${caution.text} (Section 5.2 and Appendix H.)`);
	optionsTable(d, ctx, 'Options at a glance');
	fiveCaseTable(d);
	goalSection(d, ctx);
	backgroundSection(d, ctx);
	teamSection(d, ctx);
	methodologySection(d, ctx);
	benefitsSection(d, ctx, sensitivity, psa);
	accessSection(d, ctx);
	referencesSection(d, ctx);
	appendicesSection(d, ctx, sensitivity, psa);
	figureDataAppendix(d, r);

	const placeholders = ctx.inputs.filter((i) => i.status === 'placeholder').length;
	return safeDocument({
		title: `Outline business case: ${oneLine(s.name)}`,
		subtitle: 'Bone densitometry (DXA) service',
		date,
		preface: [
			[s.organisation || todo('organisation and department presenting the case.')],
			[`Draft of ${longDate(date)}, prepared with DXA Service Planner. Figures are the appraisal's, in GBP at ${r.priceBaseYear} prices over ${plural(r.horizonYears, 'financial year')}, ${yearSpan(r.startYear, r.startYear + r.horizonYears - 1)}.`],
			...(opts.signoff
				? [[`Signed off by ${opts.signoff.reviewer.name}, ${opts.signoff.reviewer.role}, on ${longDate(isoDate(opts.signoff.signedAt.slice(0, 10)))} (version ${opts.signoff.version} in the team space “${opts.signoff.spaceName}”).`]]
				: []),
			['Text shown as ', todo('...'), ' must be written by the authors: nothing has been filled in for them.', placeholders ? ` ${plural(placeholders, 'input')} ${placeholders === 1 ? 'is' : 'are'} still at placeholder defaults (Appendix G).` : '']
		],
		blocks: d.blocks
	});
}
