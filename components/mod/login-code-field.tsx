import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/forms/text-field";

type Props = { label: string; hint: string; error?: string; registration: UseFormRegisterReturn };

// The second factor on the same form: optional for accounts without it, so the form never
// reveals which accounts have it turned on.
export function LoginCodeField({ registration, ...frame }: Props) {
  return <TextField id="code" {...frame} type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={9} {...registration} />;
}
