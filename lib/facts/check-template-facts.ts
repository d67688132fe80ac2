import { db } from "@/lib/db";
import { templateFactKeys } from "@/lib/templates/render-template";
import { type StaleFact, listStaleFacts } from "./list-facts";

// The facts a template's text quotes that need attention: stale ones, and keys no fact has.
export async function checkTemplateFacts({ body, now = new Date() }: { body: string; now?: Date }): Promise<{ stale: StaleFact[]; unknownKeys: string[] }> {
  const keys = templateFactKeys(body);
  if (keys.length === 0) return { stale: [], unknownKeys: [] };
  const [stale, known] = await Promise.all([listStaleFacts({ keys, now }), db.fact.findMany({ where: { key: { in: keys } }, select: { key: true } })]);
  const knownKeys = new Set(known.map((fact) => fact.key));
  return { stale, unknownKeys: keys.filter((key) => !knownKeys.has(key)) };
}
