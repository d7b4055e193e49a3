import type { Db, Queryable, Row } from './db';
import { isUniqueViolation } from './db';
import { hashToken, newId, newToken, reviewTokenFor, sha256Hex, tokenMatches } from './tokens';
import type { Access, Author, Comment, ResultSummary, ScenarioEntry, Signoff, SpaceView, VersionFull, VersionMeta } from '$lib/team/types';

/** A scenario checked by the parser, ready to store: its JSON as written, name and result summary. */
export interface PreparedScenario {
	text: string;
	name: string;
	summary: ResultSummary;
}

export interface NewVersion {
	scenario: PreparedScenario;
	author: Author;
	note: string;
	restoredFrom?: number | null;
}

export type SaveOutcome = { ok: true; version: number } | { ok: false; reason: 'missing' } | { ok: false; reason: 'conflict'; latest: number };

export type AccessCheck = Access | 'wrong-token' | 'no-space';

const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString());

function versionMeta(r: Row, signoffs: Signoff[]): VersionMeta {
	return {
		version: Number(r.version),
		author: { name: String(r.author_name), role: String(r.author_role) },
		note: String(r.note),
		basedOn: r.based_on === null ? null : Number(r.based_on),
		restoredFrom: r.restored_from === null ? null : Number(r.restored_from),
		createdAt: iso(r.created_at),
		summary: JSON.parse(String(r.summary)) as ResultSummary,
		comments: Number(r.comments ?? 0),
		signoffs
	};
}

function signoffOf(r: Row): Signoff {
	return { id: String(r.id), version: Number(r.version), reviewer: { name: String(r.reviewer_name), role: String(r.reviewer_role) }, note: String(r.note), signedAt: iso(r.created_at) };
}

function commentOf(r: Row): Comment {
	return {
		id: String(r.id),
		version: Number(r.version),
		path: r.input_path === null ? null : String(r.input_path),
		author: { name: String(r.author_name), role: String(r.author_role) },
		text: String(r.body),
		createdAt: iso(r.created_at)
	};
}

const VERSION_COLUMNS = `v.version, v.author_name, v.author_role, v.note, v.based_on, v.restored_from, v.created_at, v.summary,
	(select count(*)::int from comments c where c.scenario_id = v.scenario_id and c.version = v.version) as comments`;

async function insertVersion(q: Queryable, scenarioId: string, version: number, basedOn: number | null, v: NewVersion, createdAt?: string): Promise<void> {
	await q.query(
		`insert into versions (scenario_id, version, body, body_sha256, summary, author_name, author_role, note, based_on, restored_from, created_at)
		 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, coalesce($11::timestamptz, now()))`,
		[scenarioId, version, v.scenario.text, sha256Hex(v.scenario.text), JSON.stringify(v.scenario.summary), v.author.name, v.author.role, v.note, basedOn, v.restoredFrom ?? null, createdAt ?? null]
	);
}

/**
 * The team store: spaces of scenarios, each scenario an append-only list of versions. A save
 * names the version it was based on and is refused when another save has come in since, so no
 * save overwrites another; each save is one transaction, so a version is stored whole or not at all.
 */
export class TeamStore {
	constructor(readonly db: Db) {}

	async createSpace(name: string): Promise<{ id: string; name: string; editToken: string; reviewToken: string }> {
		const id = newId();
		const editToken = newToken();
		const reviewToken = reviewTokenFor(editToken);
		await this.db.query('insert into spaces (id, name, edit_token_hash, review_token_hash) values ($1, $2, $3, $4)', [id, name, hashToken(editToken), hashToken(reviewToken)]);
		return { id, name, editToken, reviewToken };
	}

