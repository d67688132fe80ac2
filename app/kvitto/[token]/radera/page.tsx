import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { eraseStoryAction } from "@/app/kvitto/actions";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuthorControl.erase");
  return { title: t("metaTitle"), robots: "noindex" };
}

// The confirmation step before erasing for good. Erasing is open in every status.
export default async function EraseStoryPage({ params }: Props) {
  const { token } = await params;
  const story = await getStoryByReceipt({ token });
  if (!story) notFound();
  const t = await getTranslations("AuthorControl.erase");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="card">
        <strong>{story.title}</strong>
      </p>
      <p>{t("whatHappens")}</p>
      <ul>
        <li>{t("story")}</li>
        <li>{t("comments")}</li>
        <li>{t("receipt")}</li>
        <li>{t("log")}</li>
      </ul>
      <p>
        <strong>{t("undo")}</strong>
      </p>
      <form action={eraseStoryAction} className="row">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="danger">
          {t("confirm")}
        </button>
        <Link href={`/kvitto/${token}`}>{t("cancel")}</Link>
      </form>
    </>
  );
}
