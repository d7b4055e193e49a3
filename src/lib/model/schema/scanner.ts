import { z } from 'zod';
import { IdSchema, num, frac, gbp, plainNum } from './meta';

const LOCAL = 'Placeholder: replace with the local job plan or contract';

export const StaffPerSessionSchema = z
	.object({
		roleId: IdSchema,
		count: num(
			{ label: 'Staff per session', unit: 'people', help: 'How many of this role work each scanning session.', placeholder: true },
			{ min: 0, max: 20 }
		)
	})
	.strict();

export const SlotMinutesSchema = z
	.object({
		standard: num(
			{ label: 'Slot: hip and spine', unit: 'minutes', help: 'Booked slot for a hip and spine scan. Acquisition is 2-3 minutes a site; published slot lengths run 10-20 minutes.', source: 'Guideline: published slot lengths 10-20 minutes; 20 is the cautious end' },
			{ min: 5, max: 120, default: 20 }
		),
		withVfa: num(
			{ label: 'Slot: with VFA', unit: 'minutes', help: 'Booked slot for hip and spine with vertebral fracture assessment.', source: 'Guideline patient leaflet: scans take 20-30 minutes in total' },
			{ min: 5, max: 120, default: 25 }
		),
		oneStop: num(
			{ label: 'Slot: one-stop', unit: 'minutes', help: 'Scanner time booked for a one-stop visit (the whole visit can take up to two hours of patient time).', placeholder: true },
			{ min: 5, max: 240, default: 40 }
		)
	})
	.strict();

export const MobileSchema = z
	.object({
		movesPerYear: num(
			{ label: 'Relocations a year', unit: 'moves', help: 'Times a year the unit moves between sites.', placeholder: true },
			{ min: 0, max: 250, default: 12 }
		),
		relocationDaysPerMove: num(
			{ label: 'Days lost per relocation', unit: 'days', help: 'Working days lost to travel, set-up and QA at each move.', placeholder: true },
			{ min: 0, max: 10, default: 1 }
		),
		throughputFactor: frac(
			{ label: 'Throughput factor', help: 'Share of a static scanner\'s throughput achieved in the limited space of a mobile unit.', source: 'Atenstaedt et al., Cost Eff Resour Alloc 2007 and the guideline note that limited space and travel cut mobile throughput; the 0.85 figure is illustrative', placeholder: true },
			0.85
		),
		milesPerYear: num(
			{ label: 'Vehicle miles a year', unit: 'miles', help: 'Distance the unit is driven a year.', placeholder: true },
			{ min: 0, max: 200_000, default: 3000 }
		),
		runningCostPerMileGbp: gbp({ label: 'Vehicle running cost per mile', unit: 'GBP per mile', help: 'Fuel, tyres and vehicle maintenance per mile.', placeholder: true }, 1.5, 100),
		siteFeesPerYearGbp: gbp({ label: 'Site fees a year', help: 'Hard standing, power hook-up, toilets and waiting area at host sites.', placeholder: true }, 12000),
		vehicleCostGbp: gbp({ label: 'Vehicle or trailer', help: 'Capital cost of the trailer or vehicle housing the scanner.', placeholder: true }, 250000),
		vehicleLifetimeYears: plainNum(
			{ label: 'Vehicle lifetime', unit: 'years', help: 'Years before the vehicle is replaced.', placeholder: true },
			{ min: 1, max: 30, int: true, default: 10 }
		)
	})
	.strict();

