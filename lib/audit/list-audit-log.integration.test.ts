import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { createModerator } from "@/lib/moderators/create-moderator";
import { updateModerator } from "@/lib/moderators/update-moderator";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { describeEachDatabase } from "@/test/db-harness";
import { listAuditLog } from "./list-audit-log";
import { writeAuditLog } from "./write-audit-log";

describeEachDatabase("listAuditLog", () => {
  let annaId: string;
  let tag: { id: string; name: string };

  beforeAll(async () => {
    await seedBaseContent(db);
    tag = await db.tag.findFirstOrThrow({ select: { id: true, name: true } });
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett långt lösenord", allowDemo: false });
    const admin = await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } });
    const anna = await createModerator({ actorId: admin.id, name: "Anna", email: "anna@kommun.se", role: "MODERATOR", password: "ett långt lösenord" });
    annaId = anna.id;
    await updateModerator({ actorId: admin.id, moderatorId: anna.id, role: "ADMIN" });
    await db.$transaction((tx) =>
      writeAuditLog(tx, {
        moderatorId: anna.id,
        action: "story.edit",
        targetType: "story",
        targetId: "story-1",
        reason: "Namn borttaget",
        before: { title: "Eva på kontoret", tagIds: [] },
        after: { title: "Handläggaren på kontoret", tagIds: [tag.id, "deleted-tag"] },
      }),
    );
  });

  it("lists newest first with who did it and what changed", async () => {
    const { entries, total, totalPages } = await listAuditLog({ viewerRole: "ADMIN" });
    expect(total).toBe(3);
    expect(totalPages).toBe(1);
    expect(entries.map((entry) => entry.action)).toEqual(["story.edit", "moderator.update", "moderator.create"]);
    expect(entries[0]).toMatchObject({ moderatorName: "Anna", targetType: "story", targetId: "story-1", reason: "Namn borttaget" });
    expect(entries[1]).toMatchObject({ moderatorName: "Administratör", targetId: annaId, targetLabel: "Anna" });
    expect(entries[0].targetLabel).toBeNull();
    expect(entries[1].changes).toEqual([{ field: "role", before: "MODERATOR", after: "ADMIN" }]);
  });

  it("shows tag names instead of ids, and keeps an id whose tag is gone", async () => {
    const [edit] = (await listAuditLog({ viewerRole: "ADMIN" })).entries;
    expect(edit.changes).toEqual([
      { field: "title", before: "Eva på kontoret", after: "Handläggaren på kontoret" },
      { field: "tagIds", before: [], after: [tag.name, "deleted-tag"] },
    ]);
  });

  it("pages through the log without repeating a row", async () => {
    const first = await listAuditLog({ viewerRole: "ADMIN", page: 1, pageSize: 2 });
    const second = await listAuditLog({ viewerRole: "ADMIN", page: 2, pageSize: 2 });
    expect(first.totalPages).toBe(2);
    expect(first.entries).toHaveLength(2);
    expect(second.entries.map((entry) => entry.action)).toEqual(["moderator.create"]);
  });

  it("keeps account and settings events, and the e-mails in them, from a moderator who is not an admin", async () => {
    await db.$transaction((tx) =>
      writeAuditLog(tx, {
        moderatorId: annaId,
        action: "setting.require_totp",
        targetType: "setting",
        targetId: "1",
        after: { requireTotp: true },
      }),
    );
    const asAdmin = await listAuditLog({ viewerRole: "ADMIN" });
    expect(asAdmin.entries.map((entry) => entry.targetType)).toEqual(["setting", "story", "moderator", "moderator"]);
    expect(JSON.stringify(asAdmin)).toContain("anna@kommun.se");

    const asModerator = await listAuditLog({ viewerRole: "MODERATOR" });
    expect(asModerator.total).toBe(1);
    expect(asModerator.entries.map((entry) => entry.action)).toEqual(["story.edit"]);
    // No page, however far or small, reaches the hidden rows, nor does the count betray them.
    const pages = await Promise.all(
      [1, 2, 3, 4, 1e6].map((page) => listAuditLog({ viewerRole: "MODERATOR", page, pageSize: 1 })),
    );
    expect(pages.flatMap((result) => result.entries.map((entry) => entry.targetType))).toEqual(["story"]);
    expect(pages.every((result) => result.totalPages === 1 && result.total === 1)).toBe(true);
    expect(JSON.stringify(pages)).not.toMatch(/@kommun\.se|moderator\.|setting\./);
  });
});
