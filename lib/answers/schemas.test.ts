import { describe, expect, it } from "vitest";
import { toPublicDate } from "@/lib/stories/public-date";
import { answerSubmissionSchema, changeMarkSchema } from "./schemas";

const body = "Tack för att du har berättat om det här. Vi ser över hur vi förklarar våra beslut.";
const day = (offset: number) => toPublicDate(new Date(Date.now() + offset * 86_400_000));
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("the answer form's schema, shared by the browser and the server", () => {
  it("refuses a mark day in the future, and an impossible day", () => {
    expect(issues(changeMarkSchema.safeParse({ answerId: "a", kind: "CHANGE_MADE", description: "Rutinen är ändrad nu.", markedOn: day(2) }))).toEqual([["markedOn", "markedOnFuture"]]);
    expect(issues(changeMarkSchema.safeParse({ answerId: "a", kind: "CHANGE_MADE", description: "Rutinen är ändrad nu.", markedOn: "2026-02-30" }))).toEqual([["markedOn", "markedOnInvalid"]]);
    expect(changeMarkSchema.safeParse({ answerId: "a", kind: "CHANGE_MADE", description: "Rutinen är ändrad nu.", markedOn: day(0) }).success).toBe(true);
  });

  it("reads the answer form's mark fields only when a kind is chosen", () => {
    expect(answerSubmissionSchema.parse({ storyId: "s", body, markKind: "", markDescription: "x", markedOn: "nonsense" }).mark).toBeNull();
    expect(issues(answerSubmissionSchema.safeParse({ storyId: "s", body, markKind: "CHANGE_PLANNED", markDescription: "", markedOn: day(3) }))).toEqual([
      ["markDescription", "descriptionRequired"],
      ["markedOn", "markedOnFuture"],
    ]);
    expect(answerSubmissionSchema.parse({ storyId: "s", body, markKind: "CHANGE_PLANNED", markDescription: " Vi  planerar\u200B en ny rutin. ", markedOn: day(0) }).mark).toEqual({
      kind: "CHANGE_PLANNED",
      description: "Vi planerar en ny rutin.",
      markedOn: day(0),
    });
  });

  it("refuses a name in the answer, and keeps dates", () => {
    expect(issues(answerSubmissionSchema.safeParse({ storyId: "s", body: `${body} Handläggaren Anna Svensson hälsar.` }))).toEqual([["body", "personalData"]]);
    expect(answerSubmissionSchema.safeParse({ storyId: "s", body: `${body} Sedan den 1 mars 2026 gäller en ny rutin.` }).success).toBe(true);
  });
});
