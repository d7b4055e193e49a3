import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { openStore, type TeamStore } from '../../src/lib/server/store';

/**
 * The two databases every team-store test runs on: PGlite in a temporary data folder, and the
 * PostgreSQL server that scripts/test.sh starts (TEST_DATABASE_URL), each test file in a new
 * database of its own. Without TEST_DATABASE_URL the PostgreSQL runs are skipped, unless
 * REQUIRE_POSTGRES=1 (as `npm test` sets), when they fail instead of passing unseen.
 */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL ?? '';
if (!POSTGRES_URL && process.env.REQUIRE_POSTGRES === '1') throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set: scripts/test.sh starts a PostgreSQL server for these tests');

export type Kind = 'pglite' | 'postgres';
export const KINDS: Kind[] = POSTGRES_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
	kind: Kind;
	/** Where a store (or a child process) opens this database: a data folder or a postgres:// URL. */
	config: { dataDir?: string; databaseUrl?: string };
	open(): Promise<TeamStore>;
	drop(): Promise<void>;
}

function randomName(): string {
	return `dxa_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
}

export async function makeDatabase(kind: Kind): Promise<TestDatabase> {
	if (kind === 'pglite') {
		const dir = mkdtempSync(join(tmpdir(), 'dxa-pglite-'));
		const config = { dataDir: join(dir, 'store') };
		return { kind, config, open: () => openStore(config), drop: async () => rmSync(dir, { recursive: true, force: true }) };
	}
	const admin = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
	const name = randomName();
	await admin.unsafe(`create database ${name}`);
	await admin.end();
	const url = new URL(POSTGRES_URL);
	url.pathname = `/${name}`;
	const config = { databaseUrl: url.toString() };
	return {
		kind,
		config,
		open: () => openStore(config),
		drop: async () => {
			const a = postgres(POSTGRES_URL, { max: 1, onnotice: () => {} });
			await a.unsafe(`drop database if exists ${name} with (force)`);
			await a.end();
		}
	};
}
