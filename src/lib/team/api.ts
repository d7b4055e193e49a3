import { z } from 'zod';

/**
 * Request bodies of the team-space API (the scenario inside them is checked separately, by the
 * scenario parser). Free text only: a name and a role are whatever people type, nothing more
 * personal is asked for.
 */
const text = (label: string, max: number) => z.string({ error: `${label} is required` }).trim().min(1, `${label} must not be empty`).max(max, `${label} must be at most ${max} characters`);
const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label} must be at most ${max} characters`).default('');

export const AuthorSchema = z.strictObject({ name: text('name', 80), role: text('role', 80) });

export const CreateSpaceBody = z.strictObject({ name: text('space name', 120) });

export const NewScenarioBody = z.strictObject({ scenario: z.unknown(), author: AuthorSchema, note: optionalText('note', 2000) });

export const SaveVersionBody = NewScenarioBody.extend({ restoredFrom: z.int().min(1).optional() });

export const CommentBody = z.strictObject({
	author: AuthorSchema,
	text: text('comment', 4000),
	path: z.string().trim().max(300).nullable().optional()
});

export const SignoffBody = z.strictObject({ reviewer: AuthorSchema, note: optionalText('note', 2000) });

export type SaveVersionInput = z.infer<typeof SaveVersionBody>;
