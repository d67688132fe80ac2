import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/form-message";

const notices = ["publicerad", "avslagen", "forberedd", "godkand", "tillbakaskickad"] as const;
type Notice = (typeof notices)[number];

// After publishing or rejecting, the review page sends the moderator to /mod?klart=publicerad
// (or =avslagen; with colleague review =forberedd, =godkand, =tillbakaskickad). The queue renders this with its searchParams.klart to confirm what happened.
export async function StoryDecisionNotice({ klart }: { klart?: string | string[] }) {
  const value = Array.isArray(klart) ? klart[0] : klart;
  if (!notices.includes(value as Notice)) return null;
  const t = await getTranslations("Review.notice");
  return <FormMessage kind="success">{t(value as Notice)}</FormMessage>;
}
