/**
 * A store writer to be killed: opens the team store given as JSON in argv[2], makes a space and
 * a scenario, then saves version after version, each with `demand.startingBacklog` = 1000 + its
 * version number, printing `committed <n>` only once the save's transaction has returned.
 * Run by crash.test.ts, which kills it with SIGKILL mid-save.
 */
import { openStore } from '../../src/lib/server/store';
import { prepareScenario } from '../../src/lib/server/store/intake';
import { urban } from './fixtures';

const config = JSON.parse(process.argv[2] ?? '{}');
const store = await openStore(config);
let spaceId = process.argv[3];
let scenarioId = process.argv[4];
const author = { name: 'Writer', role: 'Test' };
const body = (n: number) => {
	const s = urban() as unknown as Record<string, unknown> & { demand: Record<string, unknown> };
	s.demand.startingBacklog = 1000 + n;
	// A long description makes each write span more pages, so a kill is likelier to land mid-write.
	s.description = `Version ${n}. ${'Padding so each version is a larger write. '.repeat(90)}`;
	const p = prepareScenario(s);
	if (!p.ok) throw new Error(JSON.stringify(p.errors));
	return p.value;
};
if (!spaceId || !scenarioId) {
	const space = await store.createSpace('Crash test');
	const made = await store.createScenario(space.id, { scenario: body(1), author, note: 'save 1' });
	spaceId = space.id;
	scenarioId = made!.scenarioId;
	process.stdout.write(`space ${spaceId} ${scenarioId}\ncommitted 1\n`);
}
let latest = (await store.latestVersion(spaceId, scenarioId)) ?? 0;
process.stdout.write(`ready ${latest}\n`);
for (;;) {
	const next = latest + 1;
	const r = await store.saveVersion(spaceId, scenarioId, latest, { scenario: body(next), author, note: `save ${next}` });
	if (!r.ok) throw new Error(`save ${next}: ${r.reason}`);
	latest = r.version;
	process.stdout.write(`committed ${latest}\n`);
}
