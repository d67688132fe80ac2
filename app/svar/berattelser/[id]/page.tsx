import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { AnswerGuidance } from "@/components/answers/answer-guidance";
import { ChangeMarkForm, EditAnswerForm, NewAnswerForm } from "@/components/answers/answer-forms";
import styles from "@/components/answers/answers.module.css";
import { OwnAnswerView } from "@/components/answers/own-answer";
import { DoneNotice } from "@/components/forms/done-notice";
import { ReplyList } from "@/components/stories/reply-list";
import { StoryMeta } from "@/components/stories/story-meta";
import { StoryText } from "@/components/stories/story-text";
import { TagLinks } from "@/components/stories/tag-links";
import { ClientMessages } from "@/i18n/client-messages";
import { addChangeMarkAction, editAnswerAction, editChangeMarkAction, submitAnswerAction } from "@/lib/actions/svar/answers";
import { getAnsweringOrganisation } from "@/lib/answers/answering-organisation";
import { getStoryForResponder } from "@/lib/answers/get-story-for-responder";
import { requireResponder } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { toPublicDate } from "@/lib/stories/public-date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

// The organisation is the logged-in responder's, read from the database; the story is shown only
// when it is published and in one of its municipalities (lib/answers/answering-organisation.ts).
const load = cache(async (id: string) => {
  const responder = await requireResponder();
  const organisation = await getAnsweringOrganisation(responder.organisationId);
  if (!organisation) return null;
  const found = await getStoryForResponder(organisation, id);
  return found ? { organisation, ...found } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load((await params).id);
  return found ? { title: found.story.title } : {};
}

const editable = new Set(["PENDING", "RETURNED"]);
const closed = new Set(["REJECTED", "TAKEN_DOWN"]);

export default async function RespondStoryPage({ params, searchParams }: Props) {
  const found = await load((await params).id);
  if (!found) notFound();
  const { organisation, story, replies, answer } = found;
  const t = await getTranslations("Answers.story");
  const days = { minDay: story.publishedAt, today: toPublicDate(new Date()) };
  return (
    <ClientMessages area="responder">
      <p>
        <Link href={routes.respond.home()}>{t("back")}</Link>
      </p>
      <DoneNotice page="respondStory" klart={(await searchParams).klart} />
      <article aria-labelledby="berattelse-rubrik">
        <h1 id="berattelse-rubrik">{story.title}</h1>
        <StoryMeta story={story} />
        <TagLinks tags={story.tags} />
        <StoryText text={story.body} />
      </article>
      <ReplyList replies={replies} />
      <section aria-labelledby="ert-svar">
        <h2 id="ert-svar">{answer ? t("answerHeading") : t("writeHeading")}</h2>
        <p>{t("shownUnder", { organisation: organisation.name })}</p>
        <p>{organisation.fastTrack ? t("fastTrack") : t("moderated")}</p>
        {answer ? <OwnAnswerView storyId={story.id} answer={answer} editChangeMark={editChangeMarkAction} days={days} /> : null}
        {!answer || editable.has(answer.status) ? (
          <div className={styles.layout}>
            <div>
              {answer ? (
                <>
                  <h3>{t("editHeading")}</h3>
                  {answer.status === "PENDING" ? <p>{t("pendingEditIntro")}</p> : null}
                  <EditAnswerForm
                    storyId={story.id}
                    answerId={answer.id}
                    version={answer.version}
                    body={answer.body}
                    returned={answer.status === "RETURNED"}
                    editAnswer={editAnswerAction}
                  />
                </>
              ) : (
                <NewAnswerForm storyId={story.id} submitAnswer={submitAnswerAction} {...days} />
              )}
            </div>
            <AnswerGuidance />
          </div>
        ) : null}
        {answer && !closed.has(answer.status) ? (
          <>
            <h3>{t("addMarkHeading")}</h3>
            <ChangeMarkForm storyId={story.id} answerId={answer.id} addChangeMark={addChangeMarkAction} {...days} />
          </>
        ) : null}
      </section>
    </ClientMessages>
  );
}
