import { db } from "@/lib/db";

// A fact as readers may see it: the text and where it comes from, nothing about who checks it.
export type PublicFact = { key: string; label: string; value: string; sourceUrl: string };

export async function findFactByKey({ key }: { key: string }): Promise<PublicFact | null> {
  return db.fact.findUnique({ where: { key }, select: { key: true, label: true, value: true, sourceUrl: true } });
}
