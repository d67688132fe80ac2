// Apart from the schema, so that a page can quote the limits without loading zod.
export const siteFeedbackLimits = { bodyMin: 5, bodyMax: 2_000, pageUrlMax: 500 } as const;
