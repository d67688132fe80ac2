import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthorControl.erased");
  return { title: t("metaTitle"), robots: "noindex" };
}

// Where an erasure ends. It knows nothing about the story: there is nothing left to know.
export default async function StoryErasedPage() {
  const t = await getTranslations("AuthorControl.erased");
  return (
    <>
      <h1>{t("title")}</h1>
      <p role="status">{t("text")}</p>
      <p>{t("again")}</p>
      <p>
        <Link href={routes.home()}>{t("home")}</Link>
      </p>
    </>
  );
}
