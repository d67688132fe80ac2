import { generate } from "otplib";
import { expect, it } from "vitest";
import { authenticateModerator } from "@/lib/auth/authenticate-moderator";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { getMunicipalityFigures } from "@/lib/statistics/municipality-figures";
import { isSealedTotpSecret } from "@/lib/totp/seal-totp-secret";
import { describeEachDatabase } from "@/test/db-harness";
import { seedBaseContent, seedDemoStories } from "./seed-database";
import { demoOrganisationName, seedDemoOrganisation } from "./seed-demo-organisation";

// A person trying the demo alone can answer as the social services in Malmö: the printed
// responder login works with a code from the printed secret, and the municipality page and the
// queue have something to show.
// The start script resolves the server secret before it seeds; here the test stands in for it.
process.env.NEXTAUTH_SECRET ??= "demo-organisation-test-secret-0123456789abcdef";

describeEachDatabase("the demo's organisation", () => {
  it("holds an organisation for Malmö, its answers, one waiting, and a responder who can log in with two factors", async () => {
    await seedBaseContent(db);
    await seedDemoStories(db);
    const demo = await ensureAdmin({ db, allowDemo: true });
    if (demo.kind !== "demo-created") throw new Error(`expected demo accounts, got ${demo.kind}`);
    const login = await seedDemoOrganisation({ moderatorId: demo.id });
    if (!login) throw new Error("expected the demo organisation to be seeded");

    const organisation = await db.organisation.findFirstOrThrow({ where: { name: demoOrganisationName } });
    expect(organisation).toMatchObject({ municipalityCodes: ["1280"], emailDomains: ["malmo.se"], contactEmail: "kontakt.socialtjansten@malmo.se", active: true });

    // The secret is stored sealed, as an enrolment stores it, never as the printed base32.
    const responder = await db.moderator.findUniqueOrThrow({ where: { email: login.email } });
    expect(responder).toMatchObject({ role: "RESPONDER", organisationId: organisation.id });
    expect(responder.totpEnabledAt).not.toBeNull();
    expect(isSealedTotpSecret(responder.totpSecret!)).toBe(true);
    expect(responder.totpSecret).not.toContain(login.totpSecret);
    expect(login.totpUri).toMatch(/^otpauth:\/\/totp\/Sakligt:demo\.svar%40malmo\.se\?/);
    expect(new URL(login.totpUri).searchParams.get("secret")).toBe(login.totpSecret);

    // The login page's check: the password alone is not enough, a code from the printed secret is.
    expect(await authenticateModerator({ email: login.email, password: login.password })).toBeNull();
    expect(await authenticateModerator({ email: login.email, password: login.password, code: "000000" })).toBeNull();
    const code = await generate({ secret: login.totpSecret });
    expect(await authenticateModerator({ email: login.email, password: login.password, code })).toMatchObject({ id: responder.id, role: "RESPONDER" });

    const published = await db.answer.findMany({
      where: { organisationId: organisation.id, status: "PUBLISHED", story: { status: "PUBLISHED", municipalityCode: "1280" } },
      include: { marks: { orderBy: { markedOn: "asc" } } },
    });
    expect(published).toHaveLength(2);
    const marked = published.find((answer) => answer.marks.length > 0)!;
    expect(marked.marks.map((mark) => [mark.kind, mark.status])).toEqual([["LOOKING_INTO", "PUBLISHED"], ["CHANGE_MADE", "PUBLISHED"]]);
    const waiting = await db.answer.findMany({ where: { status: "PENDING" }, include: { story: true } });
    expect(waiting).toHaveLength(1);
    expect(waiting[0].story).toMatchObject({ status: "PUBLISHED", municipalityCode: "1280" });
    expect(published.map((answer) => answer.storyId)).not.toContain(waiting[0].storyId);

    // The municipality page has figures, and shows how small ones are kept back: one month
    // with five stories shows its count, but not its share (one answered would show through);
    // the smaller months are hidden, and so the year's sum is withheld.
    const figures = await getMunicipalityFigures({ municipalityCode: "1280" });
    expect(figures?.months.length).toBeGreaterThanOrEqual(5);
    expect(figures?.lastTwelve?.withheld).toBe(true);
    const counted = figures!.months.filter((month) => !month.published.suppressed);
    expect(counted.map((month) => [month.published, month.answeredShare])).toEqual([[{ suppressed: false, value: 5 }, { suppressed: true }]]);

    // A second start adds nothing.
    const counts = async () => [await db.organisation.count(), await db.moderator.count(), await db.story.count(), await db.answer.count(), await db.changeMark.count()];
    const before = await counts();
    expect(await ensureAdmin({ db, allowDemo: true })).toEqual({ kind: "existing" });
    expect(await seedDemoStories(db)).toBe(0);
    expect(await seedDemoOrganisation({ moderatorId: demo.id })).toBeNull();
    expect(await counts()).toEqual(before);
  });
});
