import { resolve } from 'node:path';
import type { Db } from './db';
import { migrate } from './migrations';
import { openPglite } from './pgliteDb';
import { openPostgres } from './postgresDb';
import { TeamStore } from './teamStore';

/**
 * The server's one team store, opened on first use: a PostgreSQL server when DATABASE_URL is
 * set, otherwise the embedded PGlite in DXA_DATA_DIR (default `data/store`, created if missing).
 * Migrations run before the first request is served. The store is closed when adapter-node
 * shuts down (SIGTERM or SIGINT), so PGlite ends with a clean checkpoint.
 */
export interface StoreConfig {
	databaseUrl?: string;
	dataDir?: string | null;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
	const url = env.DATABASE_URL?.trim();
	return url ? { databaseUrl: url } : { dataDir: resolve(env.DXA_DATA_DIR?.trim() || 'data/store') };
}

export async function openStore(config: StoreConfig): Promise<TeamStore> {
	const db: Db = config.databaseUrl ? openPostgres(config.databaseUrl) : await openPglite(config.dataDir ?? null);
	try {
		await migrate(db);
	} catch (e) {
		await db.close().catch(() => {});
		throw e;
	}
	return new TeamStore(db);
}

let current: Promise<TeamStore> | null = null;

export function getStore(): Promise<TeamStore> {
	if (!current) {
		current = openStore(configFromEnv());
		// A failed open is tried again on the next request rather than remembered.
		current.catch(() => (current = null));
		process.once('sveltekit:shutdown' as 'beforeExit', () => void closeStore());
	}
	return current;
}

/** Use this store for the API (tests); null forgets it. */
export function setStore(store: TeamStore | null): void {
	current = store ? Promise.resolve(store) : null;
}

export async function closeStore(): Promise<void> {
	const c = current;
	current = null;
	if (c) await (await c).db.close();
}

export { TeamStore };
