"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type LogOutEverywhere, LogOutEverywhereButton } from "./log-out-everywhere-button";
import styles from "./mod-nav.module.css";

type Props = { name: string; role: "MODERATOR" | "ADMIN"; logOutEverywhere: LogOutEverywhere };

const links = [
  { href: "/mod", key: "queue" },
  { href: "/mod/mallar", key: "templates" },
  { href: "/mod/taggar", key: "tags" },
  { href: "/mod/logg", key: "log" },
  { href: "/mod/konton", key: "accounts", adminOnly: true },
  { href: "/mod/konto/tvastegsverifiering", key: "twoFactor" },
] as const;

function isCurrent(pathname: string, href: string) {
  return href === "/mod" ? pathname === "/mod" || pathname.startsWith("/mod/berattelser") : pathname.startsWith(href);
}

export function ModNav({ name, role, logOutEverywhere }: Props) {
  const t = useTranslations("ModNav");
  const pathname = usePathname();
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
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      <div className={styles.who}>
        <span>
          {t("signedInAs", { name })} ({role === "ADMIN" ? t("roleAdmin") : t("roleModerator")})
        </span>
        <button type="button" className="secondary" onClick={() => void signOut({ callbackUrl: "/mod/logga-in" })}>
          {t("signOut")}
        </button>
        <LogOutEverywhereButton logOutEverywhere={logOutEverywhere} />
      </div>
    </div>
  );
}
