import { ModNav } from "@/components/mod/mod-nav";
import { ClientMessages } from "@/i18n/client-messages";
import { getModerator, requireModerator } from "@/lib/auth/session";
import { logOutEverywhereAction } from "@/lib/actions/mod/session";
import { countQueueForRequest } from "@/lib/moderation/queue-counts";

export const dynamic = "force-dynamic";

// Every page in this group also calls requireModerator() itself: a layout is not re-rendered
// on every client navigation, so it is never the only check.
export default async function LoggedInModLayout({ children }: { children: React.ReactNode }) {
  // The set-up page for a required second factor lives in this group too; every other page
  // refuses such a moderator itself.
  const moderator = await requireModerator({ allowWithoutTotp: true });
  // A moderator still owing the second factor sees the menu, not the queue's numbers.
  const counts = (await getModerator()) ? await countQueueForRequest() : null;
  return (
    <ClientMessages area="moderator">
      <ModNav name={moderator.name} role={moderator.role} logOutEverywhere={logOutEverywhereAction} counts={counts} />
      {children}
    </ClientMessages>
  );
}
