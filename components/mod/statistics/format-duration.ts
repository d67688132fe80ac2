import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";

const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Statistics.duration" });

// A median time to decision as a moderator says it: "45 min", "3 h 20 min", "2 dagar 4 h".
// Rounded to the minute; with days, the minutes are left out. Days are whole 24 hours, not
// working days.
export function formatDuration(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) return t("minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? t("hours", { hours }) : t("hoursMinutes", { hours, minutes: minutes % 60 });
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? t("days", { days }) : t("daysHours", { days, hours: hours % 24 });
}
