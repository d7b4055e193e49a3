/**
 * The one interface the team store talks to, whichever PostgreSQL runs underneath: PGlite (an
 * embedded PostgreSQL in a data folder, the default) or a PostgreSQL server (DATABASE_URL). Both
 * run the same SQL with `$1` parameters, so the store and its migrations are written once.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
	query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
	readonly kind: 'pglite' | 'postgres';
	/** Run `fn` in one transaction: committed when it resolves, rolled back when it throws. */
	transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}

/** A unique-key clash (SQLSTATE 23505) from either driver. */
export function isUniqueViolation(e: unknown): boolean {
	return (e as { code?: unknown })?.code === '23505';
}