	/** What a token may do in a space. Both hashes are always compared, so timing says nothing. */
	async access(spaceId: string, token: string): Promise<AccessCheck> {
		const rows = await this.db.query<{ edit_token_hash: string; review_token_hash: string }>('select edit_token_hash, review_token_hash from spaces where id = $1', [spaceId]);
		const row = rows[0];
		if (!row) return 'no-space';
		const edit = tokenMatches(row.edit_token_hash, token);
		const review = tokenMatches(row.review_token_hash, token);
		return edit ? 'edit' : review ? 'review' : 'wrong-token';
	}

	async getSpace(spaceId: string, access: Access): Promise<SpaceView | null> {
		const spaces = await this.db.query('select id, name, created_at from spaces where id = $1', [spaceId]);
		const s = spaces[0];
		if (!s) return null;
		const rows = await this.db.query(
			`select s.id as scenario_id, s.name as scenario_name, s.created_at as scenario_created, s.updated_at, ${VERSION_COLUMNS}
			 from scenarios s join versions v on v.scenario_id = s.id and v.version = s.latest_version
			 where s.space_id = $1 order by s.updated_at desc, s.id`,
			[spaceId]
		);
		const signoffs = await this.#signoffs('select o.* from signoffs o join scenarios s on s.id = o.scenario_id and o.version = s.latest_version where s.space_id = $1 order by o.created_at, o.id', [spaceId]);
		const scenarios: ScenarioEntry[] = rows.map((r) => ({
			id: String(r.scenario_id),
			name: String(r.scenario_name),
			createdAt: iso(r.scenario_created),
			updatedAt: iso(r.updated_at),
			latest: versionMeta(r, signoffs.get(`${r.scenario_id}/${r.version}`) ?? [])
		}));
		return { id: String(s.id), name: String(s.name), access, createdAt: iso(s.created_at), scenarios };
	}

	async createScenario(spaceId: string, v: NewVersion): Promise<{ scenarioId: string; version: number } | null> {
		return this.db.transaction(async (tx) => {
			const exists = await tx.query('select 1 from spaces where id = $1', [spaceId]);
			if (!exists.length) return null;
			const scenarioId = newId();
			await tx.query('insert into scenarios (id, space_id, name, latest_version) values ($1, $2, $3, 1)', [scenarioId, spaceId, v.scenario.name]);
			await insertVersion(tx, scenarioId, 1, null, v);
			return { scenarioId, version: 1 };
		});
	}

	/** Save the next version of a scenario, based on version `basedOn`; refused if that is no longer the latest. */
	async saveVersion(spaceId: string, scenarioId: string, basedOn: number, v: NewVersion): Promise<SaveOutcome> {
		try {
			return await this.db.transaction(async (tx): Promise<SaveOutcome> => {
				// The row lock queues concurrent saves of one scenario; each then sees the latest version.
				const rows = await tx.query<{ latest_version: number }>('select latest_version from scenarios where id = $1 and space_id = $2 for update', [scenarioId, spaceId]);
				const row = rows[0];
				if (!row) return { ok: false, reason: 'missing' };
				const latest = Number(row.latest_version);
				if (latest !== basedOn) return { ok: false, reason: 'conflict', latest };
				const version = latest + 1;
				await insertVersion(tx, scenarioId, version, basedOn, v);
				await tx.query('update scenarios set latest_version = $1, name = $2, updated_at = now() where id = $3', [version, v.scenario.name, scenarioId]);
				return { ok: true, version };
			});
		} catch (e) {
			// The primary key on (scenario, version) is the last guard: a clash is another save winning.
			if (!isUniqueViolation(e)) throw e;
			const latest = await this.latestVersion(spaceId, scenarioId);
			return latest === null ? { ok: false, reason: 'missing' } : { ok: false, reason: 'conflict', latest };
		}
	}

	async latestVersion(spaceId: string, scenarioId: string): Promise<number | null> {
		const rows = await this.db.query<{ latest_version: number }>('select latest_version from scenarios where id = $1 and space_id = $2', [scenarioId, spaceId]);
		return rows[0] ? Number(rows[0].latest_version) : null;
	}

