import { getRequestConfig } from "next-intl/server";
import { defaultLocale, loadMessages } from "./messages";

export default getRequestConfig(async () => ({
  locale: defaultLocale,
  timeZone: "Europe/Stockholm",
  messages: loadMessages(defaultLocale),
}));
