import { z } from 'zod';
import { IdSchema, num, frac, gbp } from './meta';

const AFC = 'NHS Employers, Agenda for Change pay scales 2025/26 (3.6% award), entry point of the band; check the local pay point';

export const RoleSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		band: z.string().max(20).default(''),
		annualSalaryGbp: gbp({ label: 'Annual salary', unit: 'GBP a year', help: 'Basic pay for one whole-time equivalent, before on-costs.', source: AFC }, undefined, 500_000),
		registeredProfessional: z.boolean().default(false).meta({ description: 'A registered healthcare professional (HCPC or NMC or GMC)' }),
		justifiesExposures: z.boolean().default(false).meta({ description: 'Acts as IRMER practitioner who justifies exposures' })
	})
	.strict();

/** Default roles, costed at Agenda for Change 2025/26 entry points (Band 2 GBP 24,465 per the 3.6% award). */
export const DEFAULT_ROLES = [
	{ id: 'dxaOperator', name: 'DXA operator (radiographer)', band: 'AfC 6', annualSalaryGbp: 38682, registeredProfessional: true, justifiesExposures: false },
	{ id: 'assistant', name: 'Healthcare assistant', band: 'AfC 3', annualSalaryGbp: 24937, registeredProfessional: false, justifiesExposures: false },
	{ id: 'nurseSpecialist', name: 'Osteoporosis nurse specialist', band: 'AfC 7', annualSalaryGbp: 47810, registeredProfessional: true, justifiesExposures: false },
	{ id: 'receptionist', name: 'Receptionist / admin', band: 'AfC 2', annualSalaryGbp: 24465, registeredProfessional: false, justifiesExposures: false },
	{ id: 'secretary', name: 'Medical secretary', band: 'AfC 3', annualSalaryGbp: 24937, registeredProfessional: false, justifiesExposures: false },
	{ id: 'leadClinician', name: 'Lead clinician (consultant)', band: 'Consultant', annualSalaryGbp: 109725, registeredProfessional: true, justifiesExposures: true },
	{ id: 'reporter', name: 'Reporting clinician / clinical scientist', band: 'AfC 8a', annualSalaryGbp: 55690, registeredProfessional: true, justifiesExposures: false },
	{ id: 'mpe', name: 'Medical physics expert / RPA', band: 'AfC 8a', annualSalaryGbp: 55690, registeredProfessional: true, justifiesExposures: false },
	{ id: 'flsCoordinator', name: 'FLS coordinator', band: 'AfC 6', annualSalaryGbp: 38682, registeredProfessional: true, justifiesExposures: false },
	{ id: 'driver', name: 'Mobile unit driver', band: 'AfC 3', annualSalaryGbp: 24937, registeredProfessional: false, justifiesExposures: false }
];

export const FixedStaffSchema = z
	.object({
		roleId: IdSchema,
		hoursPerWeek: num(
			{ label: 'Hours a week', unit: 'hours a week', help: 'Hours a week of this role, independent of scanning sessions (a consultant programmed activity is 4 hours).', placeholder: true },
			{ min: 0, max: 400 }
		)
	})
	.strict();

export const StaffingSchema = z
	.object({
		roles: z.array(RoleSchema).min(1).max(40).default(DEFAULT_ROLES),
		fixedStaff: z.array(FixedStaffSchema).max(40).default([
			{ roleId: 'leadClinician', hoursPerWeek: 4 },
			{ roleId: 'secretary', hoursPerWeek: 15 },
			{ roleId: 'mpe', hoursPerWeek: 1 },
			{ roleId: 'nurseSpecialist', hoursPerWeek: 7.5 }
		]),
		reportingRoleId: IdSchema.default('reporter'),
		reportingMinutesPerScan: num(
			{ label: 'Reporting time per scan', unit: 'minutes', help: 'Time to report one scan (the guideline notes reporting time per scan matters for staffing).', placeholder: true },
			{ min: 0, max: 60, default: 5 }
		),
		leaveAllowance: frac(
			{ label: 'Leave allowance', help: 'Added to worked hours for annual, sick and study leave at the planning stage.', source: 'Guideline: add about 20% for annual, sick and study leave' },
			0.2
		),
		hoursPerWte: num(
			{ label: 'Hours per WTE a year', unit: 'hours a year', help: 'Contracted hours of one whole-time equivalent: 37.5 hours a week for 52 weeks.', source: 'NHS Terms and Conditions (AfC) Handbook: standard working week 37.5 hours' },
			{ min: 1000, max: 3000, default: 1950 }
		),
		onCostRate: frac(
			{ label: 'Employer on-costs', help: 'Employer pension and national insurance as a share of salary.', source: 'Placeholder: NHS Pension employer rate 14.38% plus employer NI 15% above GBP 5,000 (2025/26) is about 27% on a Band 6 salary; use the local finance figure', placeholder: true },
			0.27
		)
	})
	.strict();
