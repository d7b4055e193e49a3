import { z } from 'zod';
import { IdSchema, frac, gbp, plainNum } from './meta';

/**
 * The pathway around the scan (issue #14): why patients are referred (the guideline's referral
 * indications), what a vertebral fracture assessment (VFA) finds, and what follows the scan
 * (treatment recommended, onward referral to secondary care, one-stop or recall visits, reports).
 * With no indications listed the referrals are one indication with today's single figures
 * (demand.vfaShare, demand.monitoringReturnShare, demand.monitoringIntervalYears).
 */

const APPENDIX_2 = 'Guideline Appendix 2 (Fracture Risk Assessment Service referral guidelines)';
const GALLACHER = 'Gallacher et al. 2007 (Glasgow FLS, 577 patients with a non-vertebral fracture): 19-20% had a vertebral fracture on VFA, yet VFA led to only 3% more patients treated, as most already qualified for treatment';
const NHANES = 'Cosman et al. 2020 (NHANES 2013-14 VFA, J Clin Endocrinol Metab): vertebral fractures on VFA in 14% of adults meeting spine-imaging criteria (5.4% of all adults 40+, 11% at 70-79, 18% at 80+); 92% of those found were not previously known';

/** One referral indication (guideline Appendix 2), with its share of new referrals and its own pathway figures. */
export const IndicationSchema = z
	.object({
		id: IdSchema,
		name: z.string().min(1).max(80),
		share: frac({ label: 'Share of new referrals', help: 'Share of new (non-FLS) referrals made for this indication; the indications\' shares add up to 1.', source: `${APPENDIX_2} lists the indications but gives no shares: replace with the local referral mix`, placeholder: true }),
		vfaShare: frac({ label: 'Scans with VFA', help: 'Share of this indication\'s scans with a vertebral fracture assessment (longer slot).', placeholder: true }),
		treatmentShare: frac({ label: 'Recommended treatment after the scan', help: 'Chance a scan for this indication ends with a recommendation to start or continue bone-protection treatment.', placeholder: true }),
		monitoringReturnShare: frac({ label: 'Share returning for monitoring', help: 'Share of this indication\'s new-referral scans that return for a monitoring scan.', placeholder: true }),
		monitoringIntervalYears: plainNum(
			{ label: 'Monitoring interval', unit: 'years', help: 'Years between a scan and its monitoring scan.', source: 'Guideline (figure 2 and text): serial DXA after at least two years; reassessment about every five years' },
			{ min: 1, max: 10, int: true }
		)
	})
	.strict();

/** The guideline's six referral indications, for the editor to offer (shares are placeholders). */
export const APPENDIX_2_INDICATIONS: readonly { id: string; name: string }[] = [
	{ id: 'fracture', name: 'Fracture after age 40' },
	{ id: 'glucocorticoids', name: 'Glucocorticoids' },
	{ id: 'osteopenia', name: 'Radiological osteopenia' },
	{ id: 'boneLoss', name: 'Disease or medication causing bone loss' },
	{ id: 'frax', name: 'FRAX triage (NOGG amber or red)' },
	{ id: 'followUp', name: 'Follow-up scan' }
];

export const PathwaySchema = z
	.object({
		indications: z.array(IndicationSchema).max(12).default([]).meta({ description: `Referral indications (${APPENDIX_2}); none listed means one indication with the demand section's figures` }),
		treatmentShare: frac(
			{ label: 'Recommended treatment after the scan', help: 'Chance a scan ends with a recommendation to start or continue bone-protection treatment (used when no indications are listed).', placeholder: true },
			0.4
		),
		vfaYield: frac(
			{
				label: 'VFA scans finding an undiagnosed vertebral fracture',
				help: 'Share of scans with VFA that find a vertebral fracture not known before. Up to 70% of osteoporotic vertebral fractures go undiagnosed (ROS).',
				source: `${NHANES}: 14% x 92% = about 13%; ${GALLACHER}`
			},
			0.13
		),
		vfaOfferedTreatmentShare: frac(
			{ label: 'Newly found fractures offered treatment', help: 'Share of patients whose VFA finds a fracture, and who would not otherwise have been recommended treatment, who are then offered it.', placeholder: true },
			0.9
		),
		furtherAssessmentShare: frac(
			{ label: 'Scans needing a clinical assessment', help: 'Share of scanned patients who need a clinical assessment after the scan (bloods, review). A one-stop visit does it at the scan; otherwise it takes a recall visit.', placeholder: true },
			0.2
		),
		onwardReferralShare: frac(
			{
				label: 'Referred on to secondary care',
				help: 'Share of scanned patients whom the GP refers on to a secondary-care clinic (by patient, therapy and resource criteria).',
				source: 'Royal Osteoporosis Society, "When should GPs refer a patient to Secondary Care?" lists the patient, therapy and resource criteria but gives no share: replace with the local figure',
				placeholder: true
			},
			0.05
		),
		onwardReferralCostGbp: gbp({ label: 'Cost of an onward referral', unit: 'GBP per referral', help: 'Cost of a secondary-care clinic attendance; 0 shows onward referrals as clinic demand only, not costed.', source: 'Convention: not costed unless a local cost is given' }, 0, 100_000),
		countVfaBenefits: z.boolean().default(false).meta({ description: 'Count the fractures averted by treating VFA-found fractures (and that treatment\'s drug costs) in the appraisal; off by default because the yield figures come from other populations' })
	})
	.strict();

