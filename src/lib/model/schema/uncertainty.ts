import { z } from 'zod';
import { IdSchema } from './meta';

/**
 * Uncertainty in a scenario: ranges and distributions for chosen numeric inputs, used by the
 * one-way sensitivity (tornado), switching values and the probabilistic analysis (PSA).
 * HM Treasury Green Book (2022) 5.4-5.5 and Annex A5: test the preferred option's robustness with
 * sensitivity analysis, switching values and, where uncertainty is significant, Monte Carlo analysis.
 *
 * `low` and `high` bound the tornado and the switching-value search's first pass; the optional
 * `distribution` is what the PSA draws from. Parameters of the distribution are in the input's own
 * units (e.g. a lognormal's mean and sd are of the cost itself, not of its logarithm).
 */
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const positive = z.number().positive().refine(Number.isFinite, 'must be a finite number');

export const DistributionSchema = z
	.discriminatedUnion('type', [
		z.object({ type: z.literal('uniform') }).strict().meta({ description: 'Every value between low and high equally likely' }),
		z.object({ type: z.literal('triangular'), mode: finite.meta({ description: 'Most likely value, between low and high' }) }).strict().meta({ description: 'Triangular on [low, high] with the given mode' }),
		z.object({ type: z.literal('normal'), mean: finite, sd: positive }).strict().meta({ description: 'Normal with mean and standard deviation in the input\'s units' }),
		z.object({ type: z.literal('lognormal'), mean: positive, sd: positive }).strict().meta({ description: 'Lognormal with the given mean and standard deviation of the value itself (not of its logarithm); for positive skewed quantities such as costs' }),
		z.object({ type: z.literal('beta'), alpha: positive, beta: positive }).strict().meta({ description: 'Beta(alpha, beta) on [0, 1]; proportions only (mean alpha / (alpha + beta))' }),
		z.object({ type: z.literal('gamma'), shape: positive, scale: positive }).strict().meta({ description: 'Gamma with shape k and scale theta (mean k x theta, variance k x theta^2); for non-negative quantities such as costs' })
	])
	.meta({ id: 'Distribution' });

export type Distribution = z.infer<typeof DistributionSchema>;
export type DistributionType = Distribution['type'];
export const DISTRIBUTION_TYPES = ['uniform', 'triangular', 'normal', 'lognormal', 'beta', 'gamma'] as const satisfies readonly DistributionType[];

export const UncertainInputSchema = z
	.object({
		path: z.string().min(1).max(200).meta({ description: 'Path of a numeric input of this scenario, e.g. "scanners[0].dnaRate"' }),
		low: finite.meta({ description: 'Low end of the plausible range (tornado low bar; at most the base value)' }),
		high: finite.meta({ description: 'High end of the plausible range (tornado high bar; at least the base value)' }),
		linkedPaths: z
			.array(z.string().min(1).max(200))
			.max(20)
			.optional()
			.meta({ description: 'Other inputs that are the same quantity (e.g. the price of the scanner two options buy): they move with this one, each in proportion to its own base value, so the draws stay consistent across options' }),
		distribution: DistributionSchema.optional().meta({ description: 'What the probabilistic analysis draws from. Left out: triangular on [low, high] with its mode at the base value' }),
		source: z.string().max(500).optional().meta({ description: 'Where the range comes from' }),
		placeholder: z.boolean().optional().meta({ description: 'True when the range is illustrative and must be replaced with a local one' })
	})
	.strict();

export type UncertainInput = z.infer<typeof UncertainInputSchema>;

/** Willingness to pay per QALY for the acceptability curve: GBP 0 to 100,000 in steps of 5,000 (NICE's GBP 20,000-30,000 and the Green Book's GBP 70,000 both inside). */
export const DEFAULT_WTP_GRID = Array.from({ length: 21 }, (_, i) => i * 5000);

export const UncertaintySchema = z
	.object({
		inputs: z.array(UncertainInputSchema).max(100).default([]),
		iterations: z.number().int().min(1).max(100_000).default(10_000).meta({ description: 'Monte Carlo iterations (default 10,000)' }),
		seed: z.number().int().min(0).max(4_294_967_295).default(1).meta({ description: 'Seed of the random number generator: the same seed gives the same numbers' }),
		willingnessToPay: z
			.array(z.number().min(0).max(10_000_000))
			.min(1)
			.max(101)
			.default(DEFAULT_WTP_GRID)
			.meta({ description: 'Willingness to pay per QALY (GBP) at which the acceptability curve is drawn' }),
		ceac: z
			.object({ optionId: IdSchema, comparatorId: IdSchema })
			.strict()
			.optional()
			.meta({ description: 'The FLS option and its comparator for the acceptability curve. Left out: the first option adding an FLS against the option that is the same without it, else business as usual' })
	})
	.strict()
	.meta({ description: 'Ranges and distributions for sensitivity, switching values and probabilistic analysis' });

export type UncertaintySettings = z.infer<typeof UncertaintySchema>;
