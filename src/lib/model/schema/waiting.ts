import { z } from 'zod';
import { num, frac, plainNum } from './meta';

/**
 * Waiting-time measures under variation (issue #12): the national diagnostic measure (the share
 * of the list waiting 6 weeks or more) against an operational standard, and the capacity that
 * holds it given the month-to-month variation of referrals and of scans (queueing.ts).
 */
export const WaitingSchema = z
	.object({
		standardShare: frac(
			{
				label: 'Operational standard: share waiting beyond the standard',
				help: 'Largest share of the waiting list allowed to have waited longer than the maximum wait standard (the DM01 measure: waiting 6 weeks or more). 0.01 is the historic diagnostic standard; recent planning guidance uses 0.05.',
				source: 'NHS England diagnostic waiting times (DM01): operational standard of under 1% waiting 6 weeks or more; recent planning guidance 5% (Knight et al. 2024 report 0.9% in 2019, 40% in 2020)'
			},
			0.01
		),
		referralsMonthlyCv: num(
			{
				label: 'Month-to-month variation of referrals',
				unit: 'coefficient of variation',
				help: 'Standard deviation of monthly referrals around their trend divided by their mean (the Activity page works it out from your file). Left out: referrals arrive at random (a Poisson stream), the NHSRwaitinglist default.',
				source: 'Local figure from the service\'s monthly activity; when left out, a Poisson stream (NHS-R Community NHSRwaitinglist default cv_demand = 1)'
			},
			{ min: 0, max: 2 }
		).optional(),
		scansMonthlyCv: num(
			{
				label: 'Month-to-month variation of scans done',
				unit: 'coefficient of variation',
				help: 'Standard deviation of monthly scans around their trend divided by their mean. Left out: capacity varies as a Poisson stream, the NHSRwaitinglist default.',
				source: 'Local figure from the service\'s monthly activity; when left out, a Poisson stream (NHS-R Community NHSRwaitinglist default cv_capacity = 1)'
			},
			{ min: 0, max: 2 }
		).optional(),
		reliefWeeks: plainNum(
			{ label: 'Weeks to bring the list down', unit: 'weeks', help: 'Weeks in which the starting list should come down to the size that holds the standard (for the relief capacity).', source: 'NHS-R Community NHSRwaitinglist calc_relief_capacity default time_to_target = 26 weeks' },
			{ min: 1, max: 260, int: true, default: 26 }
		)
	})
	.strict();

export type WaitingSettings = z.output<typeof WaitingSchema>;
