import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { saveAuthorEdit } from "@/lib/actions/public/receipt";
import { AuthorEditForm } from "@/components/receipt/author-edit-form";
import { routes } from "@/lib/routes";
import { localHref } from "@/lib/i18n/current-locale";
import { isStoryEditable } from "@/lib/stories/story-status";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthorControl.edit");
  return { title: t("metaTitle"), robots: "noindex" };
}

export default async function EditStoryPage({ params }: Props) {
  const { token } = await params;
  const story = await getStoryByReceipt({ token });
  if (!story) notFound();
  // A decided story is not editable; the receipt page says what it is now.
  if (!isStoryEditable(story.status)) redirect(await localHref(routes.receipt(token)));
  const t = await getTranslations("AuthorControl.edit");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AuthorEditForm token={token} initial={{ title: story.title, body: story.body }} saveAuthorEdit={saveAuthorEdit} />
    </>
  );
}
