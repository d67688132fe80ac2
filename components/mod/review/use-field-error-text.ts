"use client";

import { useTranslations } from "next-intl";
import { storyLimits } from "@/lib/stories/schemas";
import { commentRejectionLimits, rejectionLimits, replyLimits, returnCommentLimits } from "@/lib/moderation/schemas";
import { tagLimits } from "@/lib/tags/schemas";
import { templateLimits } from "@/lib/templates/schemas";
import { handoverLimits } from "@/lib/moderation/handover-schema";
import { factLimits } from "@/lib/facts/schemas";
import { houseStyleLimits } from "@/lib/settings/house-style-schema";
import { storyNoteLimits } from "@/lib/moderation/story-note-schema";

type ErrorNamespace = "Review.errors" | "Templates.errors" | "Tags.errors" | "Queue.handover.errors" | "Review.notes.errors" | "Facts.errors" | "HouseStyle.errors";
type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

// The numbers quoted in messages are the ones the schemas enforce, under the names the
// messages use ({titleMin}, {replyMax} …).
const values: Record<ErrorNamespace, Record<string, string | number>> = {
  "Review.errors": {
    ...storyLimits,
    replyMin: replyLimits.bodyMin,
    replyMax: replyLimits.bodyMax,
    reasonMin: rejectionLimits.reasonMin,
    reasonMax: rejectionLimits.reasonMax,
    commentReasonMax: commentRejectionLimits.reasonMax,
    min: returnCommentLimits.min,
    max: returnCommentLimits.max,
    placeholder: "{{…}}",
  },
  "Templates.errors": { ...templateLimits },
  "Tags.errors": { ...tagLimits },
  "Queue.handover.errors": { handoverMax: handoverLimits.bodyMax },
  "Review.notes.errors": { noteMax: storyNoteLimits.bodyMax },
  "Facts.errors": { ...factLimits, braces: "{{ }}" },
  "HouseStyle.errors": { ...houseStyleLimits, placeholder: "{{…}}" },
};

// Schema messages are keys; an unknown key (a rule added without text) still gives a readable line.
export function useFieldErrorText(namespace: ErrorNamespace) {
  const t = useTranslations(namespace) as unknown as Translate;
  return (key: string | undefined) => {
    if (!key) return undefined;
    return t.has(key) ? t(key, values[namespace]) : t("generic");
  };
}
