import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FactChanges } from "@/components/facts/fact-changes";
import { FactForm } from "@/components/facts/fact-form";
import { DoneNotice } from "@/components/forms/done-notice";
import { RepliesToAmend } from "@/components/facts/replies-to-amend";
import { VerifyFactButton } from "@/components/facts/verify-fact-button";
import styles from "@/components/facts/facts.module.css";
import { requireModerator } from "@/lib/auth/session";
import { getFact } from "@/lib/facts/get-fact";
import { listRepliesToAmend } from "@/lib/facts/list-replies-to-amend";
import { routes } from "@/lib/routes";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { factReference } from "@/lib/templates/render-template";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Facts");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

export default async function FactPage({ params, searchParams }: Props) {
  const moderator = await requireModerator();
  const [{ id }, { klart }] = await Promise.all([params, searchParams]);
  const fact = await getFact({ factId: id });
  if (!fact) notFound();
  const [replies, review, t, format] = await Promise.all([listRepliesToAmend({ factId: fact.id }), getColleagueReview(), getTranslations("Facts"), getFormatter()]);
  return (
    <>
      <p>
        <Link href={routes.mod.facts()}>{t("backToList")}</Link>
      </p>
      <h1>{fact.label}</h1>
      <DoneNotice page="fact" klart={klart} />
      <dl className="inline-dl">
        <div>
          <dt>{t("details.value")}</dt>
          <dd className={styles.reference}>{fact.value}</dd>
        </div>
        <div>
          <dt>{t("details.reference")}</dt>
          <dd className={styles.reference}>
            <code>{factReference(fact.key)}</code>
          </dd>
        </div>
        <div>
          <dt>{t("details.source")}</dt>
          <dd className={styles.reference}>
            <a href={fact.sourceUrl} rel="noopener noreferrer">
              {fact.sourceUrl}
            </a>
          </dd>
        </div>
        <div>
          <dt>{t("details.owner")}</dt>
          <dd>{fact.owner}</dd>
        </div>
        <div>
          <dt>{t("details.verified")}</dt>
          <dd>
            <time dateTime={fact.verifiedAt.toISOString()}>{format.dateTime(fact.verifiedAt, { dateStyle: "long" })}</time>
            {fact.stale ? <span className={styles.stale}> {t("staleMark")}</span> : null}
          </dd>
        </div>
      </dl>
      {moderator.role === "ADMIN" ? <VerifyFactButton factId={fact.id} /> : null}
      <RepliesToAmend factId={fact.id} replies={replies} reviewInForce={review.inForce} />
      <FactChanges changes={fact.changes} />
      {moderator.role === "ADMIN" ? (
        <section className={styles.section} aria-labelledby="edit-fact-heading">
          <h2 id="edit-fact-heading">{t("form.editHeading")}</h2>
          <FactForm
            factId={fact.id}
            initial={{
              key: fact.key,
              label: fact.label,
              value: fact.value,
              labelFi: fact.labelFi,
              valueFi: fact.valueFi,
              labelEn: fact.labelEn,
              valueEn: fact.valueEn,
              sourceUrl: fact.sourceUrl,
              owner: fact.owner,
            }}
          />
        </section>
      ) : (
        <p className="hint">{t("adminOnly")}</p>
      )}
    </>
  );
}
