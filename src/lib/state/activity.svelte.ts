import { readActivityCsv, MAX_ACTIVITY_CHARS, type ActivityProblem } from '$lib/activity/read';
import { fitActivity, type ActivityFit } from '$lib/activity/fit';

/**
 * The activity file last read in this browser tab: its fit, or the problems that refused it.
 * Held in memory only (the figures stay on this computer; the scenario keeps the file's name
 * and months in its rationale when a fitted value is applied). A refused file leaves the
 * previous fit in place.
 */
export class ActivityState {
	fit = $state.raw<ActivityFit | null>(null);
	problems = $state.raw<{ fileName: string; list: ActivityProblem[] } | null>(null);
	busy = $state(false);

	/** Read a CSV's text; true when it was accepted. */
	readText(text: string, fileName: string): boolean {
		const r = readActivityCsv(text, fileName);
		if (!r.ok) {
			this.problems = { fileName, list: r.problems };
			return false;
		}
		this.problems = null;
		this.fit = fitActivity(r.data);
		return true;
	}

	async readFile(file: File): Promise<boolean> {
		if (!/\.(csv|txt|tsv)$/i.test(file.name) && file.type && !/csv|text\/plain|tab-separated/.test(file.type)) {
			this.problems = { fileName: file.name, list: [{ row: null, column: null, message: 'not a CSV file: save the spreadsheet as CSV first (workbooks are not read)' }] };
			return false;
		}
		if (file.size > MAX_ACTIVITY_CHARS) {
			this.problems = { fileName: file.name, list: [{ row: null, column: null, message: `the file is too large (${file.size.toLocaleString('en-GB')} bytes; the limit is ${MAX_ACTIVITY_CHARS.toLocaleString('en-GB')})` }] };
			return false;
		}
		this.busy = true;
		try {
			return this.readText(await file.text(), file.name);
		} finally {
			this.busy = false;
		}
	}

	clear(): void {
		this.fit = null;
		this.problems = null;
	}
}

export const activity = new ActivityState();
