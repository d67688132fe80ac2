import { diffWords } from "diff";
import styles from "./review.module.css";

// The author's original against the text about to be published, word by word (jsdiff). Removed
// words are struck through and added ones underlined, and each is also named in words for a
// screen reader, which announces neither style.
export function TextDiff({ before, after, removedLabel, addedLabel }: { before: string; after: string; removedLabel: string; addedLabel: string }) {
  return (
    <p className={styles.diff}>
      {diffWords(before, after).map((part, index) => {
        if (part.removed) {
          return (
            <del key={index}>
              <span className="visually-hidden">{removedLabel} </span>
              {part.value}
            </del>
          );
        }
        if (part.added) {
          return (
            <ins key={index}>
              <span className="visually-hidden">{addedLabel} </span>
              {part.value}
            </ins>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </p>
  );
}
