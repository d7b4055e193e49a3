/**
 * Series builders: pure functions from the engine's AppraisalResult to plain arrays for the
 * charts. They select and reshape only; every number is the engine's own.
 */
export { selectOptions, type OptionRef } from './series/select';
export { demandCapacitySeries, type DemandCapacitySeries, type DemandCapacityOption, type DemandGroup, type YearValue } from './series/demandCapacity';
export { waitingListSeries, type WaitingListSeries, type WaitingListOption, type WaitingPoint } from './series/waitingList';
export { costStackSeries, type CostStackSeries, type CostCategory } from './series/costStack';
export { npcSeries, type NpcSeries, type NpcOption } from './series/npc';
export { staffWteSeries, type StaffWteSeries, type StaffWteOption, type StaffRole } from './series/staffWte';
export { flsSeries, FRACTURE_SITES, type FlsSeries, type FlsOption, type FractureSite } from './series/fls';
export { accessSeries, type AccessSeriesData, type AccessOption, type AccessLocality } from './series/access';
export { pathwaySeries, PATHWAY_STEPS, type PathwaySeriesData, type PathwayOption, type PathwayStep } from './series/pathway';
