import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReceiptReplies } from "@/components/receipt/receipt-replies";
import { ReceiptStatus } from "@/components/receipt/receipt-status";
import { SaveLinkBox } from "@/components/receipt/save-link-box";
import { EmergencyNumbers } from "@/components/safety/emergency-numbers";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ ny?: string | string[] }> };

// The token in this address is the author's only key. The page is kept out of search engines,
// and it links to nothing outside this site, so the address never leaves in a Referer header.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Receipt");
  return { title: t("metaTitle"), robots: "noindex" };
}

export default async function ReceiptPage({ params, searchParams }: Props) {
  const { token } = await params;
  const story = await getStoryByReceipt({ token });
  if (!story) notFound();
  const justSent = (await searchParams).ny === "1";
  const t = await getTranslations("Receipt");
  const format = await getFormatter();

  return (
    <>
      <h1>{t("title")}</h1>
      {story.urgent && (justSent || story.status === "PENDING") ? <EmergencyNumbers flags={story.safetyFlags} /> : null}
      {justSent ? <SaveLinkBox path={`/kvitto/${token}`} /> : null}
      <ReceiptStatus id={story.id} status={story.status} rejectionReason={story.rejectionReason} />
      <section aria-labelledby="story-heading">
        <h2 id="story-heading">{t("storyHeading")}</h2>
        <p className="muted">
          {t("submittedAt", { date: format.dateTime(story.createdAt, { dateStyle: "long" }) })}. {t("storyNote")}
        </p>
        <article className="card">
          <h3>{story.title}</h3>
          <p className="story-text">{story.body}</p>
        </article>
      </section>
      <ReceiptReplies replies={story.replies} />
    </>
  );
}
