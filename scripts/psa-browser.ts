// The probabilistic analysis as a user runs it: in Debian's Chromium, on the built app's
// Uncertainty page, for each example model, click "Run 10,000 iterations" and time it until the
// results are on the page, once as soon as the page's one-way sensitivity is shown and once (on the
// page opened afresh) when the page has finished warming its workers up; meanwhile record how long
// the page's main thread was ever busy (the longest gap between animation frames, and long tasks
// over 50 ms), which is what "the app stays responsive" means. Printed, never asserted. Used by
// `npm run bench` (Monte Carlo section, when a build exists) and `npm run perf`; on its own:
// npx tsx scripts/psa-browser.ts (needs npm run build; BENCH_PORT for the port to serve it on, as
// in npm run bench).
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { appContext, cannotRun, launchChromium, startBuiltServer } from './built-app';
import { formatSeconds } from './bench-lib';
import { WARMED_MARK } from '../src/lib/workers/psaClient';

const EXAMPLES: [string, RegExp][] = [
	['urban-backlog.json', /Open example: Urban trust/],
	['rural-mobile.json', /Open example: Rural county/],
	['scanner-replacement.json', /Open example: District hospital/]
];

/** One run on the open Uncertainty page: wall time from the click to the summary, the page's own figure, and main-thread gaps. */
export interface BrowserRun {
	/** When the button was clicked, in ms since the Uncertainty page opened. */
	clickAtMs: number;
	wallMs: number;
	pageSeconds: number | null;
	maxGapMs: number;
	frames: number;
	longTasks: number;
	longestTaskMs: number;
}

async function timeRun(page: Page): Promise<BrowserRun> {
	return page.evaluate(async () => {
		const button = [...document.querySelectorAll('button')].find((b) => /^Run [\d,]+ iterations$/.test(b.textContent?.trim() ?? ''));
		if (!button) throw new Error('no Run button on the Uncertainty page');
		const longTasks: number[] = [];
		const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
		try {
			observer.observe({ type: 'longtask', buffered: false });
		} catch {
			// long task timing unavailable: the frame gaps still say how busy the page was
		}
		let maxGap = 0;
		let frames = 0;
		let last = performance.now();
		let running = true;
		const loop = () => {
			const now = performance.now();
			maxGap = Math.max(maxGap, now - last);
			last = now;
			frames++;
			if (running) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
		const t0 = performance.now();
		button.click();
		// Done when the progress bar has come and gone and the summary is shown (a run takes far
		// longer than the 5 ms between checks, so the bar is always seen).
		let sawProgress = false;
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('no result within 120 s')), 120_000);
			const check = () => {
				const el = document.querySelector('[data-testid="psa-summary"]');
				const status = [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent).join(' ');
				const progress = document.getElementById('psa-progress');
				sawProgress ||= progress !== null;
				if (/analysis failed/.test(status)) {
					clearTimeout(timer);
					reject(new Error(status));
				} else if (sawProgress && !progress && el && /\d s\)/.test(el.textContent ?? '')) {
					clearTimeout(timer);
					resolve();
				} else setTimeout(check, 5);
			};
			check();
		});
		const wallMs = performance.now() - t0;
		running = false;
		observer.disconnect();
		const text = document.querySelector('[data-testid="psa-summary"]')?.textContent ?? '';
		const shown = /, ([\d.]+) s\)/.exec(text);
		return { clickAtMs: t0, wallMs, pageSeconds: shown ? Number(shown[1]) : null, maxGapMs: maxGap, frames, longTasks: longTasks.length, longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0 };
	});
}

/**
 * One example's runs. `first` is clicked as soon as the one-way sensitivity (which runs in its own
 * worker when the page opens) is shown, and `again` right after it; `afterWarm` is the first run on
 * the page opened afresh, clicked when the page has marked its PSA workers warmed (psaClient.ts
 * WARMED_MARK) at `warmedAtMs` after opening, or null when that page never marks it (an earlier
 * build) within 30 s or not asked for.
 */
export interface BrowserRow {
	file: string;
	iterations: number;
	first: BrowserRun;
	again: BrowserRun;
	afterWarm: BrowserRun | null;
	warmedAtMs: number | null;
}
export type BrowserRuns = { skipped: string } | { rows: BrowserRow[] };

