import { strToU8, unzipSync, zipSync } from 'fflate';
import { z } from 'zod';
import { zodIssues, type InputIssue } from '$lib/model/issues';
import { AuthorSchema } from '$lib/team/api';
import { prepareScenario } from './intake';
import type { SpaceDump, SpaceDumpIn } from './teamStore';

/**
 * A team space as a zip: `space.json` (the space, its scenarios, every version's author, time and
 * note, comments and sign-offs) and `scenarios/<scenario id>/v<n>.json`, each version's scenario
 * as written. Loading one checks every version with the scenario parser before anything is
 * stored, and refuses archives that would unpack past fixed limits.
 */
export const ARCHIVE_FORMAT = 'dxa-service-planner/team-space';
export const ARCHIVE_VERSION = 1;
const MAX_FILES = 10_000;
const MAX_UNPACKED_BYTES = 200_000_000;

const versionFile = (scenarioId: string, version: number) => `scenarios/${scenarioId}/v${version}.json`;

export function spaceToZip(dump: SpaceDump, exportedAt = new Date()): Uint8Array {
	const files: Record<string, Uint8Array> = {};
	const manifest = {
		format: ARCHIVE_FORMAT,
		formatVersion: ARCHIVE_VERSION,
		name: dump.name,
		createdAt: dump.createdAt,
		exportedAt: exportedAt.toISOString(),
		scenarios: dump.scenarios.map((s) => ({
			id: s.id,
			name: s.name,
			createdAt: s.createdAt,
			versions: s.versions.map((v) => {
				const file = versionFile(s.id, v.version);
				files[file] = strToU8(`${JSON.stringify(JSON.parse(v.body), null, 2)}\n`);
				return { version: v.version, file, author: v.author, note: v.note, basedOn: v.basedOn, restoredFrom: v.restoredFrom, createdAt: v.createdAt, summary: v.summary };
			}),
			comments: s.comments.map(({ version, path, author, text, createdAt }) => ({ version, path, author, text, createdAt })),
			signoffs: s.signoffs.map(({ version, reviewer, note, signedAt }) => ({ version, reviewer, note, signedAt }))
		}))
	};
	files['space.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
	return zipSync(files, { level: 6 });
}

const isoTime = z.iso.datetime({ offset: true });
const Manifest = z.object({
	format: z.literal(ARCHIVE_FORMAT),
	formatVersion: z.literal(ARCHIVE_VERSION),
	name: z.string().trim().min(1).max(120),
	scenarios: z
		.array(
			z.object({
				versions: z
					.array(
						z.object({
							version: z.int().min(1),
							file: z.string().max(300),
							author: AuthorSchema,
							note: z.string().max(2000),
							basedOn: z.int().min(1).nullable(),
							restoredFrom: z.int().min(1).nullable(),
							createdAt: isoTime
						})
					)
					.min(1)
					.max(100_000),
				comments: z.array(z.object({ version: z.int().min(1), path: z.string().max(300).nullable(), author: AuthorSchema, text: z.string().min(1).max(4000), createdAt: isoTime })),
				signoffs: z.array(z.object({ version: z.int().min(1), reviewer: AuthorSchema, note: z.string().max(2000), signedAt: isoTime }))
			})
		)
		.max(1000)
});

export type ArchiveRead = { ok: true; dump: SpaceDumpIn } | { ok: false; errors: InputIssue[] };

export function spaceFromZip(bytes: Uint8Array): ArchiveRead {
	const fail = (path: string, message: string): ArchiveRead => ({ ok: false, errors: [{ path, message }] });
	let files: Record<string, Uint8Array>;
	let count = 0;
	let unpacked = 0;
	try {
		files = unzipSync(bytes, {
			filter: (f) => {
				count += 1;
				unpacked += f.originalSize;
				if (count > MAX_FILES) throw new Error(`more than ${MAX_FILES} files`);
				if (unpacked > MAX_UNPACKED_BYTES) throw new Error(`unpacks to more than ${MAX_UNPACKED_BYTES / 1e6} MB`);
				return !f.name.endsWith('/');
			}
		});
	} catch (e) {
		return fail('(body)', `not a readable zip of a team space: ${(e as Error).message}`);
	}
	const text = (name: string): string | null => {
		const f = files[name];
		if (!f) return null;
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(f);
		} catch {
			return null;
		}
	};
	const manifestText = text('space.json');
	if (manifestText === null) return fail('space.json', 'missing from the zip (is this an export of a team space?)');
	let raw: unknown;
	try {
		raw = JSON.parse(manifestText);
	} catch (e) {
		return fail('space.json', `not valid JSON: ${(e as Error).message}`);
	}
	const m = Manifest.safeParse(raw, { reportInput: true });
	if (!m.success) return { ok: false, errors: zodIssues(m.error).map((i) => ({ path: `space.json: ${i.path}`, message: i.message })) };
	const errors: InputIssue[] = [];
	const dump: SpaceDumpIn = { name: m.data.name, scenarios: [] };
	m.data.scenarios.forEach((s, si) => {
		const where = `space.json: scenarios[${si}]`;
		const numbers = s.versions.map((v) => v.version);
		if (numbers.some((n, i) => n !== i + 1)) errors.push({ path: `${where}.versions`, message: `versions must be numbered 1, 2, 3... in order, got ${numbers.slice(0, 10).join(', ')}` });
		const known = new Set(numbers);
		s.comments.forEach((c, i) => known.has(c.version) || errors.push({ path: `${where}.comments[${i}].version`, message: `no version ${c.version}` }));
		s.signoffs.forEach((o, i) => known.has(o.version) || errors.push({ path: `${where}.signoffs[${i}].version`, message: `no version ${o.version}` }));
		const versions: SpaceDumpIn['scenarios'][number]['versions'] = [];
		for (const v of s.versions) {
			const body = text(v.file);
			if (body === null) {
				errors.push({ path: v.file, message: 'missing from the zip, or not UTF-8 text' });
				continue;
			}
			let scenario: unknown;
			try {
				scenario = JSON.parse(body);
			} catch (e) {
				errors.push({ path: v.file, message: `not valid JSON: ${(e as Error).message}` });
				continue;
			}
			const p = prepareScenario(scenario, v.file);
			if (!p.ok) errors.push(...p.errors);
			else versions.push({ ...v, scenario: p.value });
		}
		dump.scenarios.push({ versions, comments: s.comments, signoffs: s.signoffs });
	});
	if (errors.length) return { ok: false, errors };
	return { ok: true, dump };
}
