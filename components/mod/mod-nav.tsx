"use client";

import Link from "next/link";
import type { Role } from "@/generated/prisma/enums";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { queueCountsAction } from "@/lib/actions/mod/queue";
import type { QueueCounts } from "@/lib/moderation/queue-counts";
import { routePatterns, routes } from "@/lib/routes";
import { type LogOutEverywhere, LogOutEverywhereButton } from "./log-out-everywhere-button";
import styles from "./mod-nav.module.css";

type Props = { name: string; role: Role; logOutEverywhere: LogOutEverywhere; counts: QueueCounts | null };

const links = [
  { href: routes.mod.queue(), key: "queue" },
  { href: routes.mod.comments(), key: "comments" },
  { href: routes.mod.siteFeedback(), key: "siteFeedback" },
  { href: routes.mod.templates(), key: "templates" },
  { href: routes.mod.facts(), key: "facts" },
  { href: routes.mod.tags(), key: "tags" },
  { href: routes.mod.log(), key: "log" },
  { href: routes.mod.statistics(), key: "statistics" },
  { href: routes.mod.accounts(), key: "accounts", adminOnly: true },
  { href: routes.mod.organisations(), key: "organisations", adminOnly: true },
  { href: routes.mod.twoFactor(), key: "twoFactor" },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === routes.mod.queue() ? pathname === routes.mod.queue() || routePatterns.moderatorStory.test(pathname) : pathname.startsWith(href);
}

// The counts come with the page, then are read again after every navigation, so a decision
// taken here shows without a reload. Never on a timer: every read counts as activity on the
// session, and a tab left open must still reach its idle timeout.
function useQueueCounts(initial: QueueCounts | null, pathname: string) {
  const [counts, setCounts] = useState(initial);
  const firstPage = useRef(true);
  useEffect(() => {
    // The page just rendered brought its own counts.
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    let live = true;
    queueCountsAction({})
      .then((result) => {
        if (live && result.ok) setCounts(result.data);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pathname]);
  return counts;
}

export function ModNav({ name, role, logOutEverywhere, counts: initialCounts }: Props) {
  const t = useTranslations("ModNav");
  const pathname = usePathname();
  const counts = useQueueCounts(initialCounts, pathname);
  const countFor = (key: string) => {
    if (!counts) return null;
    if (key === "queue") return t("queueCount", { count: counts.stories, answers: counts.answers, urgent: counts.urgent, colleague: counts.awaitingColleague, overdue: counts.overdue });
    if (key === "comments") return t("commentsCount", { count: counts.comments });
    if (key === "siteFeedback" && counts.siteFeedback > 0) return t("siteFeedbackCount", { count: counts.siteFeedback });
    return null;
  };
  return (
    <div className={styles.bar}>
      <nav aria-label={t("label")}>
        <ul className={styles.links}>
          {links
            .filter((link) => !("adminOnly" in link) || role === "ADMIN")
            .map((link) => (
              <li key={link.href}>
                <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
                  {t(link.key)}
                  {countFor(link.key) ? <span className={styles.count}> {countFor(link.key)}</span> : null}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className={styles.who}>
        <span>
          {t("signedInAs", { name })} ({role === "ADMIN" ? t("roleAdmin") : t("roleModerator")})
        </span>
        <button type="button" className="secondary" onClick={() => void signOut({ callbackUrl: routes.mod.login() })}>
          {t("signOut")}
        </button>
        <LogOutEverywhereButton logOutEverywhere={logOutEverywhere} />
      </div>
    </div>
  );
}
