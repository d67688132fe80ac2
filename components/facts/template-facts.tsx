import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { checkTemplateFacts } from "@/lib/facts/check-template-facts";
import { routes } from "@/lib/routes";
import { factReference } from "@/lib/templates/render-template";
import { StaleFactsNotice } from "./stale-facts-notice";

// Above the template editor: how to quote a fact, and which facts this template quotes that are
// stale or do not exist (a reply still holding such a reference cannot be published).
export async function TemplateFacts({ body = "" }: { body?: string }) {
  const [t, { stale, unknownKeys }] = await Promise.all([getTranslations("Facts.template"), checkTemplateFacts({ body })]);
  return (
    <>
      <p className="hint">
        {t.rich("help", { reference: factReference("nyckel"), link: (chunks) => <Link href={routes.mod.facts()}>{chunks}</Link> })}
      </p>
      {unknownKeys.length > 0 ? (
        <p className="alert warning">{t("unknown", { count: unknownKeys.length, keys: unknownKeys.map(factReference).join(", ") })}</p>
      ) : null}
      <StaleFactsNotice facts={stale} />
    </>
  );
}
