import { z } from 'zod';

/**
 * The engine's output, described once in zod: the CLI's `--json`, `POST /api/appraise`, the
 * views and the exports all read this shape. Money is GBP at the price base year; every number
 * is finite.
 */
const n = z.number();
const money = z.number().meta({ unit: 'GBP' });

export const DemandYearSchema = z.object({
	yearIndex: z.int(),
	year: z.int(),
	population: n,
	population50Plus: n,
	newReferrals: n,
	flsReferrals: n,
	monitoring: n,
	total: n,
	vfaScans: n
});

export const ScannerYearSchema = z.object({ scannerId: z.string(), operatingDays: n, sessions: n, slots: n, capacity: n, replaced: z.boolean() });

export const CapacityYearSchema = z.object({
	yearIndex: z.int(),
	year: z.int(),
	scanners: z.array(ScannerYearSchema),
	outsourced: n,
	capacity: n,
	delivered: n,
	gap: n.meta({ description: 'Demand minus capacity; positive is a shortfall' }),
	utilisation: n
});

export const WaitingMonthSchema = z.object({
	monthIndex: z.int(),
	year: z.int(),
	referrals: n,
	capacity: n,
	seen: n,
	listSize: n,
	beyondStandard: n.meta({ description: 'Patients on the list at the month end who have waited longer than the standard (the DM01 measure)' }),
	seenWithinStandard: n,
	estimatedWaitWeeks: n.nullable()
});

export const WaitingListSchema = z.object({
	months: z.array(WaitingMonthSchema),
	startListSize: n,
	endListSize: n,
	endEstimatedWaitWeeks: n.nullable(),
	backlogClearsMonth: z.int().nullable().meta({ description: 'First month from which the estimated wait stays within the standard to the end of the horizon; null if it never does' }),
	withinStandardShareByYear: z.array(n),
	standardWeeks: n,
	shareBeyondStandardByYear: z.array(n).meta({ description: 'Share of the list waiting longer than the standard at each year end' }),
	standardShare: n.meta({ description: 'The operational standard: largest share allowed beyond the standard' }),
	meanWaitToHoldWeeks: n.meta({ description: 'Mean wait that holds the standard share: standard / ln(1 / share)' }),
	targetListByYear: z.array(n).meta({ description: 'Waiting list that holds the standard (Little\'s law)' }),
	capacityToHoldByYear: z.array(n).meta({ description: 'Scans a year that hold the standard given the variation of demand and capacity (Kingman)' }),
	reliefCapacityFirstYear: n.nullable().meta({ description: 'Scans a year that bring the starting list to the target list in the relief weeks; null when it is already there' })
});

export const RoleYearSchema = z.object({ roleId: z.string(), name: z.string(), band: z.string(), hours: n, baseWte: n, fundedWte: n, costGbp: money });

export const StaffingSchema = z.object({
	byYear: z.array(z.object({ yearIndex: z.int(), roles: z.array(RoleYearSchema), totalFundedWte: n, costGbp: money })),
	averageFundedWteByRole: z.array(z.object({ roleId: z.string(), name: z.string(), baseWte: n, fundedWte: n })),
	hasExposureJustifier: z.boolean(),
	hasRegisteredProfessional: z.boolean()
});

export const CashFlowYearSchema = z.object({
	yearIndex: z.int(),
	year: z.int(),
	capital: z.record(z.string(), money),
	revenue: z.record(z.string(), money),
	capitalTotal: money,
	revenueTotal: money,
	optimismBiasCapital: money,
	optimismBiasRevenue: money,
	residualValue: money,
	patientTravel: money,
	total: money,
	discountFactor: n,
	discounted: money
});

export const FlsYearSchema = z.object({
	yearIndex: z.int(),
	cohort: n,
	identified: n,
	assessed: n,
	recommended: n,
	started: n,
	adherent: n,
	extraTreated: n,
	dxaScans: n,
	scannedShare: n.meta({ description: 'Share of the year\'s DXA demand the option scans: min(1, delivered / demand)' }),
	beyondStandardShare: n.meta({ description: 'Share of the year\'s scans seen after waiting beyond the standard' }),
	dxaScanned: n.meta({ description: 'FLS patients scanned' }),
	lostToFollowUp: n.meta({ description: 'FLS patients lost to follow-up because their scan waited beyond the standard' }),
	reachedShare: n.meta({ description: 'Share of identified FLS patients whose pathway reaches a treatment decision' }),
	avertedHip: n,
	avertedVertebral: n,
	avertedOther: n,
	bedDaysAvoided: n,
	deathsAvoided: n,
	qalysGained: n,
	costsAvoidedGbp: money,
	coordinatorWte: n,
	coordinatorCostGbp: money,
	flsCostGbp: money
});

