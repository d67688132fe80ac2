import { AppError } from "@/lib/errors/app-error";
import { toPublicDate } from "@/lib/stories/public-date";

// A mark's day as stored in a @db.Date column.
export function markDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

// A change mark tells of a step taken for this story, so its day lies between the story's
// publication and today, both as a calendar in Stockholm shows them. The schema checks the
// future in the browser as well; only the server knows when the story was published.
export function assertMarkDay(day: string, { storyPublishedAt, now }: { storyPublishedAt: Date | null; now: Date }): void {
  if (day > toPublicDate(now)) throw new AppError("INVALID_INPUT", { message: "mark day in the future", field: "markedOn", key: "markedOnFuture" });
  if (storyPublishedAt && day < toPublicDate(storyPublishedAt)) {
    throw new AppError("INVALID_INPUT", { message: "mark day before the story", field: "markedOn", key: "markedOnBeforeStory" });
  }
}
