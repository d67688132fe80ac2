"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { LOGIN_RATE_LIMITED, secondFactorLockedSeconds, slowedSeconds } from "@/lib/auth/login-errors";
import { loginSchema } from "@/lib/auth/schemas";
import { routes } from "@/lib/routes";
import { LoginCodeField } from "./login-code-field";
import styles from "./login-form.module.css";

type LoginValues = z.input<typeof loginSchema>;
type LoginData = z.output<typeof loginSchema>;

export function LoginForm() {
  const t = useTranslations("Login");
  const tSecurity = useTranslations("LoginSecurity");
  const tAbuse = useTranslations("Abuse.errors");
  const router = useRouter();
  const [failure, setFailure] = useState<"failed" | "limited" | "unavailable" | null>(null);
  const [slowedFor, setSlowedFor] = useState<number | null>(null);
  const [codeLockedFor, setCodeLockedFor] = useState<number | null>(null);
  const form = useForm<LoginValues, unknown, LoginData>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: "", password: "", code: "" },
  });
  const { errors, isSubmitting } = form.formState;

  // One message for unknown e-mail and wrong password alike, so the form reveals no accounts.
  const onSubmit = async ({ email, password, code }: LoginData) => {
    setFailure(null);
    setSlowedFor(null);
    setCodeLockedFor(null);
    const result = await signIn("credentials", { redirect: false, email, password, code }).catch(() => undefined);
    if (!result?.ok || result.error) {
      if (result?.error === LOGIN_RATE_LIMITED) return setFailure("limited");
      const seconds = slowedSeconds(result?.error);
      if (seconds) return setSlowedFor(seconds);
      // Told only after the right password (lib/auth/limit-login-attempts.ts).
      const locked = secondFactorLockedSeconds(result?.error);
      if (locked) return setCodeLockedFor(locked);
      setFailure(result?.error === "CredentialsSignin" || result?.status === 401 ? "failed" : "unavailable");
      return;
    }
    // The login page sends each role on to where it starts (a responder to /svar).
    router.replace(routes.mod.login());
    router.refresh();
  };

  const errorText = (name: "email" | "password") => {
    const key = `errors.${errors[name]?.message}` as "errors.emailInvalid";
    const fallback = name === "email" ? "errors.emailInvalid" : "errors.passwordRequired";
    return errors[name] ? t(t.has(key) ? key : fallback) : undefined;
  };

  return (
    <form className={styles.form} noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <FormMessage kind="error">
        {codeLockedFor
          ? tSecurity("secondFactorLocked", { minutes: Math.ceil(codeLockedFor / 60) })
          : slowedFor
            ? tAbuse("loginSlowed", { seconds: slowedFor })
            : failure === "limited"
              ? tAbuse("loginLimited")
              : failure === "failed"
                ? tSecurity("failed")
                : failure
                  ? t(failure)
                  : null}
      </FormMessage>
      <TextField id="email" label={t("email")} error={errorText("email")} type="email" autoComplete="username" {...form.register("email")} />
      <TextField
        id="password"
        label={t("password")}
        error={errorText("password")}
        type="password"
        autoComplete="current-password"
        {...form.register("password")}
      />
      <LoginCodeField
        label={tSecurity("code")}
        hint={tSecurity("codeHint")}
        error={errors.code ? tSecurity("errors.codeInvalid") : undefined}
        registration={form.register("code")}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
