import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db';

const LOCK_FILE = 'dxa-server.lock';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as { code?: string }).code === 'EPERM';
	}
}

/**
 * PGlite is PostgreSQL in this process: one process at a time may own a data folder, so a lock
 * file holds the owner's process id. A lock left by a process that has died (killed mid-save) is
 * taken over; PostgreSQL's own crash recovery then replays its write-ahead log on open.
 */
function takeLock(dataDir: string): () => void {
	const file = join(dataDir, LOCK_FILE);
	try {
		const pid = Number(readFileSync(file, 'utf8').trim());
		if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
			throw new Error(`the data folder ${dataDir} is in use by another server (process ${pid}); stop it or set DXA_DATA_DIR to another folder`);
		}
	} catch (e) {
		if ((e as { code?: string }).code !== 'ENOENT') throw e;
	}
	writeFileSync(file, String(process.pid));
	return () => rmSync(file, { force: true });
}

function wrap(q: { query: PGlite['query'] }): Queryable {
	return {
		async query<T extends Row>(text: string, params: readonly unknown[] = []) {
			const r = await q.query<T>(text, params as unknown[]);
			return r.rows;
		}
	};
}

/** Open (creating when missing) an embedded PostgreSQL in `dataDir`; in memory when `dataDir` is null. */
export async function openPglite(dataDir: string | null): Promise<Db> {
	let release = () => {};
	if (dataDir) {
		mkdirSync(dataDir, { recursive: true });
		release = takeLock(dataDir);
	}
	let pg: PGlite;
	try {
		pg = await PGlite.create(dataDir ?? undefined);
	} catch (e) {
		release();
		throw e;
	}
	const base = wrap(pg);
	return {
		kind: 'pglite',
		query: base.query,
		// PGlite runs one transaction at a time and queues the rest, so saves are serialised here.
		transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
		async close() {
			await pg.close();
			release();
		}
	};
}
