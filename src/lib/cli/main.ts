import { helpText, parseArgs } from './args';
import { EXIT, runAppraise, runActivity, type CliIo } from './run';

/** The whole CLI as a function of its arguments: returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
	const parsed = parseArgs(argv);
	if (!parsed.ok) {
		parsed.errors.forEach((e) => io.err(e));
		io.err('Run with --help for usage.');
		return EXIT.usage;
	}
	const { command } = parsed;
	switch (command.kind) {
		case 'help':
			io.out(helpText());
			return EXIT.ok;
		case 'appraise':
			return runAppraise(command.options, io);
		case 'activity':
			return runActivity(command.options, io);
	}
}
