/**
 * The presentation layer: every date, label, unit and number format the app, the charts, the CLI,
 * the workbook and the business case show comes from here, so a month or a sum of money is written
 * the same way in each. Formatting only: no figure is computed here (the engine computes them).
 */
export * from './numbers';
export * from './calendar';
export * from './plurals';
export * from './labels';
export * from './inputs';
export * from './reason';
export * from './text';
export * from './psa';
export * from './decision';
