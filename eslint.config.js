import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	{
		ignores: [
			'node_modules/',
			'build/',
			'.svelte-kit/',
			'test-results/',
			'playwright-report/',
			'coverage/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// typescript-eslint: TypeScript itself reports undefined names better than no-undef.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// design.md: the engine runs unchanged in the browser, Node, the CLI and a worker,
		// so it must not depend on UI, SvelteKit runtime, DOM or export libraries.
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{ name: 'svelte', message: 'The engine (src/lib/model) must not import svelte.' },
						{ name: 'xlsx', message: 'The engine must not import xlsx; exports live in src/lib/export.' },
						{ name: 'docx', message: 'The engine must not import docx; exports live in src/lib/export.' },
						{ name: 'd3-selection', message: 'The engine must not touch the DOM (d3-selection).' }
					],
					patterns: [
						{ group: ['svelte/*'], message: 'The engine (src/lib/model) must not import svelte.' },
						{ group: ['$app/*'], message: 'The engine must not import SvelteKit runtime modules ($app/*).' },
						{ group: ['xlsx/*', 'docx/*', 'd3-selection/*'], message: 'The engine must not import export or DOM libraries.' },
						{
							// design.md: views, exports, CLI and API read the engine's results; the engine reads none of them.
							group: ['$lib/*', '**/export', '**/export/**', '**/charts', '**/charts/**', '**/state', '**/state/**', '**/components', '**/components/**', '**/routes', '**/routes/**', '**/server', '**/server/**', '**/cli', '**/cli/**', '**/workers', '**/workers/**'],
							message: 'The engine (src/lib/model) must not import from export, charts, state, components, routes, server, cli or workers: they read its results, never the other way round.'
						}
					]
				}
			]
		}
	},
	{
		// Issue 9: exporters receive the analyses and never run the engine themselves (each
		// sensitivity figure is a full re-run of the model); they may read its types and constants.
		files: ['src/lib/export/**'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/model/appraise', '**/model/kernel', '**/model/tabulate', '**/model/summarise', '**/model/uncertainty/*', '!**/model/uncertainty/types'],
							allowTypeImports: true,
							message: 'Exporters receive the engine\'s results and analyses; they never run the engine (src/lib/model) themselves.'
						},
						{
							regex: '(^|/)model(/index|/uncertainty(/index)?)?$',
							importNames: ['appraise', 'appraiseOption', 'appraiseSummaries', 'Arena', 'arenaFor', 'oneWaySensitivity', 'switchingValues', 'sensitivityAnalyses', 'runPsa', 'simulatePsa', 'evaluate'],
							allowTypeImports: true,
							message: 'Exporters receive the engine\'s results and analyses; they never run the engine (src/lib/model) themselves.'
						}
					]
				}
			]
		}
	}
);
