import { getTranslations } from "next-intl/server";
import { orderedCounts } from "@/lib/privacy/count-findings";
import type { PrivacyMarkers as Markers } from "@/lib/privacy/privacy-markers";
import styles from "./privacy.module.css";

// Two short lines on a queue item: findings still in the text (to check), and what the server
// already replaced on arrival (nothing left to do, but it says what kind of story this is).
export async function PrivacyMarkers({ markers }: { markers: Markers }) {
  const t = await getTranslations("PrivacyMarkers");
  const tKinds = await getTranslations("PersonalData.kinds");
  const rows = [
    { key: "remaining", label: t("remaining"), counts: orderedCounts(markers.remaining), className: styles.marker },
    { key: "replaced", label: t("replaced"), counts: orderedCounts(markers.replaced), className: styles.markerReplaced },
  ] as const;
  return (
    <div className={styles.markers} role="group" aria-label={t("label")}>
      {rows.map((row) => (
        <div key={row.key} className={styles.markerRow}>
          {row.label}
          {row.counts.length === 0 ? (
            ` ${t("none")}`
          ) : (
            <ul>
              {row.counts.map(([kind, count]) => (
                <li key={kind} className={row.className}>
                  {t("count", { kind: tKinds(kind), count })}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
