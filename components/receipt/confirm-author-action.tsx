import Link from "@/components/i18n/link";
import type { ReactNode } from "react";
import { routes } from "@/lib/routes";

type Props = {
  token: string;
  heading: string;
  storyTitle: string;
  whatHappens: string;
  consequences: string[];
  warning?: string;
  action: (form: FormData) => Promise<unknown>;
  confirmLabel: string;
  cancelLabel: string;
};

// The confirmation step before the author withdraws or erases: a page of its own that says
// plainly what will happen, and a plain form post, so it works without JavaScript.
export function ConfirmAuthorAction(props: Props): ReactNode {
  return (
    <>
      <h1>{props.heading}</h1>
      <p className="card">
        <strong>{props.storyTitle}</strong>
      </p>
      <p>{props.whatHappens}</p>
      <ul>
        {props.consequences.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {props.warning ? (
        <p>
          <strong>{props.warning}</strong>
        </p>
      ) : null}
      {/* React ignores what a form action resolves with; these redirect on success. */}
      <form action={props.action as (form: FormData) => Promise<void>} className="row">
        <input type="hidden" name="token" value={props.token} />
        <button type="submit" className="danger">
          {props.confirmLabel}
        </button>
        <Link href={routes.receipt(props.token)}>{props.cancelLabel}</Link>
      </form>
    </>
  );
}