/** How busy the page's main thread was over all of a row's runs: the longest frame gap, the long tasks and the longest of them (ms). */
export function mainThread(r: BrowserRow): { maxGapMs: number; longTasks: number; longestTaskMs: number } {
	const runs = [r.first, r.again, ...(r.afterWarm ? [r.afterWarm] : [])];
	return {
		maxGapMs: Math.max(...runs.map((x) => x.maxGapMs)),
		longTasks: runs.reduce((n, x) => n + x.longTasks, 0),
		longestTaskMs: Math.max(...runs.map((x) => x.longestTaskMs))
	};
}

/** Open the example and go to its Uncertainty page, ready when the one-way sensitivity is shown. */
async function openUncertainty(browser: Browser, base: string, button: RegExp): Promise<{ page: Page; close: () => Promise<void> }> {
	const context = await appContext(browser, { width: 1280, height: 800 });
	const page = await context.newPage();
	await page.goto(`${base}/`);
	await page.getByRole('button', { name: button }).click();
	await page.waitForURL(/\/workspace$/);
	await page.goto(`${base}/workspace/uncertainty`);
	await page.getByText(/^Run [\d,]+ iterations$/).waitFor();
	await page.locator('figure, svg').first().waitFor({ timeout: 60_000 });
	await page.waitForFunction(() => !document.body.textContent?.includes('Re-running the model'), null, { timeout: 60_000 });
	return { page, close: () => context.close() };
}

/** When the page marked its workers warmed (ms since it opened), waiting up to 30 s; null if it never did. */
async function warmedAt(page: Page): Promise<number | null> {
	try {
		await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, WARMED_MARK, { timeout: 30_000 });
	} catch {
		return null;
	}
	return page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0]?.startTime ?? null, WARMED_MARK);
}

/** Start the built app and time each example's runs (BrowserRow); without `warmed`, no run once warmed (an earlier build has no mark to wait for). */
export async function measureBrowserPsa({ build = 'build', port = 4193, warmed = true } = {}): Promise<BrowserRuns> {
	const why = cannotRun(build);
	if (why) return { skipped: why };
	const { base, stop } = await startBuiltServer(build, port);
	const browser = await launchChromium();
	try {
		const rows: BrowserRow[] = [];
		for (const [file, button] of EXAMPLES) {
			const at = await openUncertainty(browser, base, button);
			const iterations = Number((await at.page.getByText(/^Run [\d,]+ iterations$/).textContent())?.replace(/\D/g, ''));
			const first = await timeRun(at.page);
			const again = await timeRun(at.page);
			await at.close();
			const row: BrowserRow = { file, iterations, first, again, afterWarm: null, warmedAtMs: null };
			if (warmed) {
				const warm = await openUncertainty(browser, base, button);
				row.warmedAtMs = await warmedAt(warm.page);
				if (row.warmedAtMs !== null) row.afterWarm = await timeRun(warm.page);
				await warm.close();
			}
			rows.push(row);
		}
		return { rows };
	} finally {
		await browser.close();
		stop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const out = await measureBrowserPsa({ build: process.env.BUILD_DIR ?? 'build', port: Number(process.env.BENCH_PORT ?? 4193) });
	if ('skipped' in out) console.log(`Skipped: ${out.skipped}`);
	else
		for (const r of out.rows)
			console.log(
				`${r.file}: ${r.iterations} iterations, first run ${r.first.wallMs.toFixed(0)} ms clicked ${formatSeconds(r.first.clickAtMs)} after opening (page says ${r.first.pageSeconds} s), again ${r.again.wallMs.toFixed(0)} ms; ` +
					(r.afterWarm && r.warmedAtMs !== null ? `first run once warmed (${formatSeconds(r.warmedAtMs)} after opening) ${r.afterWarm.wallMs.toFixed(0)} ms; ` : 'never marked warmed; ') +
					`longest main-thread gap ${mainThread(r).maxGapMs.toFixed(0)} ms, long tasks ${mainThread(r).longTasks} (longest ${mainThread(r).longestTaskMs.toFixed(0)} ms)`
			);
}