	async listVersions(spaceId: string, scenarioId: string): Promise<{ name: string; versions: VersionMeta[] } | null> {
		const sc = await this.db.query('select name from scenarios where id = $1 and space_id = $2', [scenarioId, spaceId]);
		if (!sc[0]) return null;
		const rows = await this.db.query(`select ${VERSION_COLUMNS} from versions v where v.scenario_id = $1 order by v.version`, [scenarioId]);
		const signoffs = await this.#signoffs('select * from signoffs where scenario_id = $1 order by created_at, id', [scenarioId]);
		return { name: String(sc[0].name), versions: rows.map((r) => versionMeta(r, signoffs.get(`${scenarioId}/${r.version}`) ?? [])) };
	}

	async getVersion(spaceId: string, scenarioId: string, version: number): Promise<VersionFull | null> {
		const rows = await this.db.query(
			`select ${VERSION_COLUMNS}, v.body from versions v join scenarios s on s.id = v.scenario_id where s.space_id = $1 and v.scenario_id = $2 and v.version = $3`,
			[spaceId, scenarioId, version]
		);
		const r = rows[0];
		if (!r) return null;
		const signoffs = await this.#signoffs('select * from signoffs where scenario_id = $1 and version = $2 order by created_at, id', [scenarioId, version]);
		const comments = await this.db.query('select * from comments where scenario_id = $1 and version = $2 order by created_at, id', [scenarioId, version]);
		return { ...versionMeta(r, signoffs.get(`${scenarioId}/${version}`) ?? []), scenario: JSON.parse(String(r.body)), commentList: comments.map(commentOf) };
	}

