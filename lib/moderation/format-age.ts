import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Age" });

// How long something has waited, as a moderator says it: "2 timmar", "1 dag". Rounded down,
// because "1 dag" for something 47 hours old still reads true, and never below one minute.
export function formatAge(from: Date, now: Date = new Date()): string {
  const elapsed = Math.max(0, now.getTime() - from.getTime());
  if (elapsed < HOUR_MS) return t("minutes", { count: Math.max(1, Math.floor(elapsed / MINUTE_MS)) });
  if (elapsed < DAY_MS) return t("hours", { count: Math.floor(elapsed / HOUR_MS) });
  return t("days", { count: Math.floor(elapsed / DAY_MS) });
}
