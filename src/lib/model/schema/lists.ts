/**
 * The fixed lists of the scenario format, free of the schema library: the engine reads them
 * without importing zod, so the PSA worker's code carries no schema (workers/psa.worker.ts). The
 * schema modules build their enums from these and export them as before.
 */

/** Age bands used throughout: population, referral rates and growth are all given per band. */
export const AGE_BANDS = ['under50', 'age50to64', 'age65to74', 'age75to84', 'age85plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const CAPITAL_CATEGORIES = ['scanner', 'installation', 'roomWorks', 'it', 'vehicle', 'other'] as const;
export const REVENUE_CATEGORIES = ['staff', 'maintenance', 'consumables', 'estates', 'vehicle', 'siteFees', 'training', 'outsourcing', 'fls', 'crossCalibration', 'other'] as const;
export type CapitalCategory = (typeof CAPITAL_CATEGORIES)[number];
export type RevenueCategory = (typeof REVENUE_CATEGORIES)[number];
/**
 * Capital that is equipment for optimism bias (the Green Book's equipment/development project
 * type): the scanner, the mobile unit's vehicle and IT. The rest (installation works, room works,
 * other) is estates works (standard buildings).
 */
export const EQUIPMENT_CAPITAL: readonly CapitalCategory[] = ['scanner', 'it', 'vehicle'];

/** The scanner fields an option's scanner change may set. */
export const SCANNER_CHANGE_FIELDS = [
	'sessionsPerWeek',
	'sessionHours',
	'operatingDaysPerWeek',
	'maintenanceDays',
	'qaMinutesPerDay',
	'dnaRate',
	'overbookingRate',
	'lifetimeYears',
	'purchaseCostGbp',
	'maintenancePerYearGbp',
	'estatesPerYearGbp',
	'staffPerSession'
] as const;
