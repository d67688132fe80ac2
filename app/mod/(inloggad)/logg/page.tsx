import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditLogList } from "@/components/mod/audit-log-list";
import { Pagination } from "@/components/layout/pagination";
import { requireModerator } from "@/lib/auth/session";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { pageFromSearchParam } from "@/lib/pagination/page-param";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AuditLog");
  return { title: t("metaTitle") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ sida?: string | string[] }> }) {
  const moderator = await requireModerator();
  const t = await getTranslations("AuditLog");
  const log = await listAuditLog({ viewerRole: moderator.role, page: pageFromSearchParam((await searchParams).sida) });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {moderator.role === "ADMIN" ? null : <p>{t("accountEventsHidden")}</p>}
      <p className="muted">{t("count", { count: log.total })}</p>
      {log.entries.length > 0 ? <AuditLogList entries={log.entries} /> : null}
      <Pagination page={log.page} totalPages={log.totalPages} hrefForPage={(page) => routes.mod.log({ sida: page })} />
    </>
  );
}