	async #versionExists(spaceId: string, scenarioId: string, version: number): Promise<boolean> {
		const rows = await this.db.query('select 1 from versions v join scenarios s on s.id = v.scenario_id where s.space_id = $1 and v.scenario_id = $2 and v.version = $3', [spaceId, scenarioId, version]);
		return rows.length > 0;
	}

	async addComment(spaceId: string, scenarioId: string, version: number, c: { path: string | null; author: Author; text: string }): Promise<Comment | null> {
		if (!(await this.#versionExists(spaceId, scenarioId, version))) return null;
		const rows = await this.db.query(
			'insert into comments (id, scenario_id, version, input_path, author_name, author_role, body) values ($1, $2, $3, $4, $5, $6, $7) returning *',
			[newId(), scenarioId, version, c.path, c.author.name, c.author.role, c.text]
		);
		return commentOf(rows[0] as Row);
	}

	async signOff(spaceId: string, scenarioId: string, version: number, s: { reviewer: Author; note: string }): Promise<Signoff | null> {
		if (!(await this.#versionExists(spaceId, scenarioId, version))) return null;
		const rows = await this.db.query('insert into signoffs (id, scenario_id, version, reviewer_name, reviewer_role, note) values ($1, $2, $3, $4, $5, $6) returning *', [
			newId(),
			scenarioId,
			version,
			s.reviewer.name,
			s.reviewer.role,
			s.note
		]);
		return signoffOf(rows[0] as Row);
	}

	async #signoffs(sql: string, params: unknown[]): Promise<Map<string, Signoff[]>> {
		const map = new Map<string, Signoff[]>();
		for (const r of await this.db.query(sql, params)) {
			const k = `${r.scenario_id}/${r.version}`;
			map.set(k, [...(map.get(k) ?? []), signoffOf(r)]);
		}
		return map;
	}

	/** Everything in a space, bodies included, for the export zip. */
	async dumpSpace(spaceId: string): Promise<SpaceDump | null> {
		const spaces = await this.db.query('select id, name, created_at from spaces where id = $1', [spaceId]);
		const s = spaces[0];
		if (!s) return null;
		const scenarios = await this.db.query('select id, name, created_at from scenarios where space_id = $1 order by created_at, id', [spaceId]);
		const out: SpaceDump = { name: String(s.name), createdAt: iso(s.created_at), scenarios: [] };
		for (const sc of scenarios) {
			const versions = await this.db.query('select * from versions where scenario_id = $1 order by version', [sc.id]);
			const comments = await this.db.query('select * from comments where scenario_id = $1 order by created_at, id', [sc.id]);
			const signoffs = await this.db.query('select * from signoffs where scenario_id = $1 order by created_at, id', [sc.id]);
			out.scenarios.push({
				id: String(sc.id),
				name: String(sc.name),
				createdAt: iso(sc.created_at),
				versions: versions.map((v) => ({
					version: Number(v.version),
					author: { name: String(v.author_name), role: String(v.author_role) },
					note: String(v.note),
					basedOn: v.based_on === null ? null : Number(v.based_on),
					restoredFrom: v.restored_from === null ? null : Number(v.restored_from),
					createdAt: iso(v.created_at),
					sha256: String(v.body_sha256),
					body: String(v.body),
					summary: JSON.parse(String(v.summary)) as ResultSummary
				})),
				comments: comments.map(commentOf),
				signoffs: signoffs.map(signoffOf)
			});
		}
		return out;
	}

	/** Load an exported space as a new space (new id and links), keeping every version's number, author and time. */
	async loadSpace(dump: SpaceDumpIn): Promise<{ id: string; name: string; editToken: string; reviewToken: string }> {
		const id = newId();
		const editToken = newToken();
		const reviewToken = reviewTokenFor(editToken);
		await this.db.transaction(async (tx) => {
			await tx.query('insert into spaces (id, name, edit_token_hash, review_token_hash) values ($1, $2, $3, $4)', [id, dump.name, hashToken(editToken), hashToken(reviewToken)]);
			for (const sc of dump.scenarios) {
				const sid = newId();
				const last = sc.versions[sc.versions.length - 1];
				if (!last) continue;
				await tx.query('insert into scenarios (id, space_id, name, latest_version, created_at, updated_at) values ($1, $2, $3, $4, $5::timestamptz, $6::timestamptz)', [
					sid,
					id,
					last.scenario.name,
					last.version,
					sc.versions[0]?.createdAt ?? last.createdAt,
					last.createdAt
				]);
				for (const v of sc.versions) await insertVersion(tx, sid, v.version, v.basedOn, { scenario: v.scenario, author: v.author, note: v.note, restoredFrom: v.restoredFrom }, v.createdAt);
				for (const c of sc.comments)
					await tx.query('insert into comments (id, scenario_id, version, input_path, author_name, author_role, body, created_at) values ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz)', [
						newId(),
						sid,
						c.version,
						c.path,
						c.author.name,
						c.author.role,
						c.text,
						c.createdAt
					]);
				for (const o of sc.signoffs)
					await tx.query('insert into signoffs (id, scenario_id, version, reviewer_name, reviewer_role, note, created_at) values ($1, $2, $3, $4, $5, $6, $7::timestamptz)', [
						newId(),
						sid,
						o.version,
						o.reviewer.name,
						o.reviewer.role,
						o.note,
						o.signedAt
					]);
			}
		});
		return { id, name: dump.name, editToken, reviewToken };
	}
}

export interface SpaceDump {
	name: string;
	createdAt: string;
	scenarios: {
		id: string;
		name: string;
		createdAt: string;
		versions: { version: number; author: Author; note: string; basedOn: number | null; restoredFrom: number | null; createdAt: string; sha256: string; body: string; summary: ResultSummary }[];
		comments: Comment[];
		signoffs: Signoff[];
	}[];
}

/** A space read back from an export, each version's scenario checked by the parser. */
export interface SpaceDumpIn {
	name: string;
	scenarios: {
		versions: { version: number; author: Author; note: string; basedOn: number | null; restoredFrom: number | null; createdAt: string; scenario: PreparedScenario }[];
		comments: { version: number; path: string | null; author: Author; text: string; createdAt: string }[];
		signoffs: { version: number; reviewer: Author; note: string; signedAt: string }[];
	}[];
}
