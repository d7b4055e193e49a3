import * as XLSXNamespace from 'xlsx';

/**
 * SheetJS, the same object in every runtime. Vite bundles `xlsx.mjs` (named exports), but Node
 * (tsx, vitest) loads the CommonJS `xlsx.js`, whose statically detected named exports are the
 * embedded CFB library's (`read`, `write`, `find`...), not SheetJS's. The real library is then on
 * `default`. Write-only use: the server never parses uploaded workbooks.
 */
type SheetJs = typeof XLSXNamespace;
const isSheetJs = (x: unknown): x is SheetJs => typeof x === 'object' && x !== null && typeof Reflect.get(x, 'utils') === 'object';
const maybeDefault: unknown = Reflect.get(XLSXNamespace, 'default');
export const XLSX: SheetJs = isSheetJs(maybeDefault) ? maybeDefault : XLSXNamespace;

export type { WorkBook, WorkSheet, CellObject, ColInfo, DefinedName } from 'xlsx';
