import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteTagButton } from "@/components/mod/tags/delete-tag-button";
import { TagForm } from "@/components/mod/tags/tag-form";
import { requireModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getTag } from "@/lib/tags/get-tag";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Tags");
  return { title: t("editHeading") };
}

export default async function EditTagPage({ params }: { params: Promise<{ id: string }> }) {
  await requireModerator();
  const { id } = await params;
  const tag = await getTag({ tagId: id });
  if (!tag) notFound();
  const t = await getTranslations("Tags");
  return (
    <>
      <p>
        <Link href={routes.mod.tags()}>{t("backToList")}</Link>
      </p>
      <h1>{t("editHeading")}</h1>
      <TagForm
        tag={{
          id: tag.id,
          slug: tag.slug,
          name: tag.name,
          description: tag.description,
          nameFi: tag.nameFi,
          nameEn: tag.nameEn,
          descriptionFi: tag.descriptionFi,
          descriptionEn: tag.descriptionEn,
        }}
      />
      <section aria-labelledby="delete-tag-heading">
        <h2 id="delete-tag-heading">{t("delete.heading")}</h2>
        {tag.storyCount > 0 ? (
          <p>{t("delete.inUse", { count: tag.storyCount })}</p>
        ) : (
          <>
            <p>{t("delete.canDelete")}</p>
            <DeleteTagButton tagId={tag.id} name={tag.name} />
          </>
        )}
      </section>
    </>
  );
}
