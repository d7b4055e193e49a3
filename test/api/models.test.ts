import { describe, expect, it } from 'vitest';
import { GET as list, fallback as listFallback } from '../../src/routes/api/models/+server';
import { GET as one, fallback as oneFallback } from '../../src/routes/api/models/[file]/+server';
import { BASE, call } from './event';
import { exampleModelFiles, readModel } from './fixtures';

const get = (path: string) => new Request(`${BASE}${path}`);

describe('GET /api/models', () => {
	it('lists every example in models/ with its name and description, and not the JSON Schema', async () => {
		const res = await call(list, get('/api/models'));
		expect(res.status).toBe(200);
		const body = (await res.json()) as { file: string; name: string; description: string }[];
		const files = exampleModelFiles();
		expect(files).toContain('urban-backlog.json');
		expect(body.map((m) => m.file)).toEqual(files);
		for (const m of body) {
			const data = JSON.parse(readModel(m.file));
			expect(m).toEqual({ file: m.file, name: data.name, description: data.description });
		}
		expect(body.find((m) => m.file === 'urban-backlog.json')?.name).toBe('Urban trust: clearing the DXA backlog');
	});

	it('405 for POST, allowing GET', async () => {
		const res = await call(listFallback, new Request(`${BASE}/api/models`, { method: 'POST' }));
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET');
	});
});

describe('GET /api/models/[file]', () => {
	it.each(exampleModelFiles())('%s: the file exactly as stored', async (file) => {
		const res = await call(one, get(`/api/models/${file}`), { file });
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await res.text()).toBe(readModel(file));
	});

	it('accepts the name without ".json"', async () => {
		const res = await call(one, get('/api/models/urban-backlog'), { file: 'urban-backlog' });
		expect(await res.text()).toBe(readModel('urban-backlog.json'));
	});

	it.each(['scenario.schema.json', '../package.json', '..%2Fpackage.json', '..\\package.json', 'URBAN-BACKLOG.json', '', 'constructor', '__proto__'])(
		'404 for "%s" (only listed examples are served)',
		async (file) => {
			const res = await call(one, get('/api/models/x'), { file });
			expect(res.status).toBe(404);
			const body = (await res.json()) as { errors: { path: string; message: string }[] };
			expect(body.errors[0]?.message).toMatch(/^no example model named/);
		}
	);

	it('405 for DELETE, allowing GET', async () => {
		const res = await call(oneFallback, new Request(`${BASE}/api/models/urban-backlog.json`, { method: 'DELETE' }), { file: 'urban-backlog.json' });
		expect(res.status).toBe(405);
		expect(res.headers.get('allow')).toBe('GET');
	});
});
