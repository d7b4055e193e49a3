import postgres from 'postgres';
import type { Db, Queryable, Row } from './db';

type Client = postgres.Sql | postgres.TransactionSql;

function wrap(sql: Client): Queryable {
	return {
		async query<T extends Row>(text: string, params: readonly unknown[] = []) {
			return await sql.unsafe<T[]>(text, params as postgres.ParameterOrJSON<never>[]);
		}
	};
}

/** A pool of connections to a PostgreSQL server given by a postgres:// URL. */
export function openPostgres(url: string, { max = 10 }: { max?: number } = {}): Db {
	const sql = postgres(url, {
		max,
		onnotice: () => {},
		// Timestamps come back as Date objects, as PGlite gives them.
		connect_timeout: 10
	});
	const base = wrap(sql);
	return {
		kind: 'postgres',
		query: base.query,
		transaction: (fn) => sql.begin((tx) => fn(wrap(tx))) as Promise<never>,
		close: () => sql.end({ timeout: 5 })
	};
}
