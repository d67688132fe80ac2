import type { SafetyFlag } from "@/generated/prisma/enums";

// The order a moderator and an author read the flags in: danger to a child first.
export const SAFETY_FLAGS = ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE", "STAFF_THREAT"] as const satisfies readonly SafetyFlag[];

// Acute danger to the author or a child. A threat against staff is a different kind of item: it
// is marked for the moderator but does not make the author's story urgent.
export const ACUTE_FLAGS = ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] as const satisfies readonly SafetyFlag[];

export function isAcuteFlag(flag: SafetyFlag): boolean {
  return (ACUTE_FLAGS as readonly SafetyFlag[]).includes(flag);
}

export function sortFlags(flags: Iterable<SafetyFlag>): SafetyFlag[] {
  const present = new Set(flags);
  return SAFETY_FLAGS.filter((flag) => present.has(flag));
}

// The seeded reply template that fits a flag (prisma/seed-data.ts), suggested in the review.
// A staff threat has none: such a story is edited or rejected, and rejection has its own template.
export const TEMPLATE_SLUG_FOR_FLAG: Partial<Record<SafetyFlag, string>> = {
  CHILD_AT_RISK: "oro-for-barn",
};

export function suggestedTemplateSlug(flags: readonly SafetyFlag[]): string | null {
  for (const flag of sortFlags(flags)) {
    const slug = TEMPLATE_SLUG_FOR_FLAG[flag];
    if (slug) return slug;
  }
  return null;
}
