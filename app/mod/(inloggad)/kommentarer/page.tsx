import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PendingCommentList } from "@/components/mod/review/pending-comment-list";
import { requireModerator } from "@/lib/auth/session";
import { listPendingComments } from "@/lib/moderation/list-pending-comments";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("CommentModeration");
  return { title: t("metaTitle") };
}

export default async function PendingCommentsPage() {
  await requireModerator();
  const [comments, t] = await Promise.all([listPendingComments(), getTranslations("CommentModeration")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <PendingCommentList comments={comments} now={new Date()} />
    </>
  );
}
