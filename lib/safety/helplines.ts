import type { SafetyFlag } from "@/generated/prisma/enums";

export type Helpline = {
  id: "emergency" | "bris" | "suicide" | "womensHelpline" | "socialOnCall";
  // What is dialled; null where the number differs by municipality.
  tel: string | null;
  // The flags this line answers best; 112 answers every acute danger.
  flags: readonly SafetyFlag[];
};

// From DOMAIN.md. The numbers are facts, not copy, so they live here; their names and the
// words around them are in messages/sv/safety.json.
export const HELPLINES: readonly Helpline[] = [
  { id: "emergency", tel: "112", flags: ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] },
  { id: "bris", tel: "116111", flags: ["CHILD_AT_RISK"] },
  { id: "suicide", tel: "90101", flags: ["SUICIDE"] },
  { id: "womensHelpline", tel: "020505050", flags: ["VIOLENCE"] },
  { id: "socialOnCall", tel: null, flags: ["CHILD_AT_RISK", "VIOLENCE"] },
];

// Every line is always listed, so no one is left without the one they need if a flag is wrong;
// the lines that match what the story suggests come first, 112 before them all.
export function orderHelplines(flags: readonly SafetyFlag[]): Helpline[] {
  const matches = (line: Helpline) => line.flags.some((flag) => flags.includes(flag));
  return [...HELPLINES.filter(matches), ...HELPLINES.filter((line) => !matches(line))];
}
