import { z } from 'zod';
import { plainNum } from './meta';
import { CatchmentSchema } from './catchment';
import { DemandSchema } from './demand';
import { WaitingSchema } from './waiting';
import { ScannerSchema } from './scanner';
import { StaffingSchema } from './staffing';
import { CostsSchema } from './costs';
import { FlsSchema } from './fls';
import { OptionSchema } from './options';
import { AppraisalSettingsSchema } from './appraisal';
import { UncertaintySchema } from './uncertainty';
import { referenceIssues } from './references';
import { SiteInputsSchema } from '../access/inputs';
import { PathwaySchema, pathwayIssues } from './pathway';

export const SCHEMA_VERSION = 1;

/**
 * The shape of a scenario file, field by field: what the input catalogue (catalogue.ts) walks.
 * ScenarioSchema adds the cross-references (references.ts); the parser (parse.ts) then checks the
 * uncertainty section against the valid, evaluated scenario (uncertainty/validate.ts), which reads
 * the catalogue, so the schema itself does not depend on it.
 */
export const ScenarioShape = z
	.object({
		schemaVersion: z.literal(SCHEMA_VERSION),
		name: z.string().min(1).max(120),
		description: z.string().max(4000).default(''),
		organisation: z.string().max(200).default('').meta({ description: 'The organisation and department presenting the case' }),
		startYear: plainNum({ label: 'First year', unit: 'calendar year', help: 'First financial year of the appraisal (2026 means 2026/27).' }, { min: 2000, max: 2100, int: true }),
		priceBaseYear: plainNum({ label: 'Price base year', unit: 'calendar year', help: 'Year whose prices all money figures are in (real terms).' }, { min: 2000, max: 2100, int: true }),
		horizonYears: plainNum({ label: 'Appraisal horizon', unit: 'years', help: 'Years appraised (default 10, up to 30).', source: 'Scanner lifetime about 10 years (guideline)' }, { min: 1, max: 30, int: true, default: 10 }),
		catchment: CatchmentSchema,
		demand: DemandSchema.prefault({}),
		waiting: WaitingSchema.prefault({}),
		scanners: z.array(ScannerSchema).max(20).default([]),
		staffing: StaffingSchema.prefault({}),
		costs: CostsSchema.prefault({}),
		fls: FlsSchema.prefault({}),
		pathway: PathwaySchema.prefault({}),
		options: z.array(OptionSchema).min(1).max(12),
		appraisal: AppraisalSettingsSchema.prefault({}),
		uncertainty: UncertaintySchema.optional(),
		sites: SiteInputsSchema.optional().meta({ description: 'Candidate sites for a static scanner or mobile-unit stops, the journeys from each locality and the site-choice settings (the Sites page); kept with the scenario so they are saved, shared and undone with it' }),
		rationale: z
			.record(z.string().max(200), z.string().max(4000))
			.meta({ description: 'Free-text rationale per input, keyed by its path (e.g. "scanners[0].dnaRate")', maxProperties: 2000 })
			.default({})
	})
	.strict();

/** The scenario as written in a file: numbers may be formulas. */
export const ScenarioSchema = ScenarioShape.superRefine((s, ctx) => {
	for (const i of [...referenceIssues(s), ...pathwayIssues(s)]) ctx.addIssue({ code: 'custom', path: i.path, message: i.message });
}).meta({ id: 'Scenario', title: 'DXA Service Planner scenario' });

/** The shape of a scenario file (before defaults and formula evaluation). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** Parsed shape, numbers possibly still formulas. */
export type ScenarioParsed = z.output<typeof ScenarioSchema>;

type Resolve<T> = T extends { formula: string } ? never : T extends readonly (infer U)[] ? Resolve<U>[] : T extends object ? { [K in keyof T]: Resolve<T[K]> } : T;

/** A valid scenario with every formula evaluated: what the engine takes. */
export type Scenario = Resolve<ScenarioParsed>;
export type Scanner = Scenario['scanners'][number];
export type Option = Scenario['options'][number];
export type Role = Scenario['staffing']['roles'][number];
export type Locality = Scenario['catchment']['localities'][number];
export type FlsInputs = Scenario['fls'];
export type ScannerChange = Option['scannerChanges'][number];
