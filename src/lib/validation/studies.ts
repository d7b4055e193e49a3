import { appraise, flsCohortWorking, parseScenario, AGE_BANDS, type ScenarioInput } from '$lib/model';
import { CPRD_RATES_50_PLUS } from '$lib/model/fractureEpidemiology';
import { englandShares } from '$lib/setup/ageProfiles';
import { count, decimal } from '$lib/present';

/**
 * The planner configured as each published FLS evaluation was, its figures beside the published
 * ones (docs/validation.md says what each study assumed and why the configuration is what it is).
 * Runs use no population growth and no discounting, and a DXA service that scans every FLS patient
 * within the standard (the studies assume the scans happen). A single annual cohort's five years is a
 * five-year run less a four-year run (identical cohorts: the difference is one full five-year
 * cumulative risk); a national programme over five years is a five-year run.
 */
export interface ValidationRow {
	measure: string;
	published: number;
	engine: number;
	unit: 'fractures' | 'GBP' | 'QALYs' | 'bed-days';
}

export interface StudyValidation {
	id: 'mclellan2011' | 'dh2009' | 'ros';
	title: string;
	citation: string;
	configuration: string;
	rows: ValidationRow[];
	/** The structural differences that stop a figure reproducing within 20%, each with its size. */
	differences: string[];
}

type Fls = Record<string, unknown>;
type Totals = { avertedHip: number; avertedVertebral: number; avertedOther: number; bedDaysAvoided: number; qalysGained: number; costsAvoidedGbp: number; flsCostGbp: number };

