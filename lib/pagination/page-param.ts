import { z } from "zod";

// Far beyond any real archive; keeps the offset a small, safe number for the database.
// Without a ceiling, `?sida=1e20` became an offset the database driver refused: a 500.
const MAX_PAGE = 100_000;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

// Strict, for the API: a client should hear about a bad value. The message is a key.
export const pageParam = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: "invalidPage" })
    .int("invalidPage")
    .min(1, "invalidPage")
    .max(MAX_PAGE, "invalidPage")
    .default(1),
);

// Lenient, for pages: a person who edits the address by hand gets page 1 rather than an error.
export function pageFromSearchParam(value: string | string[] | undefined): number {
  return pageParam.catch(1).parse(Array.isArray(value) ? value[0] : value);
}
