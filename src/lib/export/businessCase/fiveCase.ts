import type { DocBuilder } from './model';

/**
 * Where each part of the outline feeds the HM Treasury Five Case Model, so the outline can seed
 * a strategic outline or outline business case.
 */
export const FIVE_CASE_MAP: { case: string; question: string; sections: string }[] = [
	{ case: 'Strategic case', question: 'Is there a compelling case for change?', sections: '1 Project goal and purpose; 2.1 Population served; 2.2 Stakeholders; 2.3 Department; 2.4 Origin of the business case' },
	{ case: 'Economic case', question: 'Does the preferred option give the best public value?', sections: '2.4 Cost of not providing the service; 5.2 Risks and sensitivity; 5.5 Outcome measures; Appendix A; Appendix B; Appendix F' },
	{ case: 'Commercial case', question: 'Can the proposed deal be procured?', sections: '4 Objective 3 (how delivered, procurement route); Appendix D Timeframe' },
	{ case: 'Financial case', question: 'Is it affordable?', sections: '4 Objective 1-3 costing; Appendix B Costing profiles; Appendix C Capital and revenue (affordability)' },
	{ case: 'Management case', question: 'Can it be delivered successfully?', sections: '3 Project-management team; 4 Timeframes; 5 Benefits realisation (indicators, risks, governance, audit); Appendix D; Appendix E Deliverables' }
];

export function fiveCaseTable(d: DocBuilder): void {
	d.heading(2, 'How this outline maps to the Five Case Model');
	d.p('The sections follow the guideline\'s Appendix 1 outline. The table shows where each feeds the Five Case Model (HM Treasury), so this outline can seed a strategic outline or outline business case.');
	d.table('Five Case Model mapping', ['Case', 'Question it answers', 'Sections of this outline'], FIVE_CASE_MAP.map((x) => [x.case, x.question, x.sections]));
}
