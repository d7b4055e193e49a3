// Team pages read the space's token from the link's fragment and this browser's storage, so they are rendered on the client only.
export const ssr = false;
