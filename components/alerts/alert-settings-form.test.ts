import { NextIntlClientProvider } from "next-intl";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { clientNamespaces, pickMessages } from "@/i18n/client-namespaces";
import { loadMessages } from "@/i18n/messages";
import { AlertSettingsForm } from "./alert-settings-form";
import { FeedAddress } from "./feed-address";

vi.mock("next/navigation", () => ({ useRouter: () => ({ refresh: () => {} }) }));

// The settings page's two client parts, with only the messages the responders' area sends.
function render(element: React.ReactElement) {
  const messages = pickMessages(loadMessages("sv"), clientNamespaces.responder);
  return renderToString(createElement(NextIntlClientProvider, { locale: "sv", messages, timeZone: "Europe/Stockholm", children: element }));
}

describe("the alert settings", () => {
  it("shows the chosen themes ticked, and how often, in Swedish", () => {
    const html = render(
      createElement(AlertSettingsForm, {
        settings: { scope: "themes", delivery: "DIGEST", tagIds: ["t2"] },
        themes: [{ id: "t1", name: "Ekonomiskt bistånd" }, { id: "t2", name: "Barn och familj" }],
        save: async () => ({ ok: true as const }),
      }),
    );
    expect(html).toContain("Bara valda teman");
    expect(html).toMatch(/<input[^>]*id="tema-t2"[^>]*checked/);
    expect(html).not.toMatch(/<input[^>]*id="tema-t1"[^>]*checked/);
    expect(html).toMatch(/<input[^>]*id="utskick-DIGEST"[^>]*checked/);
    expect(html).not.toContain("Alerts.settings");
  });

  it("offers to make a feed address, and to renew one that exists", () => {
    expect(render(createElement(FeedAddress, { hasFeed: false, renew: async () => ({ ok: true as const, data: { url: "" } }) }))).toContain("Skapa flödesadress");
    expect(render(createElement(FeedAddress, { hasFeed: true, renew: async () => ({ ok: true as const, data: { url: "" } }) }))).toContain("Förnya flödesadress");
  });
});
