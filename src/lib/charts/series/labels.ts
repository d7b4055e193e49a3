/** Readable names for the engine's cost category keys (src/lib/model/schema/costs.ts). */
export const CAPITAL_CATEGORY_LABELS: Record<string, string> = {
	scanner: 'Scanner',
	installation: 'Installation',
	roomWorks: 'Room works',
	it: 'IT',
	vehicle: 'Mobile unit vehicle',
	other: 'Other capital'
};

export const REVENUE_CATEGORY_LABELS: Record<string, string> = {
	staff: 'Staff',
	maintenance: 'Maintenance',
	consumables: 'Consumables',
	estates: 'Estates',
	vehicle: 'Vehicle running',
	siteFees: 'Site fees',
	training: 'Training and CPD',
	outsourcing: 'Outsourced scans',
	fls: 'FLS (drugs and running)',
	crossCalibration: 'Cross-calibration',
	other: 'Other revenue'
};

export const FRACTURE_SITE_LABELS = { hip: 'Hip', vertebral: 'Vertebral', other: 'Other' } as const;
