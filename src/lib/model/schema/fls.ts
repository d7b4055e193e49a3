import { z } from 'zod';
import { num, frac, gbp, IdSchema, plainNum } from './meta';
import { FLS_COHORT_METHODS, FlsIncidenceSchema } from './flsIncidence';

const RCP = 'Royal College of Physicians FLS database (FLS-DB) audit method';
const ROS = 'Royal Osteoporosis Society: refracture risk after a fragility fracture is 10% in 1 year, 18% in 2 and 31% in 5';

const CPRD = 'UK primary care (CPRD), people aged 50+ with women 54%: hip 0.54 x 33.5 + 0.46 x 13.4 = 24.25 and clinical vertebral 0.54 x 11.8 + 0.46 x 4.6 = 8.49 of all fractures 0.54 x 155.4 + 0.46 x 71.8 = 116.94 per 10,000 person-years (van der Velde et al., Osteoporos Int 2016; 27: 3197-3206; Curtis et al., Bone 2016; 87: 19-26)';

/** Fracture liaison service: cohort, funnel, refracture risk, treatment effect, costs and outcomes. */
export const FlsSchema = z
	.object({
		inBaseline: z.boolean().default(false).meta({ description: 'An FLS already runs today, so every option includes it' }),
		hipFracturesPerYear: num(
			{ label: 'Local hip fractures a year', unit: 'fractures a year', help: 'Hip fractures a year in people aged 50+ in the catchment. May be a formula, e.g. population50Plus * 3.1 / 1000.', source: 'Placeholder: about 70,000 hip fractures a year in England over about 23 million people aged 50+ is roughly 3 per 1,000; replace with the local National Hip Fracture Database figure', placeholder: true },
			{ min: 0, max: 1_000_000, default: 0 }
		),
		cohortMethod: z.enum(FLS_COHORT_METHODS).default('hipFractures').meta({ description: 'How the FLS cohort is sized: five times the local hip fractures (hipFractures), or fracture incidence by age band and sex over the catchment (incidence)' }),
		incidence: FlsIncidenceSchema.prefault({}),
		cohortPerHipFracture: num(
			{ label: 'Fragility fractures per hip fracture', unit: 'ratio', help: 'Expected FLS caseload is this many times the local hip fractures.', source: `${RCP}: expected caseload is five times the local hip fractures` },
			{ min: 1, max: 20, default: 5 }
		),
		identifiedShare: frac({ label: 'Identified by the FLS', help: 'Share of the fragility-fracture cohort the FLS finds.', source: `${RCP}: 80% identified` }, 0.8),
		assessedShare: frac({ label: 'Assessed', help: 'Share of identified patients who complete a bone health assessment.', placeholder: true }, 0.9),
		recommendedShare: frac({ label: 'Recommended treatment', help: 'Share of assessed patients recommended bone-protection treatment.', source: `${RCP}: at least 50% recommended treatment` }, 0.5),
		startedShare: frac({ label: 'Started treatment', help: 'Share of those recommended who start treatment.', source: `${RCP}: 80% starting treatment` }, 0.8),
		adherentShare: frac({ label: 'Adherent at 12 months', help: 'Share of starters still taking treatment at 12 months.', source: `${RCP}: 80% staying on treatment to 12 months` }, 0.8),
		usualCareTreatedShare: frac(
			{ label: 'Treated under usual care', help: 'Share of the cohort who would be treated without an FLS (counterfactual).', source: 'McLellan et al. 2011, West Glasgow FLS: 193 per 1,000 treated under usual care' },
			0.193
		),
		dxaShareOfIdentified: frac({ label: 'Identified patients needing DXA', help: 'Share of identified patients the FLS sends for a DXA scan; these scans add to demand.', placeholder: true }, 0.7),
		lostWhenWaitBeyondStandardShare: frac(
			{
				label: 'FLS patients lost when the scan waits beyond the standard',
				help: 'Share of the FLS patients whose DXA scan waits longer than the waiting-time standard who are lost to follow-up and never start treatment; the rest start later. FLS patients the service does not scan at all reach no treatment decision.',
				source: 'Placeholder (docs/research/issue-11-benefits-and-access.md, section 5): no source gives the loss for a long DXA wait; 20% is below the 26.6% of referred patients who never completed an FLS bone-health appointment for any reason (US single-centre FLS, 2022-2023) and above zero because a long wait is one of those reasons. IOF Capture the Fracture KPIs expect DXA within 12 weeks',
				placeholder: true
			},
			0.2
		),
		refractureRisk1y: frac({ label: 'Refracture risk by 1 year', help: 'Cumulative risk of another fragility fracture within 1 year.', source: ROS }, 0.1),
		refractureRisk2y: frac({ label: 'Refracture risk by 2 years', help: 'Cumulative risk within 2 years.', source: ROS }, 0.18),
		refractureRisk5y: frac({ label: 'Refracture risk by 5 years', help: 'Cumulative risk within 5 years (years 3-5 share the rest evenly).', source: ROS }, 0.31),
		hipShare: frac({ label: 'Refractures that are hip', help: 'Share of fractures at the hip (a share of all fractures in people aged 50+; refractures are somewhat older, so this is a cautious figure).', source: `${CPRD}: hip 24.25 / 116.94 = 0.207` }, 0.207),
		vertebralShare: frac({ label: 'Refractures that are clinical vertebral', help: 'Share of fractures that are clinical vertebral fractures (diagnosed, the ones a service sees and pays for), not morphometric deformities found on scheduled spine radiographs.', source: `${CPRD}: vertebral 8.49 / 116.94 = 0.073` }, 0.073),
		rrrHip: frac({ label: 'Risk reduction: hip', help: 'Relative reduction in hip fractures on treatment.', source: 'Bisphosphonates: hip fracture relative risk about 0.66, i.e. 34% reduction (Osteoporos Int 2021 reports up to 50%)' }, 0.34),
		rrrVertebral: frac({ label: 'Risk reduction: clinical vertebral', help: 'Relative reduction in clinical vertebral fractures on treatment (the trials\' larger reductions of morphometric fractures do not apply to the fractures a service counts).', source: 'Black et al., J Clin Endocrinol Metab 2000; 85: 4118-24 (Fracture Intervention Trial, 3,658 women with osteoporosis, alendronate 3-4 years): clinical vertebral fracture relative risk 0.55 (95% CI 0.36-0.82), a 45% reduction' }, 0.45),
		rrrOther: frac({ label: 'Risk reduction: other', help: 'Relative reduction in other fractures on treatment.', source: 'Osteoporos Int 2021: other fractures reduced 20-30%; midpoint' }, 0.25),
		hipFractureCostGbp: gbp({ label: 'Cost of a hip fracture', help: 'First-year hospital cost of a hip fracture (2012/13 prices; uplift to the price base year locally).', source: 'Leal et al. 2016: GBP 14,163 hospital cost in year one (2012/13 prices)' }, 14163),
		vertebralFractureCostGbp: gbp({ label: 'Cost of a vertebral fracture', help: 'First-year NHS cost of a clinical vertebral fracture.', placeholder: true }, 2500),
		otherFractureCostGbp: gbp({ label: 'Cost of another fracture', help: 'First-year NHS cost of another fragility fracture (wrist, humerus, etc.).', placeholder: true }, 1500),
		hipBedDays: num({ label: 'Bed-days per hip fracture', unit: 'days', help: 'Acute and rehabilitation bed-days per hip fracture.', placeholder: true }, { min: 0, max: 365, default: 20 }),
		vertebralBedDays: num({ label: 'Bed-days per vertebral fracture', unit: 'days', help: 'Bed-days per clinical vertebral fracture.', placeholder: true }, { min: 0, max: 365, default: 3 }),
		otherBedDays: num({ label: 'Bed-days per other fracture', unit: 'days', help: 'Bed-days per other fragility fracture.', placeholder: true }, { min: 0, max: 365, default: 1 }),
		hipMortality: frac({ label: 'Deaths per hip fracture', help: 'One-year mortality after hip fracture (not all of it caused by the fracture, so deaths averted are an upper figure).', source: 'Placeholder: one-year mortality after hip fracture of about 28.7%; replace with the local figure from the National Hip Fracture Database annual report', placeholder: true }, 0.287),
		hipQalyLoss: num({ label: 'QALYs lost per hip fracture', unit: 'QALYs', help: 'Quality-adjusted life years lost per hip fracture.', source: 'Department of Health 2009 FLS economic model: about 0.7 QALY per hip fracture' }, { min: 0, max: 10, default: 0.7 }),
		vertebralQalyLoss: num({ label: 'QALYs lost per vertebral fracture', unit: 'QALYs', help: 'QALYs lost per clinical vertebral fracture.', placeholder: true }, { min: 0, max: 10, default: 0.2 }),
		otherQalyLoss: num({ label: 'QALYs lost per other fracture', unit: 'QALYs', help: 'QALYs lost per other fragility fracture.', placeholder: true }, { min: 0, max: 10, default: 0.05 }),
		effectYears: plainNum({ label: 'Years of treatment effect', unit: 'years', help: 'Years after the index fracture over which averted refractures are counted (capped at 5, the span of the refracture risk data).', placeholder: true }, { min: 1, max: 5, int: true, default: 5 }),
		coordinatorRoleId: IdSchema.default('flsCoordinator'),
		caseloadPerCoordinatorWte: num({ label: 'Caseload per coordinator WTE', unit: 'patients a year', help: 'Patients identified a year that one whole-time coordinator can manage.', placeholder: true }, { min: 50, max: 5000, default: 600 }),
		drugCostPerTreatedPerYearGbp: gbp({ label: 'Drug cost per treated patient', unit: 'GBP a year', help: 'Bone-protection drug and monitoring cost a year per adherent patient.', placeholder: true }, 60, 100000),
		otherCostsPerYearGbp: gbp({ label: 'Other FLS costs', unit: 'GBP a year', help: 'Database, IT, clinic rooms and admin support a year.', placeholder: true }, 10000)
	})
	.strict()
	.superRefine((f, ctx) => {
		const r = [f.refractureRisk1y, f.refractureRisk2y, f.refractureRisk5y];
		if (r.every((x) => typeof x === 'number') && !((r[0] as number) <= (r[1] as number) && (r[1] as number) <= (r[2] as number)))
			ctx.addIssue({ code: 'custom', path: ['refractureRisk5y'], message: `cumulative refracture risks must not fall over time, got ${r.join(', ')}` });
		if (typeof f.hipShare === 'number' && typeof f.vertebralShare === 'number' && f.hipShare + f.vertebralShare > 1)
			ctx.addIssue({ code: 'custom', path: ['vertebralShare'], message: `hip share plus vertebral share must not exceed 1, got ${f.hipShare} + ${f.vertebralShare}` });
	});
