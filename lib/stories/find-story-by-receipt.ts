import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { hashReceiptToken, isWellFormedReceiptToken } from "./receipt-token";

// The author's actions start from the token in their link. A token that is malformed or
// unknown (or whose story is already erased) gets the same NOT_FOUND.
export async function findStoryByReceipt(tx: Tx, token: string) {
  if (!isWellFormedReceiptToken(token)) throw new AppError("NOT_FOUND", "no story for this receipt");
  const story = await tx.story.findUnique({
    where: { receiptTokenHash: hashReceiptToken(token) },
    select: { id: true, status: true, autoReplacements: true, urgent: true, safetyFlags: true },
  });
  if (!story) throw new AppError("NOT_FOUND", "no story for this receipt");
  return story;
}