export const FlsResultSchema = z.object({
	byYear: z.array(FlsYearSchema),
	totals: z.object({ avertedHip: n, avertedVertebral: n, avertedOther: n, bedDaysAvoided: n, deathsAvoided: n, qalysGained: n, costsAvoidedGbp: money, flsCostGbp: money, dxaScans: n, dxaScanned: n, lostToFollowUp: n }),
	pvCostsAvoidedGbp: money,
	pvFlsCostGbp: money,
	discountedQalys: n,
	returnPerPound: n.nullable()
});

const accessFigures = {
	journeys: n.meta({ description: 'Return journeys to scans delivered (one a scan; patients still waiting do not travel)' }),
	returnMiles: n,
	returnHours: n,
	costGbp: money.meta({ description: 'Miles x cost per mile + hours x value of an hour' }),
	within30Share: n.meta({ description: 'Share of journeys within 30 minutes one way' }),
	within60Share: n.meta({ description: 'Share of journeys within 60 minutes one way' })
};

export const AccessResultSchema = z.object({
	byYear: z.array(z.object({ yearIndex: z.int(), year: z.int(), ...accessFigures })),
	byLocality: z.array(z.object({ localityId: z.string(), name: z.string(), ...accessFigures, journeysByYear: z.array(n) })).meta({ description: 'Each locality over the horizon' }),
	totals: z.object(accessFigures).meta({ description: 'Over the horizon and every locality' })
});

export const PathwayYearSchema = z.object({
	yearIndex: z.int(),
	year: z.int(),
	referred: n.meta({ description: 'Scans asked for: new referrals, FLS referrals and monitoring returns' }),
	scanned: n.meta({ description: 'Scans delivered (in-house and outsourced)' }),
	flsScans: n.meta({ description: 'Of the scans, those for FLS referrals and their returns' }),
	vfaScans: n.meta({ description: 'Scans with a vertebral fracture assessment' }),
	fracturesFound: n.meta({ description: 'Previously undiagnosed vertebral fractures VFA finds' }),
	fracturesFoundOutsideFls: n.meta({ description: 'Of those, in patients outside the FLS (whose treatment the FLS already counts)' }),
	vfaTreatmentRecommended: n.meta({ description: 'Patients recommended treatment because VFA found a fracture' }),
	vfaExtraTreated: n.meta({ description: 'Of those, on treatment at 12 months' }),
	recommendedOutsideFls: n.meta({ description: 'Recommended treatment on the scan alone, outside the FLS' }),
	recommendedFls: n.meta({ description: 'FLS patients recommended treatment (the FLS\'s recommended share)' }),
	treatmentRecommended: n.meta({ description: 'Scanned patients recommended treatment, including those VFA adds' }),
	onwardReferrals: n.meta({ description: 'Patients referred on to a secondary-care clinic (clinic demand)' }),
	onwardReferralCostGbp: money,
	oneStopVisits: n,
	recallVisits: n.meta({ description: 'Return visits for a clinical assessment not done at a one-stop visit' }),
	reports: n.meta({ description: 'Reports the service writes (in-house scans)' }),
	reportingHours: n,
	avertedHip: n,
	avertedVertebral: n,
	avertedOther: n,
	costsAvoidedGbp: money,
	qalysGained: n,
	drugCostGbp: money
});

export const PathwayIndicationSchema = z.object({
	id: z.string(),
	name: z.string(),
	scansByYear: z.array(n),
	treatmentRecommendedByYear: z.array(n)
});

