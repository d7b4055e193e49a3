import { parseScenario, parseScenarioJson, appraise, type ScenarioInput, type Scenario, type AppraisalResult, type ParseResult } from '$lib/model';
import { EditHistory } from './history';
import { setPath, pathKey, type PathPart } from './paths';
import { browserStore, findAutosave, readHistory, sessionStore, writeAutosave, writeHistory, putSaved, pushRecent, type RecentKind, type WriteResult } from './storage';
import { scenarioDamage } from './shape';
import { toTeamLink, type TeamLink } from '$lib/team/link';

/** How a scenario came to be open: shown in the header and the recent-work list. */
export interface OpenInfo {
	origin: string;
	kind: RecentKind;
	/** Example file or saved id, for the recent-work list. */
	ref?: string;
	/** Set when the scenario is (already) in the library. */
	savedId?: string | null;
	/** Set when the scenario is a version opened from a team space. */
	team?: TeamLink | null;
}

/**
 * The working scenario: what the user edits (`input`, the scenario as written, formulas and all),
 * its parse, and the engine's results for the last valid version. Results are derived, so they
 * are never stale. Edits go through `edit()` so they can be undone; the work is "dirty" when it
 * differs from what was last opened or explicitly saved. Exports and the uncertainty views only
 * read `scenario` and `result`.
 */
export class Workspace {
	/** The scenario as the user has written it (may be invalid while editing). */
	input = $state<ScenarioInput | null>(null);
	/** Where the scenario came from: an example's file name, a saved name, or 'imported'. */
	origin = $state<string>('');

	readonly parsed: ParseResult | null = $derived(this.input ? parseScenario($state.snapshot(this.input)) : null);

