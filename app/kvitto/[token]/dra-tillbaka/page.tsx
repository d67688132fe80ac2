import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { withdrawStoryAction } from "@/lib/actions/public/receipt";
import { ConfirmAuthorAction } from "@/components/receipt/confirm-author-action";
import { routes } from "@/lib/routes";
import { canTransitionStory } from "@/lib/stories/story-status";
import { retentionConfig } from "@/lib/retention/retention-config";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthorControl.withdraw");
  return { title: t("metaTitle"), robots: "noindex" };
}

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
          <Link href={routes.receipt(token)}>{t("cancel")}</Link>
        </p>
      </>
    );
  }
  return (
    <ConfirmAuthorAction
      token={token}
      heading={t("title")}
      storyTitle={story.title}
      whatHappens={t("whatHappens")}
      consequences={[t("hidden"), t("kept", { days: retentionConfig().withdrawnDays }), t("final")]}
      action={withdrawStoryAction}
      confirmLabel={t("confirm")}
      cancelLabel={t("cancel")}
    />
  );
}