export const PathwayResultSchema = z.object({
	vfaShare: n.meta({ description: 'Share of the option\'s scans with VFA' }),
	oneStopShare: n,
	byYear: z.array(PathwayYearSchema),
	indications: z.array(PathwayIndicationSchema).meta({ description: 'Scans and treatment recommendations by referral indication, then FLS referrals when the option has an FLS' }),
	totals: z.object({ scanned: n, vfaScans: n, fracturesFound: n, vfaTreatmentRecommended: n, treatmentRecommended: n, onwardReferrals: n, oneStopVisits: n, recallVisits: n, reports: n, reportingHours: n, fracturesAverted: n }),
	pvCostsAvoidedGbp: money,
	pvDrugCostGbp: money,
	discountedQalys: n,
	countedInAppraisal: z.boolean().meta({ description: 'Whether the VFA benefits and their drug costs are in the appraisal' })
});

export const OptionSummarySchema = z.object({
	netPresentCostGbp: money,
	pvBenefitsGbp: money.meta({ description: 'Present value of cash-releasing benefits (fracture costs avoided)' }),
	discountedQalys: n,
	pvQalyValueGbp: money,
	netPresentValueGbp: money.meta({ description: 'PV cash benefits minus NPC' }),
	netPresentSocialValueGbp: money.meta({ description: 'PV cash benefits plus QALY value minus NPC' }),
	incrementalNpcVsBauGbp: money,
	equivalentAnnualCostGbp: money,
	costPerScanGbp: n.nullable().meta({ description: 'NPC divided by discounted scans delivered' }),
	capitalTotalGbp: money,
	revenueTotalGbp: money,
	scansDelivered: n,
	averageCapacity: n,
	maxCapacityGap: n,
	finalYearCapacityGap: n,
	endListSize: n,
	endEstimatedWaitWeeks: n.nullable(),
	backlogClearsMonth: z.int().nullable(),
	averageFundedWte: n,
	fracturesAverted: n,
	weightedScore: n,
	meetsDemand: z.boolean(),
	rank: z.int()
});

export const OptionResultSchema = z.object({
	id: z.string(),
	name: z.string(),
	description: z.string(),
	businessAsUsual: z.boolean(),
	hasFls: z.boolean(),
	demand: z.array(DemandYearSchema),
	capacity: z.array(CapacityYearSchema),
	waitingList: WaitingListSchema,
	staffing: StaffingSchema,
	cashFlows: z.array(CashFlowYearSchema),
	fls: FlsResultSchema.nullable(),
	access: AccessResultSchema.meta({ description: 'Patient access: journeys to the scans delivered, by year and locality' }),
	pathway: PathwayResultSchema,
	summary: OptionSummarySchema,
	flags: z.array(z.string())
});

export const AppraisalResultSchema = z
	.object({
		scenarioName: z.string(),
		schemaVersion: z.int(),
		startYear: z.int(),
		priceBaseYear: z.int(),
		horizonYears: z.int(),
		years: z.array(z.int()),
		options: z.array(OptionResultSchema),
		ranking: z.array(z.object({ optionId: z.string(), rank: z.int(), meetsDemand: z.boolean(), netPresentSocialValueGbp: money, weightedScore: n })),
		preferredOptionId: z.string(),
		preferredReason: z.string(),
		warnings: z.array(z.string())
	})
	.meta({ id: 'AppraisalResult', title: 'DXA Service Planner appraisal results' });

export type DemandYear = z.infer<typeof DemandYearSchema>;
export type CapacityYear = z.infer<typeof CapacityYearSchema>;
export type ScannerYear = z.infer<typeof ScannerYearSchema>;
export type WaitingMonth = z.infer<typeof WaitingMonthSchema>;
export type WaitingListResult = z.infer<typeof WaitingListSchema>;
export type StaffingResult = z.infer<typeof StaffingSchema>;
export type RoleYear = z.infer<typeof RoleYearSchema>;
export type CashFlowYear = z.infer<typeof CashFlowYearSchema>;
export type FlsYear = z.infer<typeof FlsYearSchema>;
export type FlsResult = z.infer<typeof FlsResultSchema>;
export type AccessResult = z.infer<typeof AccessResultSchema>;
export type PathwayYear = z.infer<typeof PathwayYearSchema>;
export type PathwayResult = z.infer<typeof PathwayResultSchema>;
export type OptionSummary = z.infer<typeof OptionSummarySchema>;
export type OptionResult = z.infer<typeof OptionResultSchema>;
export type AppraisalResult = z.infer<typeof AppraisalResultSchema>;
