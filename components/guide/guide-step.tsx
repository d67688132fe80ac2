import { getTranslations } from "next-intl/server";
import { factHref } from "@/lib/guide/fact-href";
import { type Step, stepFacts } from "@/lib/guide/guide-routes";
import type { GuideFact } from "@/lib/guide/localize-fact";
import styles from "./guide.module.css";

type Facts = Record<string, GuideFact>;

// The message arguments of a step: each names a fact, filled in with its value.
export function stepArgs(step: Step, facts: Facts): Record<string, string> {
  return Object.fromEntries(Object.entries(stepFacts[step].args).map(([arg, key]) => [arg, facts[key]?.value ?? ""]));
}

// One step of a route: what it does, how long it takes and how to reach it.
export async function GuideStep({ step, facts }: { step: Step; facts: Facts }) {
  const t = await getTranslations("Guide");
  const args = stepArgs(step, facts);
  const reach = stepFacts[step].reach.flatMap(({ key, kind }) => (facts[key] ? [{ fact: facts[key], kind }] : []));
  return (
    <section id={`steg-${step}`} className={styles.step} aria-labelledby={`steg-${step}-rubrik`}>
      <h3 id={`steg-${step}-rubrik`}>{t(`steps.${step}.title`, args)}</h3>
      <p>{t(`steps.${step}.what`, args)}</p>
      <p>
        <strong>{t("step.time")}:</strong> {t(`steps.${step}.time`, args)}
      </p>
      {reach.length > 0 ? (
        <>
          <p className={styles.reachHeading}>
            <strong>{t("step.reach")}:</strong>
          </p>
          <FactList items={reach} />
        </>
      ) : null}
    </section>
  );
}

export function FactList({ items }: { items: { fact: GuideFact; kind: "web" | "phone" | "text" }[] }) {
  return (
    <ul className={styles.facts}>
      {items.map(({ fact, kind }) => {
        const href = factHref(kind, fact.value);
        return (
          <li key={fact.key}>
            {fact.label}: {href ? <a href={href}>{fact.value}</a> : fact.value}
          </li>
        );
      })}
    </ul>
  );
}
