import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoggedOutNotice } from "@/components/mod/logged-out-notice";
import { LoginForm } from "@/components/mod/login-form";
import { getModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Login");
  return { title: t("metaTitle") };
}

// The one moderator page outside the guarded (inloggad) group; someone already logged in goes
// straight on to the queue (or to setting up the second factor, if the site requires it).
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ utloggad?: string }> }) {
  if (await getModerator({ allowWithoutTotp: true })) redirect(routes.mod.queue());
  const t = await getTranslations("Login");
  const { utloggad } = await searchParams;
  return (
    <>
      <h1>{t("title")}</h1>
      <LoggedOutNotice reason={utloggad} />
      <p>{t("intro")}</p>
      <LoginForm />
    </>
  );
}
