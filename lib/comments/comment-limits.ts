// Apart from the schema, so that a page can quote the limits without loading zod.
export const commentLimits = { bodyMin: 2, bodyMax: 2_000 } as const;
