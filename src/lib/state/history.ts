/**
 * Undo and redo over snapshots of the scenario as JSON text. Edits to the same field within
 * `coalesceMs` of each other share one undo step, so typing "12000" is one step, not five.
 */
export class EditHistory {
	#undo: string[] = [];
	#redo: string[] = [];
	#lastKey: string | undefined;
	#lastAt = -Infinity;

	constructor(
		readonly limit = 200,
		readonly coalesceMs = 1000
	) {}

	/** Call before an edit with the state as it was; `key` names the field being edited. */
	record(before: string, key?: string, now = Date.now()): void {
		const coalesce = key !== undefined && key === this.#lastKey && now - this.#lastAt < this.coalesceMs;
		this.#lastKey = key;
		this.#lastAt = now;
		if (coalesce) return;
		if (this.#undo[this.#undo.length - 1] !== before) this.#undo.push(before);
		if (this.#undo.length > this.limit) this.#undo.shift();
		this.#redo = [];
	}

	/** The state to go back to, given the current one; undefined when there is nothing to undo. */
	undo(current: string): string | undefined {
		const prev = this.#undo.pop();
		if (prev === undefined) return undefined;
		this.#redo.push(current);
		this.#lastKey = undefined;
		return prev;
	}

	redo(current: string): string | undefined {
		const next = this.#redo.pop();
		if (next === undefined) return undefined;
		this.#undo.push(current);
		this.#lastKey = undefined;
		return next;
	}

	/** The steps as they stand, oldest first, to keep across a reload. */
	snapshot(): { undo: string[]; redo: string[] } {
		return { undo: [...this.#undo], redo: [...this.#redo] };
	}

	/** Put back steps kept by `snapshot()` (the newest `limit` undo steps). */
	restore(undo: readonly string[], redo: readonly string[]): void {
		this.#undo = undo.slice(-this.limit);
		this.#redo = redo.slice(-this.limit);
		this.#lastKey = undefined;
	}

	clear(): void {
		this.#undo = [];
		this.#redo = [];
		this.#lastKey = undefined;
	}

	get undoSize(): number {
		return this.#undo.length;
	}

	get redoSize(): number {
		return this.#redo.length;
	}
}
