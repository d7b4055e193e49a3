/**
 * Charts for the DXA Service Planner: d3 computes scales and path strings, Svelte draws SVG.
 *
 * Usage: give a chart the engine's result and, optionally, the options to show.
 *
 *   <DemandCapacityChart result={workspace.result} />
 *   <WaitingListChart {result} optionIds={['bau', 'second']} large />
 *   <CostStackChart {result} optionId="second" />
 *
 * Every chart has a title, units, a legend, a data table (its text alternative) and SVG/PNG
 * downloads; `large` is for presentation mode. Option colours follow the option's position in
 * `result.options`, so an option looks the same in every chart.
 *
 * To build another chart (tornado, distributions), compose the pieces inside ChartFrame:
 * its `children` snippet receives `{ width, height, theme }`; make d3 scales from them and draw
 * AxisX, AxisY, LinePath, Bars, StackedBars and ReferenceLine with the same `theme`.
 */
export { default as ChartFrame } from './ChartFrame.svelte';
export { default as AxisX } from './AxisX.svelte';
export { default as AxisY } from './AxisY.svelte';
export { default as LinePath } from './LinePath.svelte';
export { default as Bars } from './Bars.svelte';
export { default as StackedBars } from './StackedBars.svelte';
export { default as ReferenceLine } from './ReferenceLine.svelte';
export { default as Legend } from './Legend.svelte';
export { default as Swatch } from './Swatch.svelte';
export { default as Marker } from './Marker.svelte';
export { default as DataTable } from './DataTable.svelte';

export { default as DemandCapacityChart } from './DemandCapacityChart.svelte';
export { default as WaitingListChart } from './WaitingListChart.svelte';
export { default as CostStackChart } from './CostStackChart.svelte';
export { default as NpcChart } from './NpcChart.svelte';
export { default as StaffWteChart } from './StaffWteChart.svelte';
export { default as FlsChart } from './FlsChart.svelte';
export { default as AccessChart } from './AccessChart.svelte';
export { default as PathwayChart } from './PathwayChart.svelte';

export * from './series';
export * from './palette';
export type { LegendItem, DataTable as DataTableModel, DataTableRow, MarkerShape, AxisScale, BarDatum, Stack, StackSeries } from './types';
export { chartTheme, textWidth, wrapLabel, wrapText, type ChartTheme } from './theme';
export { plotMargin, fitCategoryLabels, categoryRangeHeight, wrapToFit, yearTicks, type Margin, type FittedLabels, type LabelWrap } from './layout';
export { stackLayout, type StackedSegment } from './stackLayout';
export { composeExportSvg, type ExportSvgInput } from './exportSvg';
