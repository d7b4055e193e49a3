import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		typescript: {
			// SvelteKit's generated tsconfig only covers src/ and tests/; the project keeps
			// unit tests in test/, browser journeys in e2e/ and tooling in scripts/.
			config: (tsconfig) => {
				tsconfig.include.push(
					'../test/**/*.ts',
					'../e2e/**/*.ts',
					'../scripts/**/*.ts',
					'../playwright.config.ts'
				);
				return tsconfig;
			}
		}
	}
};

export default config;