	#previous: Scenario | null = null;
	#previousJson: string | null = null;
	#lastValid = $derived.by(() => {
		if (this.parsed?.ok) {
			this.#previous = this.parsed.scenario;
			this.#previousJson = this.json;
		}
		return this.#previous;
	});
	/** The last valid scenario; stays in place while the current edit is invalid. */
	get scenario(): Scenario | null {
		return this.#lastValid;
	}

	readonly result: AppraisalResult | null = $derived(this.#lastValid ? appraise(this.#lastValid) : null);

	/** The scenario as JSON text (what is saved, autosaved, exported and shared). */
	readonly json: string = $derived(this.input ? JSON.stringify(this.input, null, 2) : '');
	/** JSON at the last open or explicit save. */
	baselineJson = $state<string | null>(null);
	/** Id in the library of named saves, when the work has been saved there. */
	savedId = $state<string | null>(null);
	readonly dirty: boolean = $derived(this.input !== null && this.json !== this.baselineJson);

	#history = new EditHistory();
	undoSize = $state(0);
	redoSize = $state(0);
	/** Last storage problem (full quota...), shown by the layout; null when all is well. */
	storageError = $state<string | null>(null);
	/** What happened when the autosave was reopened, if it was not simply the latest copy; shown until dismissed. */
	restoreNotice = $state<string | null>(null);
	/** The team-space scenario and version this work is based on, when it came from a space. */
	team = $state<TeamLink | null>(null);

	/** Replace the working scenario. `lastValid` keeps results from an earlier valid version while this one is invalid. */
	load(input: ScenarioInput, origin: string, lastValid: { scenario: Scenario; json: string } | null = null): void {
		this.#previous = lastValid?.scenario ?? null;
		this.#previousJson = lastValid?.json ?? null;
		this.input = input;
		this.origin = origin;
		this.#history.clear();
		this.#syncHistory();
	}

	/** Open a scenario as the new working scenario (the caller has confirmed replacing unsaved work). */
	open(input: ScenarioInput, info: OpenInfo): void {
		this.load(input, info.origin);
		this.baselineJson = this.json;
		this.savedId = info.savedId ?? null;
		this.team = info.team ?? null;
		const store = browserStore();
		if (store) {
			this.#report(pushRecent(store, { kind: info.kind, ref: info.ref ?? '', label: this.input?.name ?? info.origin, at: Date.now() }));
			this.autosave();
		}
	}

	/**
	 * Change the input. `key` names the field: successive edits to one field within a second are
	 * one undo step. `change` mutates the (reactive) input in place.
	 */
	edit(change: (draft: ScenarioInput) => void, key?: string): void {
		if (!this.input) return;
		this.#history.record(this.json, key);
		change(this.input);
		this.#syncHistory();
	}

	/** Set one value by path (undefined removes it, so the default applies). */
	set(parts: readonly PathPart[], value: unknown): void {
		this.edit((d) => setPath(d, parts, value), pathKey(parts));
	}

	undo(): void {
		const prev = this.#history.undo(this.json);
		if (prev !== undefined) this.input = JSON.parse(prev);
		this.#syncHistory();
	}

	redo(): void {
		const next = this.#history.redo(this.json);
		if (next !== undefined) this.input = JSON.parse(next);
		this.#syncHistory();
	}

	/** Save to the library of named scenarios: under a new id (`asNew`) or over the current save. */
	save(name: string, asNew = false): WriteResult {
		if (!this.input) return { ok: false, message: 'no scenario is open' };
		const store = browserStore();
		if (!store) return { ok: false, message: 'this browser does not allow saving (storage is unavailable)' };
		if (name.trim() && name.trim() !== this.input.name) this.edit((d) => (d.name = name.trim().slice(0, 120)), 'name');
		const id = !asNew && this.savedId ? this.savedId : `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
		const r = putSaved(store, { id, name: this.input.name, savedAt: Date.now(), json: this.json });
		if (!r.ok) return this.#report(r);
		this.savedId = id;
		this.baselineJson = this.json;
		this.origin = this.input.name;
		pushRecent(store, { kind: 'saved', ref: id, label: this.input.name, at: Date.now() });
		this.autosave();
		return this.#report(r);
	}

	/**
	 * Write the working scenario to browser storage (called debounced after edits), with the last
	 * valid version (so results survive a reload while a field is invalid), and the undo steps to
	 * the tab's session storage (so they survive a reload too).
	 */
	autosave(): void {
		const store = browserStore();
		if (!store || !this.input) return;
		const lastValidJson = this.parsed?.ok ? this.json : this.#previousJson;
		const record = { json: this.json, origin: this.origin, baselineJson: this.baselineJson, savedId: this.savedId, at: Date.now(), lastValidJson, team: this.team };
		this.#report(writeAutosave(store, record, (j) => scenarioDamage(j) === null));
		const session = sessionStore();
		if (session) writeHistory(session, { current: this.json, ...this.#history.snapshot() });
	}

	/**
	 * Bring back the autosaved work after a reload; false when there is none. A damaged autosave
	 * is kept aside and the previous autosave opened instead, with `restoreNotice` saying so.
	 */
	restoreAutosave(): boolean {
		const store = browserStore();
		if (!store) return false;
		const found = findAutosave(store, scenarioDamage);
		const rec = found.record;
		if (found.problem) {
			const when = rec ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(rec.at) : '';
			this.restoreNotice = rec
				? `Your latest autosave could not be opened (${found.problem}), so the previous autosave, from ${when}, is open instead. The damaged copy is kept in this browser.`
				: `Your autosave could not be opened (${found.problem}) and there is no earlier copy. The damaged copy is kept in this browser.`;
		}
		if (!rec) return false;
		const input = JSON.parse(rec.json) as ScenarioInput;
		const last = rec.lastValidJson ? parseScenarioJson(rec.lastValidJson) : null;
		this.load(input, rec.origin, last?.ok && rec.lastValidJson ? { scenario: last.scenario, json: rec.lastValidJson } : null);
		this.baselineJson = rec.baselineJson;
		this.savedId = rec.savedId;
		this.team = toTeamLink(rec.team);
		const session = sessionStore();
		const steps = session ? readHistory(session) : null;
		if (steps && steps.current === this.json) {
			this.#history.restore(steps.undo, steps.redo);
			this.#syncHistory();
		}
		return true;
	}

	#syncHistory(): void {
		this.undoSize = this.#history.undoSize;
		this.redoSize = this.#history.redoSize;
	}

	#report(r: WriteResult): WriteResult {
		this.storageError = r.ok ? null : r.message;
		return r;
	}
}

/** The one workspace of the app (browser only: it is never populated during server rendering). */
export const workspace = new Workspace();

/** Ask before replacing unsaved work; true when it is fine to go ahead. */
export function confirmDiscard(ws: Workspace = workspace): boolean {
	if (!ws.dirty) return true;
	return confirm(`"${ws.input?.name ?? 'The current scenario'}" has unsaved changes. Replace it anyway? (Save it first to keep a copy.)`);
}
