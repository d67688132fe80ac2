"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { routes } from "@/lib/routes";
import styles from "@/components/mod/mod-nav.module.css";

const links = [
  { href: routes.respond.home(), key: "home" },
  { href: routes.respond.settings(), key: "settings" },
  { href: routes.respond.twoFactor(), key: "twoFactor" },
] as const;

const isCurrent = (pathname: string, href: string) =>
  href === routes.respond.home() ? pathname === href || pathname.startsWith(`${href}/berattelser`) : pathname.startsWith(href);

// The responders' menu: their own area only, never a link into /mod.
export function ResponderNav({ name, organisation }: { name: string; organisation: string }) {
  const t = useTranslations("ResponderArea");
  const pathname = usePathname();
  return (
    <div className={styles.bar}>
      <nav aria-label={t("label")}>
        <ul className={styles.links}>
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} aria-current={isCurrent(pathname, link.href) ? "page" : undefined}>
                {t(link.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.who}>
        <span>{t("signedInAs", { name, organisation })}</span>
        <button type="button" className="secondary" onClick={() => void signOut({ callbackUrl: routes.mod.login() })}>
          {t("signOut")}
        </button>
      </div>
    </div>
  );
}
