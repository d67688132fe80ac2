import { z } from "zod";

// A row id a moderator form sends back (a story, comment, reply, fact, tag or template). Prisma
// makes them 21 (nanoid) or 25 (cuid) characters long; one far longer cannot name a row, so it
// is refused beside the form, like a missing one ("Något saknas i formuläret. Ladda om sidan."),
// instead of being looked up.
export const ROW_ID_MAX = 64;

export const rowIdSchema = z.string({ error: "idRequired" }).trim().min(1, "idRequired").max(ROW_ID_MAX, "idRequired");
