export * from './types';
export * from './geo';
export { journeyValue } from './value';
export { summariseAccess, currentAssignment, type AccessFigures, type AccessSummary, type LocalityAccess } from './summary';
export { rankSingleSites, type RankedSite, type RankOptions } from './rankSites';
export { planMobileStops, type MobilePlan, type MobilePlanOptions, type PlannedStop } from './mobilePlan';
export { travelChangesFor, type SiteTravelChange } from './travelChanges';
