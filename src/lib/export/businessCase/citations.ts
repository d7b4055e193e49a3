/**
 * The business case's reference list: each default figure's source (the schema's `source` text)
 * matched to a citation written as author, title, year. A source that names local data ("Local
 * figure: ...", "Convention: ...", "Placeholder: ...") is not a published reference and is not
 * listed. A test checks every source in the schema matches a citation here, so a new default
 * cannot reach the document as a bare phrase.
 */

export interface Citation {
	id: string;
	/** Author (person or body), title, year; "n.d." where the publication carries no date. */
	text: string;
	/** Matches the schema source texts that cite it. */
	matches: RegExp;
}

export const GUIDELINE: Citation = {
	id: 'nos-guideline',
	text: 'National Osteoporosis Society. Guidelines for the provision of a clinical bone densitometry service (including Appendix 1: outline of a business case for a bone densitometry service). Bath: National Osteoporosis Society; n.d.',
	matches: /\bguideline\b/i
};

export const GREEN_BOOK: Citation = {
	id: 'green-book',
	text: 'HM Treasury. The Green Book: central government guidance on appraisal and evaluation, including Annex A6 on discounting. London: HM Treasury; 2022.',
	matches: /Green Book(?! supplementary)/
};

export const CITATIONS: readonly Citation[] = [
	GUIDELINE,
	GREEN_BOOK,
	{ id: 'optimism-bias', text: 'HM Treasury. Supplementary Green Book guidance: optimism bias. London: HM Treasury; 2013.', matches: /optimism bias/i },
	{ id: 'hansard-2006', text: 'House of Commons. Hansard, written answers on funding for bone densitometry (DXA) scanners: 2005-06 allocation of £214,000 per health authority. London: Parliament; 2006.', matches: /Hansard 2006/ },
	{ id: 'afc-pay', text: 'NHS Employers. Agenda for Change pay scales 2025/26. London: NHS Employers; 2025.', matches: /Agenda for Change pay scales 2025\/26/ },
	{ id: 'afc-handbook', text: 'NHS Staff Council. NHS terms and conditions of service (Agenda for Change) handbook. London: NHS Employers; n.d.', matches: /NHS Terms and Conditions \(AfC\) Handbook/ },
	{ id: 'gov-bank-holidays', text: 'GOV.UK. UK bank holidays (England and Wales). London: Government Digital Service; n.d.', matches: /bank holidays a year \(gov\.uk\)/ },
	{ id: 'hmrc-mileage', text: 'HM Revenue and Customs. Travel: mileage and fuel rates and allowances (approved mileage allowance payments). London: HMRC; n.d.', matches: /HMRC approved mileage allowance/ },
	{ id: 'rcp-flsdb', text: 'Royal College of Physicians. Fracture Liaison Service Database (FLS-DB): audit method and key performance indicators. London: RCP; n.d.', matches: /Royal College of Physicians FLS database/ },
	{
		id: 'mclellan-2011',
		text: 'McLellan AR, Wolowacz SE, Zimovetz EA, et al. Fracture liaison services for the evaluation and management of patients with osteoporotic fracture: a cost-effectiveness evaluation based on data collected over 8 years of service provision. Osteoporosis International 2011; 22: 2083-2098.',
		matches: /McLellan et al\. 2011/
	},
	{ id: 'ros-refracture', text: 'Royal Osteoporosis Society. Refracture risk after a fragility fracture (10% within one year, 18% within two, 31% within five). Bath: Royal Osteoporosis Society; n.d.', matches: /Royal Osteoporosis Society: refracture risk/ },
	{ id: 'osteoporos-int-2021', text: 'Osteoporosis International. Fracture risk reduction on osteoporosis treatment: vertebral fractures reduced by up to 70%, hip by up to 50%, other fractures by 20-30%. Osteoporosis International; 2021.', matches: /Osteoporos Int 2021/ },
	{ id: 'leal-2016', text: 'Leal J, Gray AM, Prieto-Alhambra D, et al. Impact of hip fracture on hospital care costs: a population-based study. Osteoporosis International 2016; 27: 549-558.', matches: /Leal et al\. 2016/ },
	{ id: 'dh-2009', text: 'Department of Health. Fracture prevention services: an economic evaluation. London: Department of Health; 2009.', matches: /Department of Health 2009/ },
	{
		id: 'atenstaedt-2007',
		text: 'Atenstaedt RL, Payne S, Roberts R, Russell I, Russell D, Edwards RT. Reconciling competing priorities in commissioning: the future of bone densitometry service for North Wales. Cost Effectiveness and Resource Allocation 2007; 5(1).',
		matches: /Atenstaedt et al\./
	}
];

/** A source that names local data or a modelling convention, not a published reference. */
export function isLocalSource(source: string): boolean {
	return /^(Local|Convention|Placeholder)\b/.test(source.trim());
}

/** The citations a source text refers to (a source may cite two, e.g. a paper and the guideline). */
export function citationsOf(source: string): Citation[] {
	return CITATIONS.filter((c) => c.matches.test(source));
}

/** The reference list for a set of source texts: the guideline and the Green Book first, then the others in the order given, each once. */
export function referenceList(sources: readonly string[]): Citation[] {
	const out: Citation[] = [GUIDELINE, GREEN_BOOK];
	for (const s of sources) {
		if (isLocalSource(s)) continue;
		for (const c of citationsOf(s)) if (!out.includes(c)) out.push(c);
	}
	return out;
}
