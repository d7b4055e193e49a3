import { describe, it, expect } from 'vitest';
import { inputLabels, placeholderNote, withInputLabels } from '../../src/lib/present';
import { exampleModels } from '../export/models';

/**
 * The Uncertainty page, the tornado, the switching values and the exports name an uncertain input
 * by its schema label with the item it belongs to, never by its scenario path.
 */
const urban = exampleModels().find((m) => m.slug === 'urban-backlog');
if (!urban) throw new Error('urban-backlog example missing');

describe('input labels by path', () => {
	it('names the urban example\'s uncertain inputs by label and item, never by path', () => {
		const label = inputLabels(urban.scenario);
		expect(label('scanners[0].dnaRate')).toBe('Main hospital scanner: DNA rate');
		expect(label('fls.refractureRisk5y')).not.toContain('fls.');
		const option = urban.scenario.options[2];
		const added = option?.addScanners[0];
		expect(label('options[2].addScanners[0].purchaseCostGbp')).toBe(`${option?.name} › ${added?.name}: Scanner price`);
		// Every uncertain input of the example: no label keeps a path's dots or brackets.
		for (const u of urban.scenario.uncertainty?.inputs ?? []) expect(label(u.path), u.path).not.toMatch(/\[\d+\]|^[a-z]+\.[a-z]/);
	});

	it('relabels items keyed by path and leaves unknown paths as they are', () => {
		const out = withInputLabels(urban.scenario, [{ path: 'scanners[0].dnaRate', label: 'DNA rate', low: 0.05 }, { path: 'no.such', label: 'x' }]);
		expect(out).toEqual([{ path: 'scanners[0].dnaRate', label: 'Main hospital scanner: DNA rate', low: 0.05 }, { path: 'no.such', label: 'no.such' }]);
	});
});

describe('input labels on a scenario as written', () => {
	it('names a role-keyed input of a stored version that leaves out the lists the schema defaults (options without addScanners)', async () => {
		const { listInputs } = await import('../../src/lib/model/catalogue');
		const { inputLabel } = await import('../../src/lib/present');
		const raw = structuredClone(urban.input) as Record<string, unknown>;
		// A team space keeps the scenario as typed: an option may have no addScanners list at all.
		const options = raw.options as Record<string, unknown>[];
		for (const o of options) delete o.addScanners;
		const entries = listInputs(raw);
		const dna = entries.find((e) => e.path === 'scanners[0].dnaRate');
		if (!dna) throw new Error('no DNA rate input');
		expect(inputLabel(raw as never, dna)).toBe('Main hospital scanner: DNA rate');
		// Every listed input gets a label without throwing, and none is a path.
		for (const e of entries) expect(inputLabel(raw as never, e)).not.toMatch(/\[\d+\]\./);
	});
});

describe('placeholderNote: the source after the Placeholder badge does not say Placeholder again', () => {
	it('drops the leading "Placeholder:" and capitalises what follows', () => {
		expect(placeholderNote('Placeholder: about 70,000 hip fractures a year')).toBe('About 70,000 hip fractures a year');
		expect(placeholderNote('Placeholder: 1 counts every fracture in the rates')).toBe('1 counts every fracture in the rates');
	});
	it('leaves other notes as they are, and an absent one empty', () => {
		expect(placeholderNote('Placeholder (docs/research/x.md, section 5): no source gives it')).toBe('Placeholder (docs/research/x.md, section 5): no source gives it');
		expect(placeholderNote('NICE CG146 (2012)')).toBe('NICE CG146 (2012)');
		expect(placeholderNote(undefined)).toBe('');
	});
});
