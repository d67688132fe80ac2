// The facts of the accessibility statement (/tillganglighet) that are not words: when it was
// made and last reviewed (change reviewedOn whenever the statement is checked against the site
// again), and where the supervisory authority takes complaints.
export const accessibilityStatement = {
  madeOn: "2026-12-05",
  reviewedOn: "2026-12-05",
  // Myndigheten för digital förvaltning (Digg) supervises the law (2018:1937).
  supervisoryAuthorityUrl: "https://www.digg.se/",
} as const;
