import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, localeTags } from "@/lib/locales";
import { loadMessages } from "./messages";

// The language is the one proxy.ts read from the path and passed on in next-intl's request
// header; anything else (the moderator area, the API) is Swedish.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale: localeTags[locale], timeZone: "Europe/Stockholm", messages: loadMessages(locale) };
});
