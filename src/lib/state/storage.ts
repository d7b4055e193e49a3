/**
 * The browser's copy of the user's work, in localStorage: the autosaved working scenario, the
 * library of named saves and the recent-work list. Every read tolerates missing or corrupt
 * entries (they are ignored, never thrown), and every write reports a full quota as an error
 * message instead of failing silently.
 */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export const AUTOSAVE_KEY = 'dxa-planner:autosave:v1';
export const LIBRARY_KEY = 'dxa-planner:library:v1';
export const RECENT_KEY = 'dxa-planner:recent:v1';
export const MAX_RECENT = 8;

/** The working scenario as last autosaved, with what it was last explicitly saved as. */
export interface AutosaveRecord {
	json: string;
	origin: string;
	/** JSON at the last explicit save or open; the work is unsaved when it differs from `json`. */
	baselineJson: string | null;
	savedId: string | null;
	at: number;
}

export interface SavedScenario {
	id: string;
	name: string;
	savedAt: number;
	json: string;
}

export type RecentKind = 'example' | 'saved' | 'imported' | 'blank' | 'link';

export interface RecentItem {
	kind: RecentKind;
	/** Example file name or saved id; empty for imported, blank and linked work. */
	ref: string;
	label: string;
	at: number;
}

export type WriteResult = { ok: true } | { ok: false; message: string };

function readJson(store: KeyValueStore, key: string): unknown {
	try {
		const text = store.getItem(key);
		return text === null ? undefined : JSON.parse(text);
	} catch {
		return undefined;
	}
}

function write(store: KeyValueStore, key: string, value: unknown): WriteResult {
	try {
		store.setItem(key, JSON.stringify(value));
		return { ok: true };
	} catch (e) {
		const quota = e instanceof Error && /quota/i.test(`${e.name} ${e.message}`);
		return { ok: false, message: quota ? 'browser storage is full: delete some saved scenarios or export them to files' : `browser storage refused the write (${(e as Error).message})` };
	}
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function readAutosave(store: KeyValueStore): AutosaveRecord | null {
	const r = readJson(store, AUTOSAVE_KEY) as Partial<AutosaveRecord> | undefined;
	if (!r || typeof r !== 'object' || !isStr(r.json) || !isStr(r.origin) || !isNum(r.at)) return null;
	return { json: r.json, origin: r.origin, at: r.at, baselineJson: isStr(r.baselineJson) ? r.baselineJson : null, savedId: isStr(r.savedId) ? r.savedId : null };
}

export function writeAutosave(store: KeyValueStore, record: AutosaveRecord): WriteResult {
	return write(store, AUTOSAVE_KEY, record);
}

export function clearAutosave(store: KeyValueStore): void {
	store.removeItem(AUTOSAVE_KEY);
}

export function readLibrary(store: KeyValueStore): SavedScenario[] {
	const list = readJson(store, LIBRARY_KEY);
	if (!Array.isArray(list)) return [];
	return list
		.filter((s): s is SavedScenario => !!s && isStr(s.id) && isStr(s.name) && isStr(s.json) && isNum(s.savedAt))
		.sort((a, b) => b.savedAt - a.savedAt);
}

/** Add or replace (by id) a saved scenario. */
export function putSaved(store: KeyValueStore, item: SavedScenario): WriteResult {
	const rest = readLibrary(store).filter((s) => s.id !== item.id);
	return write(store, LIBRARY_KEY, [item, ...rest]);
}

export function deleteSaved(store: KeyValueStore, id: string): WriteResult {
	return write(store, LIBRARY_KEY, readLibrary(store).filter((s) => s.id !== id));
}

export function readRecent(store: KeyValueStore): RecentItem[] {
	const list = readJson(store, RECENT_KEY);
	if (!Array.isArray(list)) return [];
	return list.filter((r): r is RecentItem => !!r && isStr(r.kind) && isStr(r.ref) && isStr(r.label) && isNum(r.at)).slice(0, MAX_RECENT);
}

/** Put an item at the top of the recent list (an item with the same kind and ref moves up). */
export function pushRecent(store: KeyValueStore, item: RecentItem): WriteResult {
	const rest = readRecent(store).filter((r) => !(r.kind === item.kind && r.ref === item.ref && r.ref !== ''));
	return write(store, RECENT_KEY, [item, ...rest].slice(0, MAX_RECENT));
}

/** The browser's localStorage, or null where there is none (server rendering, privacy modes). */
export function browserStore(): KeyValueStore | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}
