/**
 * The engine's structure, checked from its source: no import cycles inside src/lib/model (a cycle
 * made the schema depend on the uncertainty checks that read the schema).
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

describe('engine structure', () => {
	const files = sources(MODEL);
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
