import type { InputIssue } from '$lib/model';
import type { Author, Comment, ScenarioEntry, Signoff, SpaceLinks, SpaceView, VersionFull, VersionMeta } from './types';
import type { DescribedChange } from './describe';

/**
 * The browser's side of the team-space API. The token goes in the Authorization header, never
 * in the URL. Every call answers `{ ok: true, value }` or `{ ok: false, status, errors }` (a
 * network failure is status 0), so pages show the server's own messages.
 */
export type Reply<T> = { ok: true; value: T; status: number } | { ok: false; status: number; errors: InputIssue[]; body?: unknown };

async function call<T>(path: string, { token, method = 'GET', body, headers = {} }: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Reply<T>> {
	const h: Record<string, string> = { accept: 'application/json', ...headers };
	if (token) h.authorization = `Bearer ${token}`;
	let payload: BodyInit | undefined;
	if (body instanceof Blob || body instanceof Uint8Array) payload = body as BodyInit;
	else if (body !== undefined) {
		payload = JSON.stringify(body);
		h['content-type'] = 'application/json';
	}
	let res: Response;
	try {
		res = await fetch(path, { method, headers: h, body: payload });
	} catch {
		return { ok: false, status: 0, errors: [{ path: '(network)', message: 'the server could not be reached: check your connection and try again (your work is kept in this browser)' }] };
	}
	let parsed: unknown = null;
	try {
		parsed = await res.json();
	} catch {
		parsed = null;
	}
	if (res.ok) return { ok: true, value: parsed as T, status: res.status };
	const errors = (parsed as { errors?: InputIssue[] } | null)?.errors ?? [{ path: '(server)', message: `the server answered ${res.status}` }];
	return { ok: false, status: res.status, errors, body: parsed };
}

const base = (spaceId: string) => `/api/spaces/${encodeURIComponent(spaceId)}`;
const scen = (spaceId: string, scenarioId: string) => `${base(spaceId)}/scenarios/${encodeURIComponent(scenarioId)}`;

export const createSpace = (name: string) => call<SpaceLinks>('/api/spaces', { method: 'POST', body: { name } });
export const getSpace = (spaceId: string, token: string) => call<SpaceView & { reviewLink?: string; reviewToken?: string }>(base(spaceId), { token });
export const addScenario = (spaceId: string, token: string, scenario: unknown, author: Author, note: string) =>
	call<{ scenarioId: string; version: number }>(`${base(spaceId)}/scenarios`, { token, method: 'POST', body: { scenario, author, note } });

/** The 409 body: the latest version and what changed since the version the save was based on. */
export interface Conflict {
	basedOn: number;
	latest: VersionFull;
	changes: DescribedChange[];
	versionsSince: VersionMeta[];
}

export const saveVersion = (spaceId: string, token: string, scenarioId: string, basedOn: number, body: { scenario: unknown; author: Author; note: string; restoredFrom?: number }) =>
	call<{ scenarioId: string; version: number }>(scen(spaceId, scenarioId), { token, method: 'PUT', body, headers: { 'if-match': `"${basedOn}"` } });

export const listVersions = (spaceId: string, token: string, scenarioId: string) => call<{ scenarioId: string; name: string; versions: VersionMeta[] }>(`${scen(spaceId, scenarioId)}/versions`, { token });
export const getVersion = (spaceId: string, token: string, scenarioId: string, n: number) => call<VersionFull>(`${scen(spaceId, scenarioId)}/versions/${n}`, { token });
export const addComment = (spaceId: string, token: string, scenarioId: string, n: number, body: { author: Author; text: string; path: string | null }) =>
	call<Comment>(`${scen(spaceId, scenarioId)}/versions/${n}/comments`, { token, method: 'POST', body });
export const signOff = (spaceId: string, token: string, scenarioId: string, n: number, body: { reviewer: Author; note: string }) =>
	call<Signoff>(`${scen(spaceId, scenarioId)}/versions/${n}/signoff`, { token, method: 'POST', body });
export const importSpace = (zip: Blob) => call<SpaceLinks>('/api/spaces/import', { method: 'POST', body: zip, headers: { 'content-type': 'application/zip' } });

/** The export zip as a Blob (fetched with the token in a header, so it cannot be a plain link). */
export async function exportSpace(spaceId: string, token: string): Promise<Reply<Blob>> {
	try {
		const res = await fetch(`${base(spaceId)}/export`, { headers: { authorization: `Bearer ${token}` } });
		if (res.ok) return { ok: true, value: await res.blob(), status: res.status };
		const body = (await res.json().catch(() => null)) as { errors?: InputIssue[] } | null;
		return { ok: false, status: res.status, errors: body?.errors ?? [{ path: '(server)', message: `the server answered ${res.status}` }] };
	} catch {
		return { ok: false, status: 0, errors: [{ path: '(network)', message: 'the server could not be reached' }] };
	}
}

export type { ScenarioEntry };

/**
 * The link to a space for this server, as the browser sees it. (The API's own links use the
 * server's idea of its address, which behind a proxy needs adapter-node's ORIGIN setting.)
 */
export function linkFor(spaceId: string, token: string): string {
	return `${location.origin}/team/${spaceId}#token=${token}`;
}
