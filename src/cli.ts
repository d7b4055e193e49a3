/**
 * Command-line entry: `npm run cli -- appraise <scenario.json> [--json]` (see docs/cli.md).
 * Imports are relative because tsx does not resolve SvelteKit's `$lib` alias.
 */
import { main } from './lib/cli/main';
import { EXIT, type CliIo } from './lib/cli/run';

async function readStdin(): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
	out: (text) => void process.stdout.write(`${text}\n`),
	err: (text) => void process.stderr.write(`${text}\n`),
	readStdin
};

// A closed pipe (e.g. `| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw e;
});

try {
	// exitCode rather than process.exit(): let large outputs drain to a pipe before Node exits.
	process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
	process.stderr.write(`internal error: ${e instanceof Error ? e.message : String(e)}\n`);
	if (process.env.DXA_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
	process.exitCode = EXIT.internal;
}
