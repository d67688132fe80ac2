"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { setHouseStyleAction } from "@/lib/actions/mod/house-style";
import { placeholderSample } from "@/lib/templates/render-template";
import { type HouseStyleInput, type HouseStyleValues, houseStyleLimits, houseStyleSchema } from "@/lib/settings/house-style-schema";

// The admin's form for the one opening and one closing every reply goes out with. Bad input
// keeps the text and shows the reason beside the field.
export function HouseStyleForm({ initial }: { initial: HouseStyleInput }) {
  const t = useTranslations("HouseStyle");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("HouseStyle.errors", { ...houseStyleLimits, placeholder: placeholderSample });
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<"saved" | "unchanged" | null>(null);
  const form = useForm<HouseStyleInput, unknown, HouseStyleValues>({ resolver: zodResolver(houseStyleSchema), defaultValues: initial, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;

  async function save(values: HouseStyleValues) {
    setFailure(null);
    setDone(null);
    const result = await callAction(() => setHouseStyleAction(values));
    if (result.ok) {
      setDone(result.data.changed ? "saved" : "unchanged");
      return router.refresh();
    }
    for (const [field, keys] of Object.entries(result.fieldErrors)) form.setError(field as Path<HouseStyleInput>, { message: keys[0] });
    setFailure(failureText(result.message));
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <FormMessage kind="error">{failure}</FormMessage>
      <TextAreaField
        id="house-style-opening"
        label={t("opening")}
        hint={t("openingHint", { max: houseStyleLimits.max })}
        error={errorText(errors.replyOpening?.message)}
        rows={3}
        {...form.register("replyOpening")}
      />
      <TextAreaField
        id="house-style-closing"
        label={t("closing")}
        hint={t("closingHint", { max: houseStyleLimits.max })}
        error={errorText(errors.replyClosing?.message)}
        rows={3}
        {...form.register("replyClosing")}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("save")}
      </button>
      <FormMessage kind="success">{done ? t(done) : null}</FormMessage>
    </form>
  );
}
