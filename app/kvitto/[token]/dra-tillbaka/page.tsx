import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withdrawStoryAction } from "@/app/kvitto/actions";
import { canTransitionStory } from "@/lib/moderation/story-transitions";
import { retentionConfig } from "@/lib/retention/retention-config";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthorControl.withdraw");
  return { title: t("metaTitle"), robots: "noindex" };
}

// The confirmation step, as a page of its own: it says plainly what withdrawing does, and
// works without JavaScript.
export default async function WithdrawStoryPage({ params }: Props) {
  const { token } = await params;
  const story = await getStoryByReceipt({ token });
  if (!story) notFound();
  const t = await getTranslations("AuthorControl.withdraw");
  if (!canTransitionStory(story.status, "WITHDRAWN")) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t("notPossible")}</p>
        <p>
          <Link href={`/kvitto/${token}`}>{t("cancel")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="card">
        <strong>{story.title}</strong>
      </p>
      <p>{t("whatHappens")}</p>
      <ul>
        <li>{t("hidden")}</li>
        <li>{t("kept", { days: retentionConfig().withdrawnDays })}</li>
        <li>{t("final")}</li>
      </ul>
      <form action={withdrawStoryAction} className="row">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="danger">
          {t("confirm")}
        </button>
        <Link href={`/kvitto/${token}`}>{t("cancel")}</Link>
      </form>
    </>
  );
}
