import Link from "@/components/i18n/link";
import { Fragment, type ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { PrivacyMarkers } from "@/components/privacy/privacy-markers";
import type { QueuedStory } from "@/lib/moderation/list-queue";
import { QueueSafetyMarks, safetyStyles } from "@/components/safety/queue-safety-marks";
import { routes } from "@/lib/routes";
import { QUEUE_LINK_ATTRIBUTE } from "./queue-link";
import { QueueAge } from "./queue-age";
import styles from "./queue.module.css";

// `amendments`: items for reply amendments waiting for a colleague, placed after the urgent
// stories (the list comes urgent first).
export async function QueueStoryList({ stories, now, filtered = false, amendments = null }: { stories: QueuedStory[]; now: Date; filtered?: boolean; amendments?: ReactNode }) {
  const t = await getTranslations("Queue");
  const tRoles = await getTranslations("Common.roles");
  const format = await getFormatter();
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  const time = (at: Date) => format.dateTime(at, { timeStyle: "short" });
  const firstNotUrgent = stories.findIndex((story) => !story.urgent);
  const amendmentsAt = firstNotUrgent === -1 ? stories.length : firstNotUrgent;
  return (
    <section aria-labelledby="ko-berattelser">
      <h2 id="ko-berattelser">{t("storiesHeading")}</h2>
      <p className="muted">{filtered ? t("storiesFiltered", { count: stories.length }) : t("storiesCount", { count: stories.length })}</p>
      <ol className="plain-list">
        {stories.map((story, index) => (
          <Fragment key={story.id}>
          {index === amendmentsAt ? amendments : null}
          <li className={`card ${styles.item} ${story.urgent ? safetyStyles.urgentItem : ""}`}>
            <QueueSafetyMarks flags={story.safetyFlags} />
            <h3 className={styles.title}>{story.title}</h3>
            <QueueAge createdAt={story.createdAt} now={now} />
            {story.prepared ? (
              <p className={styles.prepared}>
                <strong>{t("awaitingColleague")}</strong>{" "}
                {story.prepared.by === null
                  ? t("preparedUnknown", { date: date(story.prepared.at) })
                  : t(story.prepared.kind === "PUBLISH" ? "preparedPublish" : "preparedReject", { name: story.prepared.by, date: date(story.prepared.at) })}
              </p>
            ) : null}
            {story.claim ? (
              <p className={styles.claim}>
                {story.claim.mine ? t("claimedByYou", { time: time(story.claim.until) }) : t("claimedBy", { name: story.claim.by, time: time(story.claim.until) })}
              </p>
            ) : null}
            <p className={styles.excerpt}>{story.excerpt}</p>
            <PrivacyMarkers markers={story.privacy} />
            <dl className={`inline-dl ${styles.meta}`}>
              <div>
                <dt>{t("municipality")}</dt>
                <dd>{story.municipalityName ?? t("noMunicipality")}</dd>
              </div>
              {story.authorRole ? (
                <div>
                  <dt>{t("role")}</dt>
                  <dd>{tRoles(story.authorRole)}</dd>
                </div>
              ) : null}
              {story.tags.length > 0 ? (
                <div>
                  <dt>{t("tags")}</dt>
                  <dd>{story.tags.join(", ")}</dd>
                </div>
              ) : null}
            </dl>
            <Link className="button" href={routes.mod.story(story.id)} aria-label={t("reviewLabel", { title: story.title })} {...{ [QUEUE_LINK_ATTRIBUTE]: "" }}>
              {t("review")}
            </Link>
          </li>
          </Fragment>
        ))}
        {amendmentsAt === stories.length ? amendments : null}
      </ol>
    </section>
  );
}
