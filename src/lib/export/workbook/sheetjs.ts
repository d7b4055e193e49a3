import * as XLSXNamespace from 'xlsx';

/**
 * SheetJS, the same object in every runtime. Vite bundles `xlsx.mjs` (named exports), but Node
 * (tsx, vitest) loads the CommonJS `xlsx.js`, whose statically detected named exports are the
 * embedded CFB library's (`read`, `write`, `find`...), not SheetJS's. The real library is then on
 * `default`. Write-only use: the server never parses uploaded workbooks.
 */
type SheetJs = typeof XLSXNamespace;
const maybeDefault = (XLSXNamespace as unknown as { default?: SheetJs }).default;
export const XLSX: SheetJs = maybeDefault && typeof maybeDefault.utils === 'object' ? maybeDefault : XLSXNamespace;

export type { WorkBook, WorkSheet, CellObject, ColInfo, DefinedName } from 'xlsx';
