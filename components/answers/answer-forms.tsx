"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldValues, type Path, type UseFormReturn, useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { ActionResult } from "@/lib/actions/result";
import {
  type AnswerEditInput,
  type AnswerSubmission,
  type AnswerSubmissionInput,
  type ChangeMarkEditInput,
  type ChangeMarkInput,
  answerEditSchema,
  answerSubmissionSchema,
  changeMarkSchema,
} from "@/lib/answers/schemas";
import { routes } from "@/lib/routes";
import { AnswerBodyField, MarkFields, loose } from "./answer-fields";

type Status = { status: "PENDING" | "PUBLISHED" };
export type SubmitAnswer = (input: AnswerSubmissionInput) => Promise<ActionResult<Status & { answerId: string }>>;
export type EditAnswer = (input: AnswerEditInput) => Promise<ActionResult<Status & { version: number }>>;
export type AddChangeMark = (input: ChangeMarkInput) => Promise<ActionResult<Status & { markId: string }>>;

type Days = { minDay: string; today: string };

// Sends the raw values (the server parses them with the same schema) and, on a refusal, puts
// each field's message beside its field; nothing typed is cleared.
function useSend<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>) {
  const failureText = useFailureText("Answers.failures");
  const [message, setMessage] = useState<string | null>(null);
  const send = async <R,>(run: () => Promise<ActionResult<R>>, onDone: (data: R) => void) => {
    setMessage(null);
    const result = await callAction(run);
    if (result.ok) return onDone((result as unknown as { data: R }).data);
    const fields = Object.entries(result.fieldErrors).filter(([field]) => field in form.getValues());
    fields.forEach(([field, keys], index) => form.setError(field as Path<T>, { type: "server", message: keys[0] }, { shouldFocus: index === 0 }));
    setMessage(failureText(result.message));
  };
  return { send, message };
}

export function NewAnswerForm({ storyId, submitAnswer, ...days }: { storyId: string; submitAnswer: SubmitAnswer } & Days) {
  const t = useTranslations("Answers.form");
  const router = useRouter();
  const form = useForm<AnswerSubmissionInput, unknown, AnswerSubmission>({
    resolver: zodResolver(answerSubmissionSchema),
    defaultValues: { storyId, body: "", markKind: "", markDescription: "", markedOn: "" },
    shouldFocusError: true,
  });
  const { send, message } = useSend(form);
  const onValid = () =>
    send(
      () => submitAnswer(form.getValues()),
      ({ status }) => router.push(routes.respond.story(storyId, { klart: status === "PUBLISHED" ? "publicerat" : "skickat" })),
    );
  return (
    <form noValidate onSubmit={form.handleSubmit(onValid)}>
      <FormMessage kind="error">{message}</FormMessage>
      <input type="hidden" {...form.register("storyId")} />
      <AnswerBodyField form={loose(form)} />
      <fieldset className="field">
        <legend>{t("markLegend")}</legend>
        <p className="hint">{t("markHint")}</p>
        <MarkFields form={loose(form)} idPrefix="" optional {...days} />
      </fieldset>
      <button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}

export function EditAnswerForm({
  storyId,
  answerId,
  version,
  body,
  returned,
  editAnswer,
}: {
  storyId: string;
  answerId: string;
  version: number;
  body: string;
  returned: boolean;
  editAnswer: EditAnswer;
}) {
  const t = useTranslations("Answers.form");
  const router = useRouter();
  const form = useForm<AnswerEditInput, unknown, unknown>({
    resolver: zodResolver(answerEditSchema),
    defaultValues: { answerId, version, body },
    shouldFocusError: true,
  });
  const { send, message } = useSend(form);
  const onValid = () =>
    send(
      () => editAnswer(form.getValues()),
      ({ status }) => {
        router.push(routes.respond.story(storyId, { klart: status === "PUBLISHED" ? "publicerat" : "andrat" }));
        router.refresh();
      },
    );
  return (
    <form noValidate onSubmit={form.handleSubmit(onValid)}>
      <FormMessage kind="error">{message}</FormMessage>
      <AnswerBodyField form={loose(form)} id="edit-body" />
      <button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : returned ? t("resubmit") : t("saveEdit")}
      </button>
    </form>
  );
}

