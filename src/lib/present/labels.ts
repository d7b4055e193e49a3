/**
 * Labels for what the engine reports, in one table each, so a cost category or a measure reads the
 * same on screen, in the charts, the CLI, the workbook and the business case. Input labels and
 * units come from the schema's metadata (see inputs.ts); role and option names from the scenario.
 */
import { AGE_BAND_LABELS, type AgeBand } from '../model/schema/catchment';
import type { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from '../model/schema/costs';

export type CapitalCategory = (typeof CAPITAL_CATEGORIES)[number];
export type RevenueCategory = (typeof REVENUE_CATEGORIES)[number];

/** Capital cost categories (src/lib/model/schema/costs.ts). */
export const CAPITAL_LABELS: Record<CapitalCategory, string> = {
	scanner: 'Scanner purchase',
	installation: 'Installation and acceptance',
	roomWorks: 'Room works and shielding',
	it: 'IT and PACS links',
	vehicle: 'Mobile unit vehicle',
	other: 'Other capital'
};

/** Revenue cost categories. */
export const REVENUE_LABELS: Record<RevenueCategory, string> = {
	staff: 'Staff',
	maintenance: 'Maintenance contract',
	consumables: 'Consumables',
	estates: 'Estates and facilities',
	vehicle: 'Vehicle running',
	siteFees: 'Mobile site fees',
	training: 'Training and CPD',
	outsourcing: 'Outsourced scans',
	fls: 'FLS drugs and running costs',
	crossCalibration: 'Cross-calibration',
	other: 'Other revenue'
};

export const FRACTURE_SITE_LABELS = { hip: 'Hip', vertebral: 'Vertebral', other: 'Other' } as const;

/** Age bands of the catchment (the schema's own labels). */
export function ageBandLabel(band: AgeBand): string {
	return AGE_BAND_LABELS[band];
}

/** Sections of the scenario, as the editor, the Methods page and the Inputs sheet group inputs. */
export const SECTION_LABELS: Record<string, string> = {
	general: 'General',
	catchment: 'Catchment',
	demand: 'Demand',
	scanners: 'Scanners',
	staffing: 'Staffing',
	costs: 'Costs',
	fls: 'Fracture liaison service',
	options: 'Options',
	appraisal: 'Appraisal',
	uncertainty: 'Uncertainty'
};

/** A measure of an option's summary, with its label and unit (src/lib/model/results.ts). */
export interface MeasureLabel {
	label: string;
	unit: string;
}

/** Every figure of an option's summary a reader sees, labelled once. */
export const SUMMARY_LABELS = {
	netPresentCostGbp: { label: 'Net present cost', unit: 'GBP, present value' },
	pvBenefitsGbp: { label: 'Fracture costs avoided', unit: 'GBP, present value' },
	discountedQalys: { label: 'QALYs gained', unit: 'discounted' },
	pvQalyValueGbp: { label: 'Value of QALYs gained', unit: 'GBP, present value' },
	netPresentValueGbp: { label: 'Net present value', unit: 'GBP, present value' },
	netPresentSocialValueGbp: { label: 'Net present social value', unit: 'GBP, present value' },
	incrementalNpcVsBauGbp: { label: 'Extra cost over business as usual', unit: 'GBP, net present cost' },
	equivalentAnnualCostGbp: { label: 'Equivalent annual cost', unit: 'GBP a year' },
	costPerScanGbp: { label: 'Cost per scan', unit: 'GBP, NPC / discounted scans' },
	capitalTotalGbp: { label: 'Capital', unit: 'GBP, undiscounted' },
	revenueTotalGbp: { label: 'Revenue', unit: 'GBP, undiscounted, whole horizon' },
	scansDelivered: { label: 'Scans delivered', unit: 'scans over the horizon' },
	averageCapacity: { label: 'Average capacity', unit: 'scans a year' },
	maxCapacityGap: { label: 'Largest shortfall (demand − capacity)', unit: 'scans a year; negative is spare' },
	finalYearCapacityGap: { label: 'Shortfall in the final year', unit: 'scans a year; negative is spare' },
	endListSize: { label: 'Waiting list at the end', unit: 'patients' },
	endEstimatedWaitWeeks: { label: 'Estimated wait at the end', unit: 'weeks' },
	backlogClearsMonth: { label: 'Wait within the standard from', unit: 'month' },
	averageFundedWte: { label: 'Staff (average funded)', unit: 'WTE' },
	fracturesAverted: { label: 'Fractures averted', unit: 'over the horizon' },
	weightedScore: { label: 'Non-financial score', unit: 'weighted, out of 10' },
	meetsDemand: { label: 'Meets the wait standard', unit: '' },
	rank: { label: 'Rank', unit: '' }
} as const satisfies Record<string, MeasureLabel>;

/** A role's name from the scenario (never its id): roleName(roles, 'dxaOperator') = "DXA operator (radiographer)". */
export function roleName(roles: readonly { id: string; name: string }[], roleId: string): string {
	return roles.find((r) => r.id === roleId)?.name ?? 'a role not in the staffing list';
}
