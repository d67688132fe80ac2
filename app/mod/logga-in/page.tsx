import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoggedOutNotice } from "@/components/mod/logged-out-notice";
import { LoginForm } from "@/components/mod/login-form";
import { landingPath } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Login");
  return { title: t("metaTitle") };
}

// The one moderator page outside the guarded (inloggad) group; someone already logged in goes
// straight on: a moderator to the queue, a responder to /svar, and anyone who still owes the
// second factor to its set-up page (lib/auth/session.ts landingPath).
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ utloggad?: string }> }) {
  const landing = await landingPath();
  if (landing) redirect(landing);
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
