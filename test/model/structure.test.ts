/**
 * The engine's structure, checked from its source: no import cycles inside src/lib/model (a cycle
 * made the schema depend on the uncertainty checks that read the schema), and no module-level
 * mutable state (caches and scratch buffers kept between calls made the engine's answer depend on
 * what it was asked before; the work area is an arena passed in).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODEL = fileURLToPath(new URL('../../src/lib/model/', import.meta.url));

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
	});
}

/** The engine files a file imports (relative imports, type-only ones included: they tie modules together as much). */
function importsOf(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	const out: string[] = [];
	for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
		const target = resolve(dirname(file), m[1] as string);
		for (const candidate of [`${target}.ts`, join(target, 'index.ts')]) {
			try {
				if (statSync(candidate).isFile()) {
					out.push(candidate);
					break;
				}
			} catch {
				// not this one
			}
		}
	}
	return out;
}

/** The first cycle found by depth-first search, as a list of files; null when there is none. */
function findCycle(graph: Map<string, string[]>): string[] | null {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (f: string): string[] | null => {
		if (state.get(f) === 'done') return null;
		if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
		state.set(f, 'open');
		stack.push(f);
		for (const g of graph.get(f) ?? []) {
			const c = visit(g);
			if (c) return c;
		}
		stack.pop();
		state.set(f, 'done');
		return null;
	};
	for (const f of graph.keys()) {
		const c = visit(f);
		if (c) return c;
	}
	return null;
}

/**
 * Top-level declarations that hold state between calls: `let` or `var`; a mutable container (Map,
 * WeakMap, Set, array buffer, typed array) bound at module level; or an object bound at module
 * level under a type of its own (a memo or scratch record). A read-only lookup table is declared
 * ReadonlySet or ReadonlyMap; constant data is a Record, readonly, or `as const`.
 */
function moduleState(text: string): string[] {
	return text
		.split('\n')
		.filter(
			(line) =>
				/^(export )?(let|var) /.test(line) ||
				(/^(export )?const \w+(: [^=]+)? = new (Map|WeakMap|Set|WeakSet|ArrayBuffer|\w+Array)\b/.test(line) && !/: Readonly(Set|Map)</.test(line)) ||
				(/^(export )?const \w+: (?!Record<|Readonly|readonly )[\w<>, ]+ = \{/.test(line))
		);
}

describe('engine structure', () => {
	const files = sources(MODEL);

	it('keeps no state at module level', () => {
		const found = files.flatMap((f) => moduleState(readFileSync(f, 'utf8')).map((line) => `${relative(MODEL, f)}: ${line.trim()}`));
		expect(found).toEqual([]);
	});

	it('the state finder finds the kinds of state the engine used to keep', () => {
		// As they were in waitingList.ts, staffing.ts, export/sensitivity.ts, costs.ts and discount.ts; then constant data.
		const old = [
			'let queue = { arrivals: new Float64Array(0), counts: new Float64Array(0) };',
			'let scratchHours = new Float64Array(16);',
			'const cache = new WeakMap<Scenario, SensitivityAnalysis | null>();',
			'const scratchLedger: CostLedger = { capital: new Float64Array(0), revenue: new Float64Array(0), residual: new Float64Array(0) };',
			'const cost: FactorMemo = { rate: NaN, longRate: NaN, byYear: [] };',
			'const ALLOWED: ReadonlySet<string> = new Set(["a"]);',
			'export const QUANTITY_HELP: Record<string, string> = {',
			"export const AGE_BANDS = ['under50', 'age50to64'] as const;"
		];
		expect(moduleState(old.join('\n'))).toEqual(old.slice(0, 5));
	});
	const graph = new Map(files.map((f) => [f, importsOf(f)]));

	it('has no import cycle', () => {
		expect(findCycle(graph)?.map((f) => relative(MODEL, f)) ?? null).toBeNull();
	});

	it('the cycle finder finds a cycle when there is one (schema -> validate -> fields -> catalogue -> schema, as it was)', () => {
		const g = new Map([
			['schema/scenario.ts', ['uncertainty/validate.ts']],
			['uncertainty/validate.ts', ['uncertainty/fields.ts']],
			['uncertainty/fields.ts', ['catalogue.ts']],
			['catalogue.ts', ['schema/scenario.ts']]
		]);
		expect(findCycle(g)).toEqual(['schema/scenario.ts', 'uncertainty/validate.ts', 'uncertainty/fields.ts', 'catalogue.ts', 'schema/scenario.ts']);
	});
});
