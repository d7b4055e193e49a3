// The workspace lives in the browser (the scenario is in memory and local storage), so its pages
// are rendered on the client only.
export const ssr = false;
