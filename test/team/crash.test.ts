import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { KINDS, makeDatabase, type TestDatabase } from './databases';

/**
 * A server killed mid-save (SIGKILL, so nothing gets to tidy up) loses no committed version and
 * leaves no half-written one, on PGlite (crash recovery from its write-ahead log on the next open)
 * and on PostgreSQL (the open transaction dies with its connection). The writer runs in its own
 * process and is killed three times at a random moment while saving; after each kill the store
 * is opened again, checked, and the writer resumes from what is there.
 */
interface Run {
	committed: number;
	spaceId: string;
	scenarioId: string;
}

function runAndKill(config: object, ids: string[], afterCommits: number): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', 'test/team/crashWriter.ts', JSON.stringify(config), ...ids], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let err = '';
		let committed = 0;
		let seen = 0;
		let spaceId = ids[0] ?? '';
		let scenarioId = ids[1] ?? '';
		let killing = false;
		child.stdout.on('data', (d: Buffer) => {
			out += d.toString();
			const lines = out.split('\n');
			out = lines.pop() ?? '';
			for (const line of lines) {
				const m = /^committed (\d+)$/.exec(line);
				const s = /^space (\S+) (\S+)$/.exec(line);
				if (s) [spaceId, scenarioId] = [s[1] as string, s[2] as string];
				if (!m) continue;
				committed = Number(m[1]);
				if (++seen === afterCommits && !killing) {
					killing = true;
					// A random moment within the next save or two.
					setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 40));
				}
			}
		});
		child.stderr.on('data', (d: Buffer) => (err += d.toString()));
		child.on('exit', (code, signal) => {
			if (signal === 'SIGKILL') resolve({ committed, spaceId, scenarioId });
			else reject(new Error(`writer exited ${code} before it was killed: ${err.slice(-2000)}`));
		});
	});
}

describe.each(KINDS)('a server killed mid-save on %s', (kind) => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await makeDatabase(kind);
	});
	afterAll(async () => {
		await db?.drop();
	});

	it('keeps every committed version, whole, three kills running', async () => {
		let ids: string[] = [];
		let lastCommitted = 0;
		for (let round = 0; round < 3; round++) {
			const run = await runAndKill(db.config, ids, 8);
			ids = [run.spaceId, run.scenarioId];
			expect(run.committed).toBeGreaterThan(lastCommitted);
			const store = await db.open();
			try {
				const rows = await store.db.query<{ version: number; body: string; body_sha256: string; note: string }>('select version, body, body_sha256, note from versions where scenario_id = $1 order by version', [run.scenarioId]);
				const n = rows.length;
				// Nothing the writer was told is committed is missing; at most the save in flight also landed.
				expect(n).toBeGreaterThanOrEqual(run.committed);
				expect(n).toBeLessThanOrEqual(run.committed + 1);
				expect(rows.map((r) => r.version)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
				for (const r of rows) {
					expect(createHash('sha256').update(r.body).digest('hex')).toBe(r.body_sha256);
					const s = JSON.parse(r.body);
					expect(s.demand.startingBacklog).toBe(1000 + r.version);
					expect(r.note).toBe(`save ${r.version}`);
				}
				expect(await store.latestVersion(run.spaceId, run.scenarioId)).toBe(n);
				lastCommitted = n;
			} finally {
				await store.db.close();
			}
		}
	}, 240_000);
});
