import { defineConfig, devices } from '@playwright/test';

const isCI = !!process.env.CI;
// E2E_PORT lets two checkouts run their journeys side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'e2e',
	fullyParallel: false,
	forbidOnly: isCI,
	retries: 0,
	workers: isCI ? 1 : undefined,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	outputDir: 'test-results/playwright-artifacts',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure'
	},
	// Journeys drive the built app (run `npm run build` first; scripts/test.sh does).
	webServer: {
		command: `PORT=${port} HOST=127.0.0.1 node build`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !isCI,
		timeout: 60_000,
		stdout: 'pipe',
		stderr: 'pipe'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				// design.md: Debian's Chromium, never a downloaded browser build.
				launchOptions: {
					executablePath: '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run',
						'--disable-quic'
					]
				}
			}
		}
	]
});
