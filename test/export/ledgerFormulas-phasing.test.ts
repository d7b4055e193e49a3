import { describe, expect, it } from 'vitest';
import { evaluate } from 'mathjs';
import { appraise } from '../../src/lib/model/appraise';
import { ledgerTerms, sumFormula } from '../../src/lib/export/workbook/ledgerFormulas';
import { scenarioWith } from '../model/helpers';

/**
 * The workbook's cost formulas follow the engine's ledger when option changes are phased (issue #11):
 * with no Inputs cell for any path the terms are the numbers themselves, so each year's formula
 * evaluates to the engine's figure. Horizon 12 years from 2026; the baseline scanner (2020, 10-year
 * life) is replaced in 2030 at its own price, or at the option's price when the change has started.
 */
const s = scenarioWith((r) => {
	r.horizonYears = 12;
	r.options.push({ id: 'later', name: 'Dearer scanner from 2029', scannerChanges: [{ scannerId: 'main', purchaseCostGbp: 300000, maintenancePerYearGbp: 20000, startYear: 2029 }] });
	r.options.push({ id: 'late', name: 'Change from 2031', scannerChanges: [{ scannerId: 'main', purchaseCostGbp: 300000, startYear: 2031 }] });
	r.options.push({ id: 'gone', name: 'New scanner 2027, old one out from 2029', addScanners: [{ id: 'new', name: 'New', installedYear: 2027 }], removeScannerIds: ['main'], removeScannerYears: { main: 2029 } });
});
const result = appraise(s);

describe('workbook cost formulas with phased option changes', () => {
	for (const id of ['later', 'late', 'gone']) {
		it(`equal the engine's capital, maintenance, estates and residual for "${id}"`, () => {
			const o = result.options.find((x) => x.id === id)!;
			const t = ledgerTerms(s, id, new Map());
			for (let y = 0; y < s.horizonYears; y++) {
				const f = o.cashFlows[y]!;
				for (const c of ['scanner', 'installation', 'it', 'roomWorks'] as const) expect(evaluate(sumFormula(t.capital[c]?.[y]))).toBeCloseTo(f.capital[c] ?? 0, 6);
				for (const c of ['maintenance', 'estates', 'crossCalibration'] as const) expect(evaluate(sumFormula(t.revenue[c]?.[y]))).toBeCloseTo(f.revenue[c] ?? 0, 6);
			}
			const residual = t.residual.length ? evaluate(t.residual.join('+')) : 0;
			expect(residual).toBeCloseTo(o.cashFlows[s.horizonYears - 1]!.residualValue, 6);
		});
	}

	it('buys the 2030 replacement at the changed price once the change has started', () => {
		// 'later' (from 2029): the 2030 replacement (year index 4) costs 300,000; 'late' (from 2031): 214,000.
		expect(result.options.find((x) => x.id === 'later')!.cashFlows[4]!.capital.scanner).toBe(300000);
		expect(result.options.find((x) => x.id === 'late')!.cashFlows[4]!.capital.scanner).toBe(214000);
		// 'gone': the old scanner leaves before its 2030 replacement: only the new one's 214,000 in 2027 and at its replacement in 2037.
		expect(result.options.find((x) => x.id === 'gone')!.cashFlows.map((f) => f.capital.scanner)).toEqual([0, 214000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 214000]);
		// Residual value at the end of 2037: 'later' bought (300,000 + 20,000 + 10,000) in 2030 (index 4) with
		// 10 - (12 - 4) = 2 years left: 330,000 x 2 / 10 = 66,000; 'gone' only the new scanner's 2037
		// replacement, 244,000 x 9 / 10 = 219,600 (none for the scanner removed in 2029).
		expect(result.options.find((x) => x.id === 'later')!.cashFlows[11]!.residualValue).toBeCloseTo(66000, 6);
		expect(result.options.find((x) => x.id === 'gone')!.cashFlows[11]!.residualValue).toBeCloseTo(219600, 6);
	});
});
