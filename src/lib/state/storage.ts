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
/** The autosave before the latest one: the last good copy when the latest cannot be read. */
export const AUTOSAVE_PREVIOUS_KEY = 'dxa-planner:autosave-previous:v1';
/** An autosave found damaged is moved here rather than deleted, so nothing is thrown away. */
export const AUTOSAVE_DAMAGED_KEY = 'dxa-planner:autosave-damaged:v1';
/** Undo and redo steps of the working scenario, in sessionStorage (so they do not eat into the library's space). */
export const HISTORY_KEY = 'dxa-planner:history:v1';
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
	/** JSON of the last version that passed validation, so results survive a reload while a field is invalid. */
	lastValidJson?: string | null;
	/** The team-space scenario this work came from, if any (see team/link.ts). */
	team?: unknown;
}

export interface SavedScenario {
	id: string;
	name: string;
	savedAt: number;
	json: string;
}

export type RecentKind = 'example' | 'saved' | 'imported' | 'blank' | 'link' | 'team';

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

function toRecord(r: unknown): AutosaveRecord | null {
	const x = r as Partial<AutosaveRecord> | undefined;
	if (!x || typeof x !== 'object' || !isStr(x.json) || !isStr(x.origin) || !isNum(x.at)) return null;
	return {
		json: x.json,
		origin: x.origin,
		at: x.at,
		baselineJson: isStr(x.baselineJson) ? x.baselineJson : null,
		savedId: isStr(x.savedId) ? x.savedId : null,
		lastValidJson: isStr(x.lastValidJson) ? x.lastValidJson : null,
		team: x.team ?? null
	};
}

export function readAutosave(store: KeyValueStore, key = AUTOSAVE_KEY): AutosaveRecord | null {
	return toRecord(readJson(store, key));
}

/**
 * Write the autosave. When the scenario has changed since the stored one, the stored one becomes
 * the previous autosave first, so there is always a copy one step back.
 */
export function writeAutosave(store: KeyValueStore, record: AutosaveRecord, isSound: (json: string) => boolean = () => true): WriteResult {
	const current = readAutosave(store);
	if (current && current.json !== record.json && isSound(current.json)) {
		const copied = write(store, AUTOSAVE_PREVIOUS_KEY, current);
		if (!copied.ok) return copied;
	}
	return write(store, AUTOSAVE_KEY, record);
}

export function clearAutosave(store: KeyValueStore): void {
	store.removeItem(AUTOSAVE_KEY);
}

/** What was found when reopening the autosave: the record to open, and what was wrong if it is not the latest. */
export interface AutosaveFound {
	record: AutosaveRecord | null;
	/** Set when the latest autosave could not be used: why, in words. */
	problem: string | null;
	/** True when `record` is the previous autosave rather than the latest. */
	fromPrevious: boolean;
}

/**
 * The autosave to reopen. `check` says what is wrong with a scenario's JSON text (null when it can
 * be opened). A latest autosave that cannot be read is kept aside under AUTOSAVE_DAMAGED_KEY and
 * the previous autosave is offered instead.
 */
export function findAutosave(store: KeyValueStore, check: (json: string) => string | null): AutosaveFound {
	let raw: string | null = null;
	try {
		raw = store.getItem(AUTOSAVE_KEY);
	} catch {
		raw = null;
	}
	if (raw === null) return { record: null, problem: null, fromPrevious: false };
	let parsedRecord: unknown;
	let problem: string | null = null;
	try {
		parsedRecord = JSON.parse(raw);
	} catch {
		problem = 'it is not readable JSON';
	}
	const latest = problem ? null : toRecord(parsedRecord);
	if (!problem && !latest) problem = 'its record is incomplete';
	if (latest && !problem) problem = check(latest.json);
	if (!problem) return { record: latest, problem: null, fromPrevious: false };
	write(store, AUTOSAVE_DAMAGED_KEY, { at: Date.now(), text: raw.slice(0, 4_000_000) });
	const previous = readAutosave(store, AUTOSAVE_PREVIOUS_KEY);
	const usable = previous && check(previous.json) === null ? previous : null;
	return { record: usable, problem, fromPrevious: usable !== null };
}

/** Undo and redo stacks kept with the JSON they lead back from, so they are only reused on that scenario. */
export interface StoredHistory {
	current: string;
	undo: string[];
	redo: string[];
}

const HISTORY_BUDGET_CHARS = 2_000_000;

/** Keep the newest steps within the budget; returns false if even that could not be written. */
export function writeHistory(store: KeyValueStore, h: StoredHistory): boolean {
	const undo = [...h.undo];
	const redo = [...h.redo];
	const size = () => h.current.length + undo.reduce((n, s) => n + s.length, 0) + redo.reduce((n, s) => n + s.length, 0);
	while (size() > HISTORY_BUDGET_CHARS && (undo.length || redo.length)) {
		if (undo.length) undo.shift();
		else redo.shift();
	}
	for (;;) {
		if (write(store, HISTORY_KEY, { current: h.current, undo, redo }).ok) return true;
		if (!undo.length && !redo.length) return false;
		// Over the quota: drop the oldest half and try again.
		undo.splice(0, Math.ceil(undo.length / 2));
		redo.splice(0, Math.ceil(redo.length / 2));
	}
}

export function readHistory(store: KeyValueStore): StoredHistory | null {
	const h = readJson(store, HISTORY_KEY) as Partial<StoredHistory> | undefined;
	if (!h || !isStr(h.current) || !Array.isArray(h.undo) || !Array.isArray(h.redo) || !h.undo.every(isStr) || !h.redo.every(isStr)) return null;
	return { current: h.current, undo: h.undo, redo: h.redo };
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

/** The tab's sessionStorage (kept across a reload of the tab), or null. */
export function sessionStore(): KeyValueStore | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}
