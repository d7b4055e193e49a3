import type { KeyValueStore } from '$lib/state/storage';
import type { Access, Author } from './types';

/**
 * The team spaces this browser has opened, with their tokens, so a person can come back to a
 * space without the link; and the name and role they sign their saves with. Both stay in this
 * browser only. Anyone with access to this browser profile can open these spaces, as they could
 * with the links in its history.
 */
export const SPACES_KEY = 'dxa-planner:team-spaces:v1';
export const IDENTITY_KEY = 'dxa-planner:team-identity:v1';
export const TOKEN_IN_FRAGMENT = /(?:^#|&)token=([A-Za-z0-9_-]{43})(?:&|$)/;

export interface KnownSpace {
	id: string;
	name: string;
	token: string;
	access: Access;
	openedAt: number;
}

function read(store: KeyValueStore, key: string): unknown {
	try {
		return JSON.parse(store.getItem(key) ?? 'null');
	} catch {
		return null;
	}
}

export function knownSpaces(store: KeyValueStore): KnownSpace[] {
	const list = read(store, SPACES_KEY);
	if (!Array.isArray(list)) return [];
	return list
		.filter((s): s is KnownSpace => !!s && typeof s.id === 'string' && typeof s.name === 'string' && typeof s.token === 'string' && (s.access === 'edit' || s.access === 'review') && typeof s.openedAt === 'number')
		.sort((a, b) => b.openedAt - a.openedAt);
}

/** Remember a space; an edit token is never replaced by a review token for the same space. */
export function rememberSpace(store: KeyValueStore, s: KnownSpace): void {
	const list = knownSpaces(store);
	const old = list.find((x) => x.id === s.id);
	const keep = old && old.access === 'edit' && s.access === 'review' ? { ...old, name: s.name, openedAt: s.openedAt } : s;
	try {
		store.setItem(SPACES_KEY, JSON.stringify([keep, ...list.filter((x) => x.id !== s.id)].slice(0, 50)));
	} catch {
		/* a full store only loses the shortcut; the link still opens the space */
	}
}

export function forgetSpace(store: KeyValueStore, id: string): void {
	try {
		store.setItem(SPACES_KEY, JSON.stringify(knownSpaces(store).filter((x) => x.id !== id)));
	} catch {
		/* nothing to do */
	}
}

export function tokenFor(store: KeyValueStore, id: string): KnownSpace | undefined {
	return knownSpaces(store).find((x) => x.id === id);
}

export function readIdentity(store: KeyValueStore): Author {
	const a = read(store, IDENTITY_KEY) as Partial<Author> | null;
	return { name: typeof a?.name === 'string' ? a.name : '', role: typeof a?.role === 'string' ? a.role : '' };
}

export function writeIdentity(store: KeyValueStore, a: Author): void {
	try {
		store.setItem(IDENTITY_KEY, JSON.stringify({ name: a.name.trim().slice(0, 80), role: a.role.trim().slice(0, 80) }));
	} catch {
		/* the form asks again next time */
	}
}

/** The token in a link's fragment (`#token=...`), or null. */
export function tokenFromHash(hash: string): string | null {
	return TOKEN_IN_FRAGMENT.exec(hash)?.[1] ?? null;
}
