"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { houseStyleSchema } from "@/lib/settings/house-style-schema";
import { setHouseStyle } from "@/lib/settings/set-house-style";

// Only an admin sets the opening and closing every reply goes out with.
export const setHouseStyleAction = moderatorAction({ schema: houseStyleSchema, roles: ["ADMIN"] }, (input, moderator) =>
  setHouseStyle({ actorId: moderator.id, ...input }),
);
