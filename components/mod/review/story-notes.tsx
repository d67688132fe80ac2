import { getFormatter, getTranslations } from "next-intl/server";
import type { StoryNoteView } from "@/lib/moderation/story-notes";
import styles from "./review.module.css";
import { StoryNoteForm } from "./story-note-form";

// "Interna anteckningar" on the review page, decided or not: the notes so far and a form for
// the next. For moderators only (lib/moderation/story-notes.ts).
export async function StoryNotes({ storyId, notes }: { storyId: string; notes: StoryNoteView[] }) {
  const t = await getTranslations("Review.notes");
  const format = await getFormatter();
  return (
    <section className={`card ${styles.notes}`} aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("heading")}</h2>
      <p className="hint">{t("intro")}</p>
      {notes.length === 0 ? (
        <p className="hint">{t("empty")}</p>
      ) : (
        <ol className="plain-list">
          {notes.map((note) => {
            const date = format.dateTime(note.createdAt, { dateStyle: "long", timeStyle: "short" });
            return (
              <li key={note.id} className={styles.note}>
                <p className="story-text">{note.body}</p>
                <p className="hint">{note.moderatorName ? t("byline", { name: note.moderatorName, date }) : t("bylineUnknown", { date })}</p>
              </li>
            );
          })}
        </ol>
      )}
      <StoryNoteForm storyId={storyId} />
    </section>
  );
}
