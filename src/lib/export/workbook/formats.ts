/** Number formats written to cells (`z`), in Excel format-code syntax that LibreOffice also reads. */
export const FMT = {
	/** Whole pounds; negatives in brackets-free minus so exported CSVs stay numeric. */
	gbp: '"£"#,##0;-"£"#,##0',
	gbp2: '"£"#,##0.00;-"£"#,##0.00',
	pct: '0.0%',
	pct2: '0.00%',
	wte: '0.00',
	factor: '0.0000',
	count: '#,##0',
	count1: '#,##0.0',
	dec2: '#,##0.00',
	year: '0',
	/** A whole number without separators (seeds, identifiers). */
	int: '0',
	date: 'yyyy-mm-dd'
} as const;

export type FormatName = keyof typeof FMT;
