import type { CliIo } from '../../src/lib/cli/run';

/** A CliIo that records what the CLI writes, for in-process tests of main(). */
export function captureIo(stdin = ''): CliIo & { stdout: () => string; stderrLines: () => string[] } {
	const out: string[] = [];
	const err: string[] = [];
	return {
		out: (t) => void out.push(t),
		err: (t) => void err.push(...t.split('\n')),
		readStdin: async () => stdin,
		stdout: () => out.join('\n'),
		stderrLines: () => err
	};
}
