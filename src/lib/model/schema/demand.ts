import { z } from 'zod';
import { num, frac, plainNum } from './meta';
import { DEFAULT_UPTAKE_STRENGTH, UPTAKE_SOURCE } from '../access/uptake';

const RATE_SOURCE =
	'Placeholder calibrated so a typical UK age mix gives about 4 referrals per 1,000 total population a year, inside the 2.8-5.4 per 1,000 seen in Grampian 2011-2018; replace with local referral data';

function rate(label: string, def: number) {
	return num(
		{ label: `Referral rate ${label}`, unit: 'per 1,000 people per year', help: `New DXA referrals a year per 1,000 residents aged ${label}.`, source: RATE_SOURCE, placeholder: true },
		{ min: 0, max: 500, default: def }
	);
}

export const ReferralRatesSchema = z
	.object({
		under50: rate('under 50', 0.5),
		age50to64: rate('50-64', 6),
		age65to74: rate('65-74', 12),
		age75to84: rate('75-84', 14),
		age85plus: rate('85 and over', 8)
	})
	.strict();

export const DemandSchema = z
	.object({
		referralRatesPer1000: ReferralRatesSchema.prefault({}),
		referralRateGrowth: num(
			{ label: 'Growth in referral rates', unit: 'fraction per year', help: 'Annual change in referral rates beyond population change (Grampian rates rose from 2.8 to 5.4 per 1,000 over 2011-2018, about 10% a year).', placeholder: true },
			{ min: -0.5, max: 0.5, default: 0 }
		),
		monitoringReturnShare: frac(
			{ label: 'Share returning for monitoring', help: 'Share of new-referral scans that return for a monitoring scan after the interval.', placeholder: true },
			0.3
		),
		monitoringIntervalYears: plainNum(
			{ label: 'Monitoring interval', unit: 'years', help: 'Years between a scan and its monitoring scan. The guideline advises serial DXA no sooner than two years after starting treatment, and reassessment about every five years.', source: 'Guideline (figure 2 and text): serial DXA after at least two years; value within 2-5 is a local choice' },
			{ min: 1, max: 10, int: true, default: 3 }
		),
		vfaShare: frac(
			{ label: 'Scans with VFA', help: 'Share of scans with a vertebral fracture assessment add-on (longer slot). Up to 70% of vertebral fractures go undiagnosed (ROS), which VFA helps find.', placeholder: true },
			0.3
		),
		oneStopShare: frac(
			{ label: 'One-stop visits', help: 'Share of scans booked as one-stop clinic visits (scan, assessment and advice in one visit; longest slot).', placeholder: true },
			0.05
		),
		startingBacklog: num(
			{ label: 'Patients waiting at the start', unit: 'patients', help: 'Referred patients waiting for a scan at the start of the first year (local waiting-list report, DM01).', source: 'Local figure: DM01 diagnostic waiting-times return' },
			{ min: 0, max: 1_000_000, default: 0 }
		),
		waitStandardWeeks: plainNum(
			{ label: 'Maximum wait standard', unit: 'weeks', help: 'Local maximum wait from referral to scan.', source: 'Guideline: local maximum wait from referral, generally six weeks or less (DM01 six-week standard)' },
			{ min: 1, max: 52, default: 6 }
		),
		distanceUptakeStrength: frac(
			{
				label: 'Distance effect on attendance',
				unit: 'fraction of the published effect',
				help: "How strongly distance deters referred patients from being scanned, as a share of the population-testing effect Curtis 2009 measured (0.92 of the nearest band's rate at 5-9 miles one way, 0.79 at 10-24, 0.43 at 25-39, 0.32 at 40-54, 0.26 at 55+). An option that shortens a locality's journey raises its new referrals by the ratio of the two journeys' attendance factors, 1 - strength x (1 - ratio). A referral, a booked appointment and transport help mean distance deters referred patients less than it deters testing in the population: a quarter is a judgement; 0 turns the effect off, 1 applies the published ratios in full. A study of English fracture prevention services found that where the scanner sits influences whether patients get a scan, without a size.",
				source: `${UPTAKE_SOURCE}; Osteoporos Int qualitative study of English fracture prevention services (location of the DXA scanner influenced the likelihood of a scan); the strength of a quarter is a placeholder`,
				placeholder: true
			},
			DEFAULT_UPTAKE_STRENGTH
		)
	})
	.strict()
	.superRefine((d, ctx) => {
		if (typeof d.vfaShare === 'number' && typeof d.oneStopShare === 'number' && d.vfaShare + d.oneStopShare > 1)
			ctx.addIssue({ code: 'custom', path: ['oneStopShare'], message: `VFA share plus one-stop share must not exceed 1, got ${d.vfaShare} + ${d.oneStopShare}` });
	});
