import { browserStore } from '$lib/state/storage';
import { rememberSpace, tokenFor, tokenFromHash } from './spaces';
import type { Access } from './types';

/**
 * The token for a space page: from the link's fragment (then taken out of the address bar, so
 * it does not linger on screen or in the tab's history entry) or from the spaces this browser
 * has opened before. Null when there is neither.
 */
export function takeToken(spaceId: string): string | null {
	const fromLink = tokenFromHash(location.hash);
	if (fromLink) {
		history.replaceState(history.state, '', location.pathname + location.search);
		return fromLink;
	}
	const store = browserStore();
	return (store && tokenFor(store, spaceId)?.token) || null;
}

export function rememberOpened(spaceId: string, name: string, token: string, access: Access): void {
	const store = browserStore();
	if (store) rememberSpace(store, { id: spaceId, name, token, access, openedAt: Date.now() });
}

/** What to say when the API refused to show a space. */
export function refusal(status: number, fallback: string): string {
	if (status === 401) return 'This link is not valid for this space. Ask whoever shared it for the current link.';
	if (status === 404) return 'There is no such space on this server (it may be on another server, or the link was cut short).';
	if (status === 429) return 'Too many wrong links were tried from this address. Wait a few minutes and try again.';
	if (status === 0) return 'The server could not be reached. Check your connection and try again.';
	return fallback;
}
