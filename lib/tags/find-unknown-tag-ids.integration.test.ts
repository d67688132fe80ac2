import { beforeAll, expect, it } from "vitest";
import { seedModerator } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { createTag } from "./create-tag";
import { deleteTag } from "./delete-tag";
import { findUnknownTagIds } from "./find-unknown-tag-ids";

describeEachDatabase("findUnknownTagIds", () => {
  let moderatorId: string;

  beforeAll(async () => {
    moderatorId = (await seedModerator()).id;
  });

  it("names the ids no theme has, once each, and none while all exist", async () => {
    const { tagId: kept } = await createTag({ moderatorId, name: "Kvar", description: "" });
    const { tagId: removed } = await createTag({ moderatorId, name: "Borttagen", description: "" });
    expect(await findUnknownTagIds({ tagIds: [kept, removed] })).toEqual([]);
    await deleteTag({ moderatorId, tagId: removed });
    expect(await findUnknownTagIds({ tagIds: [kept, removed, removed, "finns-inte"] })).toEqual([removed, "finns-inte"]);
    expect(await findUnknownTagIds({ tagIds: [] })).toEqual([]);
  });
});
