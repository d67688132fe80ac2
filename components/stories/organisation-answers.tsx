import { getTranslations } from "next-intl/server";
import type { PublicAnswer } from "@/lib/stories/public-answers";
import { dayValues, PublishedDate } from "./published-date";
import { StoryText } from "./story-text";
import styles from "./organisation-answers.module.css";

// The organisations' public answers, set apart from the moderators' reply: under the
// organisation's name, marked as verified in words (not by an icon alone), with its contact
// address and the history of what changed, oldest first. Never a person's name.
// The receipt page shows the address as text: it links to nothing outside this site.
export async function OrganisationAnswers({
  answers,
  headingId = "socialtjanstens-svar",
  headingLevel = 2,
  linkContact = true,
}: {
  answers: PublicAnswer[];
  headingId?: string;
  headingLevel?: 2 | 3;
  linkContact?: boolean;
}) {
  if (answers.length === 0) return null;
  const t = await getTranslations("ReaderAnswers");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  const Minor = headingLevel === 2 ? "h4" : "h5";
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <Heading id={headingId}>{t("heading")}</Heading>
      <ol className="plain-list">
        {answers.map((answer, index) => (
          <li key={`${answer.organisation.name}-${index}`} className={styles.answer}>
            <Sub className={styles.organisation}>{answer.organisation.name}</Sub>
            <p className={styles.verified} title={t("verifiedHint")}>
              <span aria-hidden="true">✓ </span>
              {t("verified")}
            </p>
            <p className={styles.date}>{t.rich("published", dayValues(answer.publishedAt))}</p>
            <StoryText text={answer.body} />
            <p className={styles.contact}>
              {t("contact")}:{" "}
              {linkContact ? <a href={`mailto:${answer.organisation.contactEmail}`}>{answer.organisation.contactEmail}</a> : answer.organisation.contactEmail}
            </p>
            {answer.marks.length > 0 ? (
              <>
                <Minor id={`${headingId}-andringar-${index}`} className={styles.marksHeading}>
                  {t("marksHeading")}
                </Minor>
                <ol className={styles.marks} aria-labelledby={`${headingId}-andringar-${index}`}>
                  {answer.marks.map((mark, markIndex) => (
                    <li key={`${mark.date}-${markIndex}`} className={styles.mark}>
                      <p className={styles.markKind}>
                        <strong>{t(`kinds.${mark.kind}`)}</strong> · <PublishedDate day={mark.date} />
                      </p>
                      <p className={styles.markText}>{mark.description}</p>
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