/** The FLS totals of a run of `years` with the study's FLS figures over the base scenario's catchment. */
function flsTotals(base: ScenarioInput, fls: Fls, years: number): Totals {
	const s = structuredClone(base) as ScenarioInput & Record<string, unknown>;
	delete s.uncertainty;
	s.horizonYears = years;
	for (const l of s.catchment.localities) l.growth = { under50: 0, age50to64: 0, age65to74: 0, age75to84: 0, age85plus: 0 };
	s.fls = { ...(s.fls ?? {}), ...fls, inBaseline: false };
	s.appraisal = { ...(s.appraisal ?? {}), discountRate: 0, discountRateLong: 0, healthDiscountRate: 0 };
	// The studies assume every FLS patient who needs a scan gets one in time: no starting backlog and
	// ample bought-in scanning, so the DXA service does not limit the FLS (methods: FLS limited by the DXA service).
	s.demand = { ...(s.demand ?? {}), startingBacklog: 0 };
	s.options = [
		{ id: 'bau', name: 'Usual care', businessAsUsual: true },
		{ id: 'fls', name: 'Fracture liaison service', addFls: true, outsourcing: { scansPerYear: 1_000_000 } }
	];
	const p = parseScenario(s);
	if (!p.ok) throw new Error(`validation configuration does not parse: ${p.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
	const t = appraise(p.scenario).options.find((o) => o.id === 'fls')?.fls?.totals;
	if (!t) throw new Error('validation run has no FLS result');
	return t;
}

function singleCohort(base: ScenarioInput, fls: Fls): Totals {
	const a = flsTotals(base, fls, 5);
	const b = flsTotals(base, fls, 4);
	const out = {} as Totals;
	for (const k of Object.keys(a) as (keyof Totals)[]) out[k] = a[k] - b[k];
	return out;
}

const all = (t: Totals) => t.avertedHip + t.avertedVertebral + t.avertedOther;

/** McLellan 2011: 1,000 patients, 740 needing treatment, 686 treated with the FLS, 193 without. */
export const MCLELLAN_FLS: Fls = {
	hipFracturesPerYear: 200,
	cohortPerHipFracture: 5,
	identifiedShare: 1,
	assessedShare: 1,
	recommendedShare: 0.74,
	startedShare: 0.686 / 0.74,
	usualCareTreatedShare: 0.193,
	otherCostsPerYearGbp: 0
};

/** DH 2009: 797 hip, humerus, spine and forearm fractures a year from 320,000 people. */
export const DH2009_FLS: Fls = { hipFracturesPerYear: 797 / 5, cohortPerHipFracture: 5, otherCostsPerYearGbp: 0 };

/** ROS: the uncovered 43% of England (2021 population coverage) of about 70,000 hip fractures a year. */
export const ROS_FLS: Fls = { hipFracturesPerYear: 0.43 * 70_000, cohortPerHipFracture: 5, otherCostsPerYearGbp: 0 };

/** What sizing the FLS cohort from incidence gives for a catchment of England's age mix, with its working. */
export interface IncidenceCohort {
	/** Fractures a year from incidence by band and sex (the planner's default rates and Census 2021 England's women's shares). */
	cohort: number;
	/** People aged 50+ in the catchment, women and men. */
	women50: number;
	men50: number;
	/** Of the cohort, hip and clinical vertebral fractures at the sourced CPRD 50+ rates (van der Velde et al. 2016). */
	hipAndSpine: number;
}

/**
 * The FLS cohort from fracture incidence for `people` of England's Census 2021 age mix (one
 * locality; the bands' shares from src/lib/setup/ageProfiles.ts), year 0, all fractures in the remit.
 */
export function incidenceCohortFor(base: ScenarioInput, people: number): IncidenceCohort {
	const shares = englandShares();
	const s = structuredClone(base) as ScenarioInput & Record<string, unknown>;
	delete s.uncertainty;
	const population = Object.fromEntries(AGE_BANDS.map((b) => [b, (people * shares[b]) / 100])) as Record<(typeof AGE_BANDS)[number], number>;
	s.catchment = { ...s.catchment, localities: [{ id: 'catchment', name: 'Catchment', population }] };
	s.fls = { ...(s.fls ?? {}), cohortMethod: 'incidence', incidence: { inRemitShare: 1 } };
	s.options = [{ id: 'bau', name: 'Usual care', businessAsUsual: true }];
	const p = parseScenario(s);
	if (!p.ok) throw new Error(`validation configuration does not parse: ${p.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
	const w = flsCohortWorking(p.scenario)[0];
	if (!w) throw new Error('validation run has no year');
	const women50 = w.bands.reduce((t, b) => t + b.population * b.femaleShare, 0);
	const men50 = w.bands.reduce((t, b) => t + b.population * (1 - b.femaleShare), 0);
	const r = CPRD_RATES_50_PLUS;
	const hipAndSpine = (women50 * (r.women.hip + r.women.vertebral) + men50 * (r.men.hip + r.men.vertebral)) / 10_000;
	return { cohort: w.cohort, women50, men50, hipAndSpine };
}

export function runValidation(base: ScenarioInput): StudyValidation[] {
	const m = singleCohort(base, MCLELLAN_FLS);
	const d = singleCohort(base, DH2009_FLS);
	const inc = incidenceCohortFor(base, 320_000);
	const r = flsTotals(base, ROS_FLS, 5);
	return [
		{
			id: 'mclellan2011',
			title: 'McLellan et al. 2011, West Glasgow FLS (per 1,000 patients)',
			citation: 'McLellan AR et al. Osteoporosis International 2011; 22(7): 2083-2098; 22 QALYs and 266 bed-days from Capture the Fracture’s summary',
			configuration: 'One cohort of 1,000 fragility-fracture patients followed for five years; all identified and assessed; 740 recommended treatment and 686 starting; 193 treated under usual care; the planner’s own adherence, refracture risks, fracture mix, risk reductions, costs and QALYs.',
			rows: [
				{ measure: 'Fractures averted', published: 18, engine: all(m), unit: 'fractures' },
				{ measure: 'Hip fractures averted', published: 11, engine: m.avertedHip, unit: 'fractures' },
				{ measure: 'QALYs gained', published: 22, engine: m.qalysGained, unit: 'QALYs' },
				{ measure: 'Bed-days saved', published: 266, engine: m.bedDaysAvoided, unit: 'bed-days' },
				{ measure: 'Fracture costs avoided', published: 312_000, engine: m.costsAvoidedGbp, unit: 'GBP' }
			],
			differences: [
				'Vertebral fractures are clinical (#11): relative risk 0.55 (Black et al. 2000) on the UK clinical vertebral share of 7.3% (CPRD) averts 4.0 vertebral fractures, where the former morphometric 70% reduction on a 30% share averted 25.7; all fractures fell from 49.3 to 34.6.',
				'Fracture mix: McLellan’s 18 are 11 hip and 7 non-hip (61% hip); the planner’s refractures are 20.7% hip (CPRD), so it averts 8.6 hip (2.4 fewer) and 26.0 non-hip (19.0 more): the whole 16.6-fracture gap. The 25% reduction on other fractures (72% of refractures, five years) gives 22.0 of those non-hip fractures.',
				'Bed-days 206 against 266 (0.78): the 2.4 fewer hip fractures at 20 bed-days each are 48 of the 60-bed-day gap; McLellan’s 266 over 11 hip fractures is about 24 a hip fracture against the planner’s placeholder 20.',
				'Costs avoided GBP 164,900 against 312,000: the 2.4 fewer hip fractures are GBP 34,000 of the gap; the rest is cost per fracture, GBP 17,300 in McLellan (312,000 / 18, longer-term costs) against the planner’s GBP 4,760 (first-year hospital cost of a hip fracture, placeholder non-hip costs).',
				'QALYs: 22 QALYs from 18 fractures is 1.2 a fracture, a lifetime count with 3 life-years gained; the planner counts the first-year loss (0.7 a hip fracture), 7.9 QALYs, and reports deaths avoided separately.'
			]
		},
		{
			id: 'dh2009',
			title: 'Department of Health 2009, fracture prevention services (320,000 people)',
			citation: 'Department of Health. Fracture prevention services: an economic evaluation, 2009 (as summarised by the National Prescribing Centre, 2010)',
			configuration: 'One annual cohort of 797 index fractures followed for five years through the planner’s default FLS funnel (RCP FLS-DB shares) and costs.',
			rows: [
				{ measure: 'Savings over five years', published: 290_708, engine: d.costsAvoidedGbp, unit: 'GBP' },
				{ measure: 'Extra cost over five years', published: 234_181, engine: d.flsCostGbp, unit: 'GBP' },
				{ measure: 'Index fractures a year, sized from incidence by age and sex', published: 797, engine: inc.cohort, unit: 'fractures' }
			],
			differences: [
				`Cohort size: sized from fracture incidence by age band and sex (the planner's second way), 320,000 people of England's Census 2021 age mix (${count(inc.women50)} women and ${count(inc.men50)} men aged 50+) give ${count(inc.cohort)} fractures a year, ${decimal(inc.cohort / 797, 2)} times the evaluation's 797. The difference is what is counted: the evaluation's cohort is hip, humerus, spine and forearm fractures, the incidence rates (Curtis et al. 2016) count every fracture at 50 and over (ribs, ankle, hand, foot and more). Hip and clinical vertebral fractures alone, at the sourced CPRD rates (van der Velde et al. 2016), are ${count(inc.hipAndSpine)} of them, which leaves ${count(797 - inc.hipAndSpine)} of the 797 as humerus and forearm fractures. A share in the FLS remit of ${decimal(797 / inc.cohort, 3)} (797 / ${decimal(inc.cohort, 1)}) sizes the planner's cohort as the evaluation's; the rows above use the evaluation's 797 directly.`,
				'The evaluation saves GBP 365 per index fracture and costs GBP 294; the planner, GBP 32 and GBP 101. It treats many more of the cohort than the funnel’s extra 7.6% and counts community and social care in a fracture’s cost. At the planner’s hospital-only cost per averted fracture (about GBP 4,760) the published savings need about 61 fractures averted, 11.5 times the planner’s 5.3.'
			]
		},
		{
			id: 'ros',
			title: 'Royal Osteoporosis Society, full FLS coverage in England (five years)',
			citation: 'Royal Osteoporosis Society, Better Bones campaign, 2023-2024 (method not published with the figures)',
			configuration: 'The uncovered 43% of England (2021 coverage) of about 70,000 hip fractures a year: a cohort of 5 x 30,100 = 150,500 a year for five years, the planner’s default funnel.',
			rows: [
				{ measure: 'Fractures averted in five years', published: 74_000, engine: all(r), unit: 'fractures' },
				{ measure: 'Hip fractures averted in five years', published: 31_000, engine: r.avertedHip, unit: 'fractures' }
			],
			differences: [
				'Who gains treatment: ROS counts 90,000 people a year missing treatment; the planner’s funnel gives about 11,400 extra treated a year (the FLS’s 28.8% treated less the 19.3% treated anyway, times 80% adherence). With 90,000 a year the planner averts 90,000 x 1.08 x 0.283 = 27,500 fractures (0.37 of 74,000).',
				'Hip share: 31,000 of 74,000 is 42% hip; the planner averts 24.8% hip (20.7% of refractures are hip, CPRD), so it reaches about 6,840 hip fractures even with 90,000 treated a year. ROS’s method is not published with the figures; a lifetime horizon or fractures avoided beyond the first refracture would explain the rest.'
			]
		}
	];
}

/** Engine over published, and whether it is within 20%. */
export function agreement(row: ValidationRow): { ratio: number | null; within20: boolean } {
	if (!(row.published > 0)) return { ratio: null, within20: false };
	const ratio = row.engine / row.published;
	return { ratio, within20: Math.abs(ratio - 1) <= 0.2 };
}
