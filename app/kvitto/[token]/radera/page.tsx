import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { eraseStoryAction } from "@/lib/actions/public/receipt";
import { ConfirmAuthorAction } from "@/components/receipt/confirm-author-action";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthorControl.erase");
  return { title: t("metaTitle"), robots: "noindex" };
}

// Erasing is open in every status.
export default async function EraseStoryPage({ params }: Props) {
  const { token } = await params;
  const story = await getStoryByReceipt({ token });
  if (!story) notFound();
  const t = await getTranslations("AuthorControl.erase");
  return (
    <ConfirmAuthorAction
      token={token}
      heading={t("title")}
      storyTitle={story.title}
      whatHappens={t("whatHappens")}
      consequences={[t("story"), t("comments"), t("receipt"), t("log")]}
      warning={t("undo")}
      action={eraseStoryAction}
      confirmLabel={t("confirm")}
      cancelLabel={t("cancel")}
    />
  );
}
