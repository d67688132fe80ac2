"use server";

import { z } from "zod";
import { renewFeedToken } from "@/lib/alerts/renew-feed-token";
import { saveAlertSettings } from "@/lib/alerts/save-alert-settings";
import { alertSettingsSchema } from "@/lib/alerts/schemas";
import { responderAction } from "@/lib/actions/responder-action";

// A responder's own alerts and feed: each acts on the caller's account only, never on an id
// from the form.
export const saveAlertSettingsAction = responderAction({ schema: alertSettingsSchema }, async (settings, { responder }) => {
  await saveAlertSettings({ responderId: responder.id, settings });
});

export const renewFeedTokenAction = responderAction({ schema: z.object({}) }, async (_input, { responder }) => renewFeedToken({ responderId: responder.id }));
