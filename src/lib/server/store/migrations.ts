import type { Db } from './db';

/**
 * Versioned schema migrations, run in order at start. Each runs in its own transaction and is
 * recorded in schema_migrations; an applied migration is never edited, a change is a new one.
 * On a PostgreSQL server an advisory lock keeps two servers starting together from both
 * migrating.
 */
export interface Migration {
	version: number;
	name: string;
	statements: string[];
}

export const MIGRATIONS: Migration[] = [
	{
		version: 1,
		name: 'team spaces, scenarios, versions, comments, sign-offs',
		statements: [
			`create table spaces (
				id text primary key,
				name text not null,
				edit_token_hash text not null,
				review_token_hash text not null,
				created_at timestamptz not null default now()
			)`,
			`create table scenarios (
				id text primary key,
				space_id text not null references spaces(id) on delete cascade,
				name text not null,
				latest_version integer not null check (latest_version >= 1),
				created_at timestamptz not null default now(),
				updated_at timestamptz not null default now()
			)`,
			`create index scenarios_space_idx on scenarios(space_id)`,
			`create table versions (
				scenario_id text not null references scenarios(id) on delete cascade,
				version integer not null check (version >= 1),
				body text not null,
				body_sha256 text not null,
				summary text not null,
				author_name text not null,
				author_role text not null,
				note text not null,
				based_on integer,
				restored_from integer,
				created_at timestamptz not null default now(),
				primary key (scenario_id, version)
			)`,
			`create table comments (
				id text primary key,
				scenario_id text not null,
				version integer not null,
				input_path text,
				author_name text not null,
				author_role text not null,
				body text not null,
				created_at timestamptz not null default now(),
				foreign key (scenario_id, version) references versions(scenario_id, version) on delete cascade
			)`,
			`create index comments_version_idx on comments(scenario_id, version)`,
			`create table signoffs (
				id text primary key,
				scenario_id text not null,
				version integer not null,
				reviewer_name text not null,
				reviewer_role text not null,
				note text not null,
				created_at timestamptz not null default now(),
				foreign key (scenario_id, version) references versions(scenario_id, version) on delete cascade
			)`,
			`create index signoffs_version_idx on signoffs(scenario_id, version)`
		]
	}
];

/** Apply every migration not yet applied; returns the versions applied now. */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
	return db.transaction(async (tx) => {
		// Any fixed key will do; it only has to be the same for every server of this app.
		if (db.kind === 'postgres') await tx.query('select pg_advisory_xact_lock(735118201)');
		await tx.query(`create table if not exists schema_migrations (
			version integer primary key,
			name text not null,
			applied_at timestamptz not null default now()
		)`);
		const done = new Set((await tx.query<{ version: number }>('select version from schema_migrations')).map((r) => r.version));
		const applied: number[] = [];
		for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
			if (done.has(m.version)) continue;
			for (const s of m.statements) await tx.query(s);
			await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
			applied.push(m.version);
		}
		return applied;
	});
}
