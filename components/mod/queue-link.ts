// The queue's review links carry this attribute; the keyboard shortcuts (j, k, o) move between
// them. Kept out of the client component so the server-rendered queue can import it as a string.
export const QUEUE_LINK_ATTRIBUTE = "data-queue-link";
