import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import type { StoryStatus } from "@/generated/prisma/client";
import { routes } from "@/lib/routes";
import { canTransitionStory, isAwaitingColleague, isStoryEditable } from "@/lib/stories/story-status";

type Props = { token: string; status: StoryStatus; withdrawnDays: number };

// What the author can still do, given the story's status. Each action opens its own page that
// says what will happen and asks once more, so nothing is lost to a stray click.
export async function AuthorControls({ token, status, withdrawnDays }: Props) {
  const t = await getTranslations("AuthorControl.controls");
  const canWithdraw = canTransitionStory(status, "WITHDRAWN");
  return (
    <section aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <ul className="plain-list">
        {isStoryEditable(status) ? (
          <li>
            <Link className="button secondary" href={routes.receiptEdit(token)}>
              {t("edit")}
            </Link>
            <p className="hint">{t("editHint")}</p>
          </li>
        ) : null}
        {isAwaitingColleague(status) ? (
          <li>
            <p className="hint">{t("lockedForReview")}</p>
          </li>
        ) : null}
        {canWithdraw ? (
          <li>
            <Link className="button secondary" href={routes.receiptWithdraw(token)}>
              {t("withdraw")}
            </Link>
            <p className="hint">{t("withdrawHint", { days: withdrawnDays })}</p>
          </li>
        ) : null}
        <li>
          <Link className="button danger" href={routes.receiptErase(token)}>
            {t("erase")}
          </Link>
          <p className="hint">{t("eraseHint")}</p>
        </li>
      </ul>
    </section>
  );
}
