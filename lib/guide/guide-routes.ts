// The guide's routes (/vart-vander-jag): what happened decides which steps apply, in order.
// The prose of each step is in the messages (messages/*/guide.json, Guide.steps.<step>); every
// name, time limit, number and address in it is a fact block (lib/facts), named here, so a
// moderator changes it in one place (/mod/fakta) and the guide follows.

export const situations = ["bemotande", "beslut", "handlaggning", "barn", "personal"] as const;
export type Situation = (typeof situations)[number];

export const steps = ["akut", "enhetschef", "overklagande", "ivo", "jo", "orosanmalan", "bris", "skyddsombud", "arbetsmiljoverket"] as const;
export type Step = (typeof steps)[number];

// How a fact is reached: a web address becomes a link, a number a tel: link, text stays text.
export type ReachKind = "web" | "phone" | "text";
export type StepFacts = {
  // Message argument → fact key, given to every message of the step.
  args: Readonly<Record<string, string>>;
  reach: readonly { key: string; kind: ReachKind }[];
};

export const routeOf: Record<Situation, readonly Step[]> = {
  // How I was treated: the unit's manager first, then the supervisory authority, then JO.
  bemotande: ["enhetschef", "ivo", "jo"],
  // A decision: talk to the unit, appeal within the time limit, and JO for how it was handled.
  beslut: ["enhetschef", "overklagande", "jo"],
  handlaggning: ["enhetschef", "ivo", "jo"],
  // Worry about a child: acute danger first, then a report to the social services.
  barn: ["akut", "orosanmalan", "bris"],
  // Staff's own working conditions are the work-environment authority's concern.
  personal: ["skyddsombud", "arbetsmiljoverket"],
};

export const stepFacts: Record<Step, StepFacts> = {
  akut: { args: { emergency: "nodnummer" }, reach: [{ key: "nodnummer", kind: "phone" }] },
  enhetschef: { args: {}, reach: [{ key: "kommun-socialtjanst-kontakt", kind: "text" }] },
  overklagande: { args: { court: "overklagande-domstol", time: "overklagande-tid" }, reach: [] },
  ivo: {
    args: { name: "ivo-namn", time: "ivo-svarstid" },
    reach: [
      { key: "ivo-webb", kind: "web" },
      { key: "ivo-vaxel", kind: "phone" },
      { key: "ivo-barn-och-unga", kind: "phone" },
    ],
  },
  jo: { args: { name: "jo-namn", limit: "jo-tidsgrans" }, reach: [{ key: "jo-webb", kind: "web" }] },
  orosanmalan: { args: { time: "orosanmalan-bedomning" }, reach: [{ key: "kommun-socialtjanst-kontakt", kind: "text" }] },
  bris: { args: {}, reach: [{ key: "bris", kind: "phone" }] },
  skyddsombud: { args: {}, reach: [] },
  arbetsmiljoverket: { args: { name: "av-namn" }, reach: [{ key: "av-webb", kind: "web" }] },
};

// Shown on every page of the guide, whatever was chosen: someone may be in danger now.
export const urgentFacts = ["nodnummer", "bris", "sjalvmordslinjen", "kvinnofridslinjen"] as const;

// The letter draft names IVO by its fact.
export const letterFacts = { ivoName: "ivo-namn" } as const;

// Every fact the guide shows, each once.
export const guideFactKeys: readonly string[] = [
  ...new Set([
    ...Object.values(stepFacts).flatMap(({ args, reach }) => [...Object.values(args), ...reach.map(({ key }) => key)]),
    ...urgentFacts,
    ...Object.values(letterFacts),
  ]),
];

export function isSituation(value: unknown): value is Situation {
  return typeof value === "string" && (situations as readonly string[]).includes(value);
}

// `?fraga=` as the GET form sends it; anything else (missing, repeated, unknown) shows every route.
export function parseSituation(value: string | string[] | undefined): Situation | null {
  return isSituation(value) ? value : null;
}
