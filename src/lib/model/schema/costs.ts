import { z } from 'zod';
import { IdSchema, gbp, plainNum } from './meta';
import { CAPITAL_CATEGORIES, REVENUE_CATEGORIES } from './lists';

export { CAPITAL_CATEGORIES, REVENUE_CATEGORIES, EQUIPMENT_CAPITAL, type CapitalCategory, type RevenueCategory } from './lists';

/** A one-off or recurring capital item outside the scanner's own asset figures. */
export const CapitalItemSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		category: z.enum(CAPITAL_CATEGORIES).default('other'),
		costGbp: gbp({ label: 'Capital cost', help: 'Cost of the item at purchase.', placeholder: true }),
		yearIndex: plainNum({ label: 'Purchase year', unit: 'year of horizon (0 = first)', help: 'Horizon year in which it is bought.', source: 'Convention: bought in the first year of the horizon unless a year is given' }, { min: 0, max: 29, int: true, default: 0 }),
		lifetimeYears: plainNum({ label: 'Lifetime', unit: 'years', help: 'Replaced after this many years; 0 means never replaced.', source: 'Convention: a one-off purchase (never replaced) unless a lifetime is given' }, { min: 0, max: 50, int: true, default: 0 })
	})
	.strict();

export const RevenueItemSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		category: z.enum(REVENUE_CATEGORIES).default('other'),
		annualCostGbp: gbp({ label: 'Annual cost', unit: 'GBP a year', help: 'Recurring cost a year.', placeholder: true }),
		fromYearIndex: plainNum({ label: 'From year', unit: 'year of horizon', help: 'First horizon year with this cost.', source: 'Convention: from the first year of the horizon unless a year is given' }, { min: 0, max: 29, int: true, default: 0 })
	})
	.strict();

export const CostsSchema = z
	.object({
		consumablesPerScanGbp: gbp({ label: 'Consumables per scan', unit: 'GBP per scan', help: 'Gowns, couch roll, printing and postage per scan.', placeholder: true }, 2, 1000),
		trainingPerYearGbp: gbp({ label: 'Training and CPD', unit: 'GBP a year', help: 'Staff training, ISCD/ROS courses and CPD a year for the service.', placeholder: true }, 2000),
		capitalItems: z.array(CapitalItemSchema).max(50).default([]),
		revenueItems: z.array(RevenueItemSchema).max(50).default([]),
		patientTravel: z
			.object({
				include: z.boolean().default(false).meta({ description: 'Add patient travel cost and time (societal perspective) to the appraisal' }),
				costPerMileGbp: gbp({ label: 'Patient travel cost per mile', unit: 'GBP per mile', help: 'Cost of a patient mile.', source: 'HMRC approved mileage allowance, 45p a mile for cars' }, 0.45, 100),
				valueOfTimePerHourGbp: gbp({ label: 'Value of patient time', unit: 'GBP per hour', help: 'Value placed on an hour of patient travel time.', placeholder: true }, 10, 1000)
			})
			.strict()
			.prefault({})
	})
	.strict();
