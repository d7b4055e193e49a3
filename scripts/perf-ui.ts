// Performance report for the web app (printed, never asserted): npm run perf
//  1. Input change to updated charts: in Chromium, on the dashboard with every chart drawn, time
//     a programmatic change of the main scanner's sessions a week through to the DOM update
//     (performance.now around workspace.set + Svelte's tick), then the next animation frame.
//  2. JavaScript the home and workspace routes load: every script the browser fetches on those
//     pages, gzipped from the build output; the target is at most 250 KB gzipped, with the
//     workbook (xlsx) and document (docx) writers absent.
// Needs a build (npm run build). Uses Debian's Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { appContext, cannotRun, launchChromium, startBuiltServer } from './built-app';

const BUILD = process.env.BUILD_DIR ?? 'build';
const PORT = Number(process.env.PERF_PORT ?? 4191);
const RUNS = 30;
const TARGET_MS = 100;
const TARGET_KB = 250;

const why = cannotRun(BUILD);
if (why) {
	console.error(`Cannot time the app: ${why}.`);
	process.exit(1);
}

const kb = (n: number) => (n / 1024).toFixed(1);
function pct(xs: number[], p: number): number {
	const v = xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
	if (v === undefined) throw new Error('no timings');
	return v;
}

/** What the dashboard exposes with ?perf (src/routes/workspace/+page.svelte). */
interface PerfHooks {
	workspace: { set(path: (string | number)[], value: number): void };
	tick(): Promise<void>;
}

async function main(base: string) {
	const browser = await launchChromium();
	const page = await (await appContext(browser, { width: 1920, height: 1080 })).newPage();
	const scripts = new Map<string, Set<string>>();
	page.on('response', (r) => {
		const url = new URL(r.url());
		if (url.origin === base && url.pathname.endsWith('.js')) scripts.set(url.pathname, (scripts.get(url.pathname) ?? new Set()).add(page.url()));
	});

	await page.goto(`${base}/`);
	await page.getByRole('button', { name: /Open example: Urban trust/ }).click();
	await page.waitForURL(/\/workspace$/);
	await page.goto(`${base}/workspace?perf`);
	await page.waitForFunction(() => 'window' in globalThis && '__dxaPerf' in window && document.querySelectorAll('svg').length > 0);

	const times = await page.evaluate(async (runs) => {
		const { workspace, tick } = (window as unknown as { __dxaPerf: PerfHooks }).__dxaPerf;
		const out: { dom: number; frame: number }[] = [];
		const svgText = () => [...document.querySelectorAll('svg')].map((s) => s.innerHTML).join('');
		for (let i = 0; i < runs; i++) {
			const before = svgText();
			const t0 = performance.now();
			workspace.set(['scanners', 0, 'sessionsPerWeek'], i % 2 ? 8 : 10); // the example has 6
			await tick();
			const dom = performance.now() - t0;
			await new Promise((r) => requestAnimationFrame(() => r(undefined)));
			const frame = performance.now() - t0;
			if (svgText() === before) throw new Error('the charts did not change after the input change');
			out.push({ dom, frame });
			await new Promise((r) => setTimeout(r, 20));
		}
		return out;
	}, RUNS);

	// Visit the other workspace pages so their route chunks are counted too.
	for (const p of ['/workspace/edit', '/workspace/options']) {
		await page.goto(`${base}${p}`);
		await page.waitForLoadState('networkidle');
	}
	await browser.close();

	const dom = times.map((t) => t.dom).sort((a, b) => a - b);
	const frame = times.map((t) => t.frame).sort((a, b) => a - b);
	console.log(`Input change -> updated charts (${RUNS} runs, 1920x1080, all dashboard charts):`);
	console.log(`  DOM updated (set + tick): median ${pct(dom, 50).toFixed(1)} ms, p95 ${pct(dom, 95).toFixed(1)} ms, max ${pct(dom, 100).toFixed(1)} ms`);
	console.log(`  next frame:               median ${pct(frame, 50).toFixed(1)} ms, p95 ${pct(frame, 95).toFixed(1)} ms (target < ${TARGET_MS} ms: ${pct(frame, 95) < TARGET_MS ? 'met' : 'NOT met'})`);

	let total = 0;
	const rows: [string, number][] = [];
	const forbidden: string[] = [];
	for (const path of scripts.keys()) {
		const file = join(BUILD, 'client', path);
		if (!existsSync(file)) continue;
		const buf = readFileSync(file);
		const gz = gzipSync(buf, { level: 9 }).length;
		total += gz;
		rows.push([path, gz]);
		const text = buf.toString('utf8');
		// Markers of the export writers: SheetJS's banner/API and docx's document packer.
		if (/SheetJS|sheet_to_json|book_new/.test(text)) forbidden.push(`${path} contains the xlsx writer`);
		if (/\bPacker\b.*toBlob|officedocument\.wordprocessingml/.test(text)) forbidden.push(`${path} contains the docx writer`);
	}
	rows.sort((a, b) => b[1] - a[1]);
	console.log(`\nJavaScript loaded by the home and workspace routes: ${rows.length} files, ${kb(total)} KB gzipped (target <= ${TARGET_KB} KB: ${total / 1024 <= TARGET_KB ? 'met' : 'NOT met'})`);
	for (const [p, gz] of rows.slice(0, 8)) console.log(`  ${kb(gz).padStart(7)} KB  ${p}`);
	if (rows.length > 8) console.log(`  ... and ${rows.length - 8} smaller files`);
	console.log(forbidden.length ? `\nExport writers in route chunks:\n  ${forbidden.join('\n  ')}` : '\nExport writers (xlsx, docx): not in the route chunks (loaded only when exporting).');
}

const server = await startBuiltServer(BUILD, PORT);
await main(server.base)
	.catch((e) => {
		console.error(e);
		process.exitCode = 1;
	})
	.finally(server.stop);
