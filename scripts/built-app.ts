/**
 * The built app in Debian's Chromium, for the scripts that time it (perf-ui.ts, psa-browser.ts):
 * start `node build` on a port and wait for it, launch Chromium with the machine's flags, and open
 * a browser context ready for page.evaluate.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the built app cannot be timed here, or null when it can (a build and Debian's Chromium). */
export function cannotRun(build: string): string | null {
	if (!existsSync(join(build, 'index.js'))) return `no build in ${build}/ (npm run build)`;
	if (!existsSync(CHROMIUM)) return `no ${CHROMIUM}`;
	return null;
}

/** `node <build>` on 127.0.0.1:<port>, once it answers. */
export async function startBuiltServer(build: string, port: number): Promise<{ base: string; stop: () => void }> {
	const base = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [build], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
	const stop = () => void server.kill();
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(base)).ok) return { base, stop };
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	stop();
	throw new Error(`server did not start on ${base}`);
}

/** Debian's Chromium, headless. JSFLAGS passes V8 flags to its pages (e.g. JSFLAGS=--no-concurrent-recompilation, to see how much of a run is compiling). */
export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...(process.env.JSFLAGS ? ['--js-flags=' + process.env.JSFLAGS] : [])] });
}

/** A context whose pages accept dialogs and run functions passed to page.evaluate from tsx-compiled scripts. */
export async function appContext(browser: Browser, viewport: { width: number; height: number }): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport });
	// tsx compiles these scripts with esbuild's keepNames, which wraps the functions passed to
	// page.evaluate in calls to its __name helper: give the pages a no-op one.
	await context.addInitScript({ content: 'window.__name = (f) => f;' });
	context.on('page', (p) => p.on('dialog', (d) => void d.accept()));
	return context;
}
