/**
 * Slows down repeated wrong tokens from one client. After a few free mistakes (a mistyped or
 * stale link), each further wrong token waits longer before its 401, doubling up to a cap; past
 * a limit within the window the client gets 429 with Retry-After without the token being
 * checked at all. A 256-bit token cannot be guessed anyway; this keeps a scan of the server
 * from being cheap. State is in memory, per server process, and forgets after the window.
 */
export interface LimiterOptions {
	freeFailures?: number;
	baseDelayMs?: number;
	maxDelayMs?: number;
	blockAfter?: number;
	windowMs?: number;
	now?: () => number;
	maxClients?: number;
}

interface Entry {
	failures: number;
	lastAt: number;
}

export class FailureLimiter {
	readonly freeFailures: number;
	readonly baseDelayMs: number;
	readonly maxDelayMs: number;
	readonly blockAfter: number;
	readonly windowMs: number;
	readonly maxClients: number;
	#now: () => number;
	#entries = new Map<string, Entry>();

	constructor(o: LimiterOptions = {}) {
		this.freeFailures = o.freeFailures ?? 3;
		this.baseDelayMs = o.baseDelayMs ?? 250;
		this.maxDelayMs = o.maxDelayMs ?? 4000;
		this.blockAfter = o.blockAfter ?? 20;
		this.windowMs = o.windowMs ?? 15 * 60_000;
		this.maxClients = o.maxClients ?? 10_000;
		this.#now = o.now ?? Date.now;
	}

	#entry(client: string): Entry | undefined {
		const e = this.#entries.get(client);
		if (e && this.#now() - e.lastAt > this.windowMs) {
			this.#entries.delete(client);
			return undefined;
		}
		return e;
	}

	/** Seconds until the client may try again, or 0 when it is not blocked. */
	blockedFor(client: string): number {
		const e = this.#entry(client);
		if (!e || e.failures < this.blockAfter) return 0;
		return Math.max(1, Math.ceil((e.lastAt + this.windowMs - this.#now()) / 1000));
	}

	/** Record a wrong token; returns how long to hold the answer back, in milliseconds. */
	fail(client: string): number {
		const e = this.#entry(client) ?? { failures: 0, lastAt: 0 };
		e.failures += 1;
		e.lastAt = this.#now();
		this.#entries.delete(client);
		this.#entries.set(client, e);
		// Oldest first in a Map: drop the stalest client when full, so memory stays bounded.
		if (this.#entries.size > this.maxClients) this.#entries.delete(this.#entries.keys().next().value as string);
		const over = e.failures - this.freeFailures;
		return over <= 0 ? 0 : Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** (over - 1));
	}

	failures(client: string): number {
		return this.#entry(client)?.failures ?? 0;
	}
}
