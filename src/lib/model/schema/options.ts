import { z } from 'zod';
import { IdSchema, num, gbp, plainNum, frac } from './meta';
import { ScannerSchema } from './scanner';
import { CapitalItemSchema, RevenueItemSchema } from './costs';
import { PathwayChangeSchema } from './pathway';
import { SCANNER_CHANGE_FIELDS } from './lists';

/** Fields of an existing scanner that an option may change (lists.ts). */
export { SCANNER_CHANGE_FIELDS } from './lists';

/** The schema of a field without its default, keeping its metadata: an override is optional. */
function withoutDefault(s: z.ZodType): z.ZodType {
	const meta = s.meta();
	const inner = s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : s;
	return (meta ? inner.meta(meta) : inner).optional();
}

const changeShape = Object.fromEntries(
	SCANNER_CHANGE_FIELDS.map((k) => [k, withoutDefault(ScannerSchema.shape[k] as z.ZodType)])
) as { [K in (typeof SCANNER_CHANGE_FIELDS)[number]]: z.ZodOptional<z.ZodType<z.output<(typeof ScannerSchema.shape)[K]>, z.input<(typeof ScannerSchema.shape)[K]>>> };

/**
 * When an option change starts (issue #11, phasing): a calendar year, as a scanner's installation
 * year is; left out, the change runs from the first year of the appraisal, as before phasing.
 * A year before the appraisal's first counts from its first year; one after its last never starts.
 */
export function startYearField(what: string) {
	return plainNum(
		{ label: 'Starts in', unit: 'calendar year', help: `Calendar year ${what} takes effect, from the start of that year; leave blank for the first year of the appraisal.`, source: 'The option\'s own timetable: from the first year of the appraisal unless a year is given' },
		{ min: 1980, max: 2100, int: true }
	).optional();
}

export const ScannerChangeSchema = z
	.object({ scannerId: IdSchema, ...changeShape, startYear: startYearField('the change to this scanner') })
	.strict();

export const OutsourcingSchema = z
	.object({
		scansPerYear: num({ label: 'Outsourced scans a year', unit: 'scans a year', help: 'Scans bought from an independent provider each year.', placeholder: true }, { min: 0, max: 1_000_000 }),
		costPerScanGbp: gbp({ label: 'Price per outsourced scan', unit: 'GBP per scan', help: 'Tariff paid per outsourced scan.', placeholder: true }, 60, 10_000),
		fromYearIndex: plainNum({ label: 'From year', unit: 'year of horizon', help: 'First year of the contract.', source: 'Convention: from the first year of the horizon unless a year is given' }, { min: 0, max: 29, int: true, default: 0 }),
		years: plainNum({ label: 'Contract length', unit: 'years', help: 'Years the contract runs.', placeholder: true }, { min: 1, max: 30, int: true, default: 30 })
	})
	.strict();

export const TravelChangeSchema = z
	.object({
		localityId: IdSchema,
		returnTravelMiles: num({ label: 'Return travel under this option', unit: 'miles', help: 'Average return journey for patients from this locality under the option.', placeholder: true }, { min: 0, max: 1000 }),
		travelMinutes: num({ label: 'Travel time under this option', unit: 'minutes', help: 'Average return travel time under the option.', placeholder: true }, { min: 0, max: 1440 }),
		shareOfPatients: frac({ label: 'Share of the locality\'s patients', help: 'Share of this locality\'s patients whose journey changes (e.g. those seen on the mobile unit).', placeholder: true }, 1),
		siteScannerId: IdSchema.optional().meta({ description: 'The scanner (one the option adds, or one it changes) whose opening causes this travel change: the change starts when that scanner starts running under the option (its installation year, or its change\'s start year); before then patients travel as today' }),
		startYear: startYearField('the new journey')
	})
	.strict();

export const FixedStaffChangeSchema = z
	.object({
		roleId: IdSchema,
		extraHoursPerWeek: num({ label: 'Extra hours a week', unit: 'hours a week', help: 'Hours a week added (or removed, if negative) for this role under the option.', placeholder: true }, { min: -400, max: 400 }),
		startYear: startYearField('the change in hours')
	})
	.strict();

/** Shares of the FLS's full caseload reached in its first, second, third... year; the last is held. */
export const FLS_RAMP_MAX = 10;

/**
 * When an FLS the option adds starts and how fast it reaches its full caseload (issue #11). Ignored
 * when an FLS already runs today (fls.inBaseline): that one runs at full coverage throughout.
 */
export const FlsPhasingSchema = z
	.object({
		startYear: startYearField('the FLS'),
		ramp: z
			.array(frac({ label: 'Share of the full caseload', help: 'Share of the FLS\'s full caseload (the fragility-fracture cohort it would otherwise work) reached in this year of running.', source: 'The option\'s own plan: [1], the full caseload from the first year, unless a ramp is given' }))
			.min(1)
			.max(FLS_RAMP_MAX)
			.default([1])
			.meta({ description: 'Coverage ramp: the share of the full FLS caseload reached in years 1, 2, 3... after the FLS starts; the last share is held for the rest of the appraisal' })
	})
	.strict();

/** An option is a named set of changes to the baseline service. */
export const OptionSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		description: z.string().max(2000).default(''),
		businessAsUsual: z.boolean().default(false),
		scannerChanges: z.array(ScannerChangeSchema).max(20).default([]),
		addScanners: z.array(ScannerSchema).max(10).default([]),
		removeScannerIds: z.array(IdSchema).max(20).default([]),
		removeScannerYears: z
			.record(IdSchema, plainNum({ label: 'Removed from', unit: 'calendar year', help: 'Calendar year the scanner leaves the service (it runs until the end of the year before); leave blank to remove it from the first year of the appraisal.', source: 'The option\'s own timetable: from the first year of the appraisal unless a year is given' }, { min: 1980, max: 2100, int: true }))
			.meta({ description: 'The calendar year each removed scanner leaves the service, keyed by its id; a removed scanner not listed is removed from the first year', maxProperties: 20 })
			.default({}),
		outsourcing: OutsourcingSchema.optional(),
		addFls: z.boolean().default(false).meta({ description: 'Add a fracture liaison service under this option' }),
		fls: FlsPhasingSchema.optional().meta({ description: 'When the FLS this option adds starts and its coverage ramp; left out, it runs at full coverage from the first year' }),
		pathway: PathwayChangeSchema.optional(),
		fixedStaffChanges: z.array(FixedStaffChangeSchema).max(20).default([]),
		capitalItems: z.array(CapitalItemSchema).max(30).default([]),
		revenueItems: z.array(RevenueItemSchema).max(30).default([]),
		travel: z.array(TravelChangeSchema).max(50).default([]),
		scores: z.record(z.string(), z.number().min(0).max(10)).meta({ maxProperties: 12 }).default({})
	})
	.strict();

export const CriterionSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		weight: z.number().min(0).max(100)
	})
	.strict();