/** A static scanner or a mobile unit, with its asset and running figures. */
export const ScannerSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		kind: z.enum(['static', 'mobile']).default('static'),
		localityId: IdSchema.optional().meta({ description: 'Locality where a static scanner sits (optional)' }),
		servesLocalityIds: z.array(IdSchema).max(50).default([]),
		installedYear: plainNum(
			{ label: 'Year installed', unit: 'calendar year', help: 'Year the scanner was (or will be) installed; drives replacement and warranty.', source: 'Local asset register' },
			{ min: 1980, max: 2100, int: true }
		),
		sessionsPerWeek: num(
			{ label: 'Sessions a week', unit: 'sessions', help: 'Scanning sessions a week (two a day on five days is 10).', source: LOCAL, placeholder: true },
			{ min: 0, max: 21, default: 10 }
		),
		sessionHours: num(
			{ label: 'Session length', unit: 'hours', help: 'Length of one scanning session.', source: LOCAL, placeholder: true },
			{ min: 0.5, max: 12, default: 4 }
		),
		operatingDaysPerWeek: num(
			{ label: 'Operating days a week', unit: 'days', help: 'Days a week the scanner runs.', placeholder: true },
			{ min: 1, max: 7, default: 5 }
		),
		bankHolidayDays: num(
			{ label: 'Bank holidays', unit: 'days a year', help: 'Weekday bank holidays when the service is closed.', source: 'England and Wales have 8 bank holidays a year (gov.uk)' },
			{ min: 0, max: 20, default: 8 }
		),
		maintenanceDays: num(
			{ label: 'Maintenance days', unit: 'days a year', help: 'Planned preventive maintenance and breakdown days a year.', placeholder: true },
			{ min: 0, max: 60, default: 4 }
		),
		qaMinutesPerDay: num(
			{ label: 'Daily QA', unit: 'minutes a day', help: 'Quality-assurance phantom scan before the first patient (the guideline requires it daily, at least three times a week).', source: 'Guideline: daily QA phantom before first patient; duration is a placeholder', placeholder: true },
			{ min: 0, max: 120, default: 15 }
		),
		slotMinutes: SlotMinutesSchema.prefault({}),
		dnaRate: frac(
			{ label: 'DNA rate', help: 'Share of booked appointments not attended (the guideline asks services to track it).', placeholder: true },
			0.08
		),
		overbookingRate: num(
			{ label: 'Overbooking', unit: 'fraction of slots', help: 'Extra bookings made above slots to offset DNAs (0.05 = 5%). Attendances never exceed the slots available.', source: 'Local booking policy; 0 means no overbooking' },
			{ min: 0, max: 0.5, default: 0 }
		),
		commissioningWeeks: num(
			{ label: 'Commissioning weeks', unit: 'weeks', help: 'Weeks of lost capacity in the installation year for acceptance tests, RPA critical examination, training and the precision study; the guideline advises not fully booking a new scanner in its first week.', source: 'Guideline, Appendix 3; duration is a placeholder', placeholder: true },
			{ min: 0, max: 26, default: 2 }
		),
		staffPerSession: z.array(StaffPerSessionSchema).max(20).default([
			{ roleId: 'dxaOperator', count: 1 },
			{ roleId: 'assistant', count: 1 },
			{ roleId: 'receptionist', count: 0.5 }
		]),
		purchaseCostGbp: gbp(
			{ label: 'Scanner price', help: 'Capital cost of the scanner. Replace with a local quote.', source: 'Hansard 2006: 2005-06 allocation of GBP 214,000 per health authority for scanner purchase; replace with a local quote' },
			214000
		),
		lifetimeYears: plainNum(
			{ label: 'Scanner lifetime', unit: 'years', help: 'Useful life before replacement; after about 10 years parts and repair are not assured.', source: 'Guideline: useful life of a DXA scanner about 10 years' },
			{ min: 1, max: 30, int: true, default: 10 }
		),
		installationCostGbp: gbp({ label: 'Installation', help: 'Delivery, installation, acceptance testing and RPA critical examination at each purchase.', placeholder: true }, 20000),
		roomWorksCostGbp: gbp({ label: 'Room works and shielding', help: 'Building works, shielding assessment and electrical checks at first installation (not repeated at replacement).', placeholder: true }, 30000),
		itCostGbp: gbp({ label: 'IT and PACS links', help: 'Network point, PACS/RIS integration and reporting workstation at each purchase.', placeholder: true }, 10000),
		warrantyYears: plainNum(
			{ label: 'Warranty', unit: 'years', help: 'Years after purchase before the maintenance contract starts.', placeholder: true },
			{ min: 0, max: 10, int: true, default: 1 }
		),
		maintenancePerYearGbp: gbp({ label: 'Maintenance contract', unit: 'GBP a year', help: 'Annual maintenance contract once the warranty ends.', placeholder: true }, 12000),
		estatesPerYearGbp: gbp({ label: 'Estates and facilities', unit: 'GBP a year', help: 'Room rental, utilities and cleaning (static scanners).', placeholder: true }, 15000),
		crossCalibrationCostGbp: gbp({ label: 'Cross-calibration at replacement', help: 'One-off cost of cross-calibrating old and new scanners at replacement (ISCD precision study: 30 patients twice or 15 three times).', placeholder: true }, 3000),
		crossCalibrationDays: num(
			{ label: 'Cross-calibration days', unit: 'days', help: 'Scanner days lost to cross-calibration in a replacement year.', placeholder: true },
			{ min: 0, max: 30, default: 2 }
		),
		mobile: MobileSchema.optional()
	})
	.strict();