type MarkForm = { answerId: string; markKind: string; markDescription: string; markedOn: string };

export type EditChangeMark = (input: ChangeMarkEditInput) => Promise<ActionResult<Status & { version: number }>>;

export function ChangeMarkForm({ storyId, answerId, addChangeMark, ...days }: { storyId: string; answerId: string; addChangeMark: AddChangeMark } & Days) {
  const initial = { answerId, markKind: "LOOKING_INTO", markDescription: "", markedOn: days.today };
  return (
    <MarkFormFrame
      storyId={storyId}
      initial={initial}
      idPrefix="later-"
      submitKey="markSubmit"
      send={(input) => addChangeMark(input)}
      {...days}
    />
  );
}

// A returned (or still waiting) mark, changed and sent again.
export function EditMarkForm({
  storyId,
  mark,
  editChangeMark,
  ...days
}: { storyId: string; mark: { id: string; version: number; kind: string; description: string; markedOn: string }; editChangeMark: EditChangeMark } & Days) {
  const initial = { answerId: mark.id, markKind: mark.kind, markDescription: mark.description, markedOn: mark.markedOn };
  return (
    <MarkFormFrame
      storyId={storyId}
      initial={initial}
      idPrefix={`mark-${mark.id}-`}
      submitKey="markResubmit"
      send={({ answerId: markId, ...fields }) => editChangeMark({ markId, version: mark.version, ...fields })}
      {...days}
    />
  );
}

function MarkFormFrame({
  storyId,
  initial,
  idPrefix,
  submitKey,
  send: sendMark,
  ...days
}: {
  storyId: string;
  initial: MarkForm;
  idPrefix: string;
  submitKey: "markSubmit" | "markResubmit";
  send: (input: ChangeMarkInput) => Promise<ActionResult<Status>>;
} & Days) {
  const t = useTranslations("Answers.form");
  const router = useRouter();
  const form = useForm<MarkForm, unknown, unknown>({
    // The form's names match the answer form's mark fields; the schema and the action use kind,
    // description and markedOn.
    resolver: async (values, context, options) => {
      const result = await zodResolver(changeMarkSchema)(toMarkInput(values), context, options as never);
      const errors = Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [fromMarkField(field), error]));
      return { values: result.values, errors } as never;
    },
    defaultValues: initial,
    shouldFocusError: true,
  });
  const { send, message } = useSend(form);
  const onValid = () =>
    send(
      async () => {
        const result = await sendMark(toMarkInput(form.getValues()));
        if (result.ok) return result;
        return { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([field, keys]) => [fromMarkField(field), keys])) };
      },
      ({ status }) => {
        form.reset(initial);
        router.push(routes.respond.story(storyId, { klart: status === "PUBLISHED" ? "markeringpublicerad" : "markering" }));
        router.refresh();
      },
    );
  return (
    <form noValidate onSubmit={form.handleSubmit(onValid)}>
      <FormMessage kind="error">{message}</FormMessage>
      <MarkFields form={loose(form)} idPrefix={idPrefix} optional={false} {...days} />
      <button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? t("submitting") : t(submitKey)}
      </button>
    </form>
  );
}

function toMarkInput(values: MarkForm): ChangeMarkInput {
  return { answerId: values.answerId, kind: values.markKind as ChangeMarkInput["kind"], description: values.markDescription, markedOn: values.markedOn };
}

function fromMarkField(field: string): string {
  return ({ kind: "markKind", description: "markDescription", markedOn: "markedOn" } as Record<string, string>)[field] ?? field;
}
