import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TagForm } from "@/components/mod/tags/tag-form";
import { DoneNotice } from "@/components/forms/done-notice";
import { TagTable } from "@/components/mod/tags/tag-table";
import { requireModerator } from "@/lib/auth/session";
import { listTagsForModeration } from "@/lib/tags/list-tags-for-moderation";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Tags");
  return { title: t("metaTitle") };
}

export default async function TagsPage({ searchParams }: { searchParams: Promise<{ klart?: string | string[] }> }) {
  await requireModerator();
  const [{ klart }, tags, t] = await Promise.all([searchParams, listTagsForModeration(), getTranslations("Tags")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <DoneNotice page="tags" klart={klart} />
      <p>{t("intro")}</p>
      <TagTable tags={tags} />
      <section aria-labelledby="new-tag-heading">
        <h2 id="new-tag-heading">{t("createHeading")}</h2>
        <TagForm />
      </section>
    </>
  );
}
