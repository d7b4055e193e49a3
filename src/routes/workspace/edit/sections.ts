/** The editor's sections, in the order of the patient pathway and the business case. */
export interface Section {
	id: string;
	title: string;
	intro: string;
}

export const SECTIONS: Section[] = [
	{ id: 'general', title: 'Scenario', intro: 'Name, organisation, the appraisal years and the price base.' },
	{ id: 'catchment', title: 'Catchment', intro: 'The localities served, their population by age band, its growth and patient travel to the current service.' },
	{ id: 'demand', title: 'Demand', intro: 'Referral rates by age, monitoring returns, scan mix, the waiting list at the start and the wait standard.' },
	{ id: 'waiting', title: 'Waiting-time standard', intro: 'The share of the list allowed to wait beyond the standard (DM01: under 1%, recently 5%) and the month-to-month variation of referrals and scans, which set the capacity that holds it.' },
	{ id: 'scanners', title: 'Scanners and capacity', intro: 'Each scanner in the baseline service: sessions, slot lengths, lost days, DNAs and its asset costs.' },
	{ id: 'staffing', title: 'Staffing', intro: 'Roles and pay, fixed (non-session) hours, reporting time, leave and on-costs.' },
	{ id: 'costs', title: 'Costs and equipment', intro: 'Running costs, other capital and revenue items in the baseline, and patient travel.' },
	{ id: 'pathway', title: 'Pathway', intro: 'Why patients are referred (the guideline\'s referral indications, Appendix 2), what vertebral fracture assessment finds, treatment recommended, onward referral to secondary care, one-stop and recall visits.' },
	{ id: 'fls', title: 'Fracture liaison service', intro: 'The FLS cohort and funnel, refracture risk, treatment effect, fracture costs and outcomes.' },
	{ id: 'options', title: 'Options', intro: 'The options are changes to this baseline; they have their own page.' },
	{ id: 'appraisal', title: 'Appraisal settings', intro: 'Discount rates, optimism bias, the value of a QALY and the non-financial criteria.' },
	{ id: 'problems', title: 'Problems', intro: 'Every problem the checks found, by field.' }
];

/** Inputs that structural editors (tables) show instead of the generic field list. */
export function shownByTable(path: string): boolean {
	return /^staffing\.(roles|fixedStaff)\[|^costs\.(capitalItems|revenueItems)\[|^appraisal\.criteria\[/.test(path);
}
