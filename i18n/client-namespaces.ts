import type { NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

// The message namespaces sent to the browser, per area of the site. Server components read
// their messages on the server; only what client components call useTranslations with goes
// here, so a reader's page does not carry the moderators' strings. Each set is given by
// <ClientMessages area="…"> in the layout of its routes, and replaces (does not add to) the
// set of the layouts around it. test/guard/client-messages-are-provided.test.ts reads every
// route's client components and fails if a namespace they use is missing here, or if a set
// sends something no component of its routes uses.
// The root layout gives none: pages that only read (/, /berattelser, a story before a reader
// starts a comment) load no translation code at all; the quick exit gets its words as props.
export const clientNamespaces = {
  // A story page: the comment form, loaded when a reader starts a comment.
  comment: ["CommentForm", "Common.errors", "PersonalData", "Abuse"],
  // /beratta: the story form.
  write: ["StoryForm", "StoryLanguage", "Common.errors", "PersonalData", "Abuse"],
  // /tillganglighet: the accessibility statement's feedback form.
  accessibility: ["Accessibility.form", "Common.errors", "PersonalData", "Abuse"],
  // /vart-vander-jag: the letter draft, made in the browser only.
  guide: ["Guide.letter"],
  // /kvitto/<token>: the author's save-link box, edit form and comment form.
  receipt: ["Receipt.save", "AuthorControl.edit", "AuthorControl.comment", "StoryForm", "CommentForm.errors", "Common.errors", "PersonalData"],
  // /mod/logga-in.
  login: ["Login", "LoginSecurity", "Abuse.errors"],
  // Every page behind the moderator login.
  moderator: [
    "Common",
    "ModNav",
    "Queue.handover",
    "Queue.colleagueReview",
    "Shortcuts",
    "Review",
    "CommentModeration",
    "Templates",
    "HouseStyle",
    "Facts",
    "Tags",
    "ModerationLanguages",
    "Accounts",
    "SiteSecurity",
    "TwoFactor",
    "PersonalData",
    "Safety.review",
    "Organisations",
    "AnswerModeration.actions",
    "AnswerModeration.errors",
    "AnswerModeration.failures",
    "SiteFeedback.actions",
  ],
  // /inbjudan/<token>: the invited person's name and password.
  invitation: ["Common.errors", "Organisations.invitation"],
  // Every page behind the responders' login (/svar).
  responder: [
    "Common.errors",
    "ResponderArea",
    "TwoFactor",
    "Alerts.settings",
    "Answers.form",
    "Answers.errors",
    "Answers.failures",
    "Answers.kinds",
    "PersonalData.kinds",
  ],
} as const satisfies Record<string, readonly Namespace[]>;

export type ClientArea = keyof typeof clientNamespaces;

// A copy of `messages` holding only the given namespaces ("Common.errors" keeps Common's
// `errors` and nothing else of Common).
export function pickMessages(messages: Record<string, unknown>, namespaces: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const namespace of namespaces) {
    const parts = namespace.split(".");
    let source: unknown = messages;
    let target = picked;
    for (const [index, part] of parts.entries()) {
      source = (source as Record<string, unknown> | undefined)?.[part];
      if (source === undefined) break;
      if (index === parts.length - 1) {
        target[part] = source;
      } else {
        // A copy, so that a later, narrower namespace never writes into the messages themselves.
        target[part] = { ...(target[part] as Record<string, unknown> | undefined) };
        target = target[part] as Record<string, unknown>;
      }
    }
  }
  return picked;
}
