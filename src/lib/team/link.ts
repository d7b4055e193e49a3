import type { Access, Signoff } from './types';

/**
 * Where the working scenario came from in a team space: the space, the scenario, the version it
 * is based on (the next save says so, and is refused if someone saved in between) and that
 * version's JSON, the common ancestor when merging. The token itself is not kept here but in
 * the list of spaces this browser knows (spaces.ts).
 */
export interface TeamLink {
	spaceId: string;
	spaceName: string;
	scenarioId: string;
	scenarioName: string;
	version: number;
	access: Access;
	/** The version's scenario as JSON text, as the workspace writes it. */
	baseJson: string;
	/** The version's sign-offs when it was opened (or last refreshed). */
	signoffs?: Signoff[];
}

/** A sign-off as the business case's cover shows it. */
export interface CoverSignoff {
	reviewer: { name: string; role: string };
	/** ISO time of the sign-off. */
	signedAt: string;
	version: number;
	spaceName: string;
}

/**
 * The sign-off that applies to the work as it stands: the latest sign-off of the team version it
 * was opened from, and only while the work is unchanged from that version (an edited scenario is
 * no longer the version that was signed off).
 */
export function signoffFor(team: TeamLink | null, json: string): CoverSignoff | null {
	if (!team || team.baseJson !== json) return null;
	const last = team.signoffs?.[team.signoffs.length - 1];
	return last ? { reviewer: last.reviewer, signedAt: last.signedAt, version: team.version, spaceName: team.spaceName } : null;
}

function toSignoffs(v: unknown): Signoff[] {
	if (!Array.isArray(v)) return [];
	return v.filter(
		(o): o is Signoff =>
			!!o && typeof o.id === 'string' && typeof o.version === 'number' && typeof o.note === 'string' && typeof o.signedAt === 'string' && typeof o.reviewer?.name === 'string' && typeof o.reviewer?.role === 'string'
	);
}

const str = (v: unknown, max = 1_000_000): v is string => typeof v === 'string' && v.length > 0 && v.length <= max;

/** A TeamLink from storage, or null when it is missing or damaged. */
export function toTeamLink(v: unknown): TeamLink | null {
	const t = v as Partial<TeamLink> | null | undefined;
	if (!t || typeof t !== 'object') return null;
	if (!str(t.spaceId, 64) || !str(t.scenarioId, 64) || !str(t.spaceName, 200) || !str(t.scenarioName, 400) || !str(t.baseJson, 4_000_000)) return null;
	if (typeof t.version !== 'number' || !Number.isInteger(t.version) || t.version < 1) return null;
	if (t.access !== 'edit' && t.access !== 'review') return null;
	return { spaceId: t.spaceId, spaceName: t.spaceName, scenarioId: t.scenarioId, scenarioName: t.scenarioName, version: t.version, access: t.access, baseJson: t.baseJson, signoffs: toSignoffs(t.signoffs) };
}
