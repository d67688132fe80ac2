import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/mod/login-form";
import { getModerator } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Login");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

// The one moderator page outside the guarded (inloggad) group; someone already logged in goes
// straight on to the queue.
export default async function LoginPage() {
  if (await getModerator()) redirect("/mod");
  const t = await getTranslations("Login");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <LoginForm />
    </>
  );
}