const OPTION_CHOICE = 'The option\'s own choice of scan mix (a planning decision, not an estimate)';

/** An option's change to the pathway: VFA on more (or fewer) scans, a one-stop clinic. */
export const PathwayChangeSchema = z
	.object({
		vfaShare: frac({ label: 'Scans with VFA under this option', help: 'Share of every scan with VFA under the option (replaces each indication\'s VFA share); 1 adds VFA to every scan.', source: OPTION_CHOICE }).optional(),
		oneStopShare: frac({ label: 'One-stop visits under this option', help: 'Share of scans booked as one-stop visits under the option.', source: OPTION_CHOICE }).optional()
	})
	.strict();

export type PathwayInputs = z.output<typeof PathwaySchema>;

interface Checked {
	demand: { vfaShare: unknown; oneStopShare: unknown };
	pathway?: { indications: { id: string; share: unknown }[] };
	options: { pathway?: { vfaShare?: unknown; oneStopShare?: unknown } }[];
}

/** Cross-field checks: indication shares add to 1 with distinct ids, and no option books more than every scan as VFA or one-stop. */
export function pathwayIssues(s: Checked): { path: (string | number)[]; message: string }[] {
	const out: { path: (string | number)[]; message: string }[] = [];
	const ind = s.pathway?.indications ?? [];
	if (ind.length > 0 && ind.every((i) => typeof i.share === 'number')) {
		const total = ind.reduce((t, i) => t + (i.share as number), 0);
		if (Math.abs(total - 1) > 1e-6) out.push({ path: ['pathway', 'indications'], message: `the indications' shares of new referrals must add up to 1, got ${Math.round(total * 1e6) / 1e6}` });
	}
	if (ind.length > 0 && ind.every((i) => typeof i.share === 'number' && typeof (i as { vfaShare?: unknown }).vfaShare === 'number') && typeof s.demand.oneStopShare === 'number') {
		const vfa = ind.reduce((t, i) => t + (i.share as number) * ((i as { vfaShare?: unknown }).vfaShare as number), 0);
		if (vfa + s.demand.oneStopShare > 1 + 1e-9) out.push({ path: ['demand', 'oneStopShare'], message: `the indications' VFA share (${Math.round(vfa * 1e6) / 1e6}) plus the one-stop share must not exceed 1, got ${s.demand.oneStopShare}` });
	}
	const seen = new Set<string>();
	ind.forEach((i, k) => {
		if (seen.has(i.id)) out.push({ path: ['pathway', 'indications', k, 'id'], message: `indication id "${i.id}" is used twice` });
		seen.add(i.id);
	});
	s.options.forEach((o, k) => {
		const c = o.pathway;
		if (!c) return;
		const vfa = c.vfaShare ?? s.demand.vfaShare;
		const oneStop = c.oneStopShare ?? s.demand.oneStopShare;
		if (typeof vfa === 'number' && typeof oneStop === 'number' && vfa + oneStop > 1)
			out.push({ path: ['options', k, 'pathway', 'oneStopShare'], message: `VFA share plus one-stop share under the option must not exceed 1, got ${vfa} + ${oneStop}` });
	});
	return out;
}
