import type { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from '../model';

/** Display names of the cost categories, shared by the workbook, CSV and business case. */
export const CAPITAL_LABELS: Record<(typeof CAPITAL_CATEGORIES)[number], string> = {
	scanner: 'Scanner purchase',
	installation: 'Installation and acceptance',
	roomWorks: 'Room works and shielding',
	it: 'IT and PACS links',
	vehicle: 'Mobile unit vehicle',
	other: 'Other capital'
};

export const REVENUE_LABELS: Record<(typeof REVENUE_CATEGORIES)[number], string> = {
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
