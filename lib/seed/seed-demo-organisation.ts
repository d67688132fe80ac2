import { randomBytes } from "node:crypto";
import { generateSecret, generateURI } from "otplib";
import { hashPassword } from "@/lib/auth/password";
import { announcePublicChange } from "@/lib/cache/public-change";
import { db } from "@/lib/db";
import { recordDecision } from "@/lib/moderation/record-decision";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { canonicalAccountKey } from "@/lib/text/account-key";
import { sealTotpSecret } from "@/lib/totp/seal-totp-secret";

const DAY_MS = 24 * 60 * 60 * 1000;
const MALMO = "1280";

export const demoOrganisationName = "Socialtjänsten, Malmö stad, Individ och familj";
export const demoResponderEmail = "demo.svar@malmo.se";

// Joined long enough ago that the municipality page has half a year of full months to show.
const JOINED_DAYS_AGO = 200;

// Published on `day` of the month `monthsAgo` months before this one.
type DemoStory = { title: string; body: string; tagSlug: string; monthsAgo: number; day: number };

// Malmö stories of the demo, published in full months since the organisation joined. Five fall
// in one month, so the municipality page shows that month's share and draws its bar; the other
// months hold fewer and show "färre än 5", as they must.
const stories: DemoStory[] = [
  {
    title: "Ingen ringde tillbaka om min ansökan",
    body:
      "Jag sökte ekonomiskt bistånd och fick veta att något saknades i ansökan först när jag själv ringde efter tre veckor. " +
      "Ingen hade hört av sig under tiden. Hade jag vetat det direkt hade jag kunnat skicka in papperet samma dag.",
    tagSlug: "ekonomiskt-bistand",
    monthsAgo: 3,
    day: 8,
  },
  {
    title: "Mötet om min son kändes som ett förhör",
    body:
      "När vi kallades till ett möte om vår son satt det tre personer på andra sidan bordet och ställde frågor i en timme. " +
      "Ingen förklarade först varför vi var där eller vad som skulle hända sedan. Jag gick därifrån rädd och utan svar.",
    tagSlug: "barn-och-familj",
    monthsAgo: 2,
    day: 3,
  },
  {
    title: "Svårt att veta vem som är min handläggare",
    body:
      "Under ett halvår har jag haft fyra olika handläggare. Varje gång har jag fått berätta allt från början. " +
      "Jag önskar att någon sa till när det blir ett byte, och att den nya läste det som redan står i akten.",
    tagSlug: "bemotande",
    monthsAgo: 2,
    day: 9,
  },
  {
    title: "Budget- och skuldrådgivningen gav mig andrum",
    body:
      "Jag skämdes länge för mina skulder. Rådgivaren gick igenom allt i lugn och ro och hjälpte mig att göra en plan. " +
      "Det var första gången på länge som jag kände att det fanns en väg ut.",
    tagSlug: "ekonomiskt-bistand",
    monthsAgo: 2,
    day: 14,
  },
  {
    title: "Ingen tolk på mötet trots att jag bett om det",
    body:
      "Jag hade skrivit att jag behöver tolk, men när jag kom till mötet fanns ingen. Vi fick boka om, och det tog en månad till. " +
      "Under tiden stod allt stilla.",
    tagSlug: "bemotande",
    monthsAgo: 2,
    day: 20,
  },
  {
    title: "Beslutet kom, men inte hur jag kunde överklaga",
    body:
      "Jag fick avslag i ett brev som bara sa att jag inte hade rätt till insatsen. Först när jag frågade fick jag veta att jag kunde överklaga " +
      "och att det fanns en tidsgräns. Det borde stå i beslutet från början.",
    tagSlug: "beslut-och-overklagande",
    monthsAgo: 2,
    day: 26,
  },
];

// The first two stories get a public answer; the first also a history of change marks; the
// third has an answer waiting for the moderators.
const answers = [
  {
    body:
      "Tack för att du berättar om det här. Det ska inte behöva gå tre veckor innan man får veta att något saknas i en ansökan. " +
      "Vi har gått igenom hur vi hör av oss när en ansökan inte är komplett. Vill du prata med oss om din egen situation är du välkommen att kontakta oss, " +
      "så tar vi det därifrån. Skriv inga personuppgifter här.",
    answeredAfterDays: 3,
    marks: [
      { kind: "LOOKING_INTO" as const, afterDays: 4, description: "Vi ser över hur och när vi kontaktar den som har sökt ekonomiskt bistånd." },
      {
        kind: "CHANGE_MADE" as const,
        afterDays: 40,
        description: "Den som söker ekonomiskt bistånd får nu alltid ett samtal inom fem arbetsdagar om något saknas i ansökan.",
      },
    ],
  },
  {
    body:
      "Tack för att du tar dig tid att berätta. Ett möte ska börja med att vi förklarar varför vi ses och vad som händer sedan. " +
      "Vi tar med oss din berättelse till våra arbetsplatsträffar. Du är välkommen att kontakta oss om du vill prata vidare.",
    answeredAfterDays: 6,
    marks: [],
  },
];

const pendingAnswer =
  "Tack för att du berättar. Byte av handläggare ska inte innebära att du behöver börja om. Vi ser över hur vi lämnar över ärenden " +
  "och hur vi meddelar när det blir ett byte. Kontakta oss gärna om du vill prata om hur det har varit för dig.";

export type DemoResponderLogin = { email: string; password: string; totpSecret: string; totpUri: string };

// What a fresh demo database gets so that one person can try answering as the social services:
// an organisation for Malmö, a responder with two-factor login already set up (its secret is
// sealed exactly as an enrolment seals it, and returned once to be printed), Malmö stories, two
// public answers (one with "Förändring genomförd" after "Vi tittar på det") and one answer
// waiting in the queue. Null when the organisation is already there: a restart adds nothing.
export async function seedDemoOrganisation({ moderatorId, now = new Date() }: { moderatorId: string; now?: Date }): Promise<DemoResponderLogin | null> {
  if ((await db.organisation.count({ where: { name: demoOrganisationName } })) > 0) return null;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);
  // Ten in the morning UTC is the same date in Stockholm; Date.UTC carries a month below zero
  // into the year before.
  const publishedOf = (story: DemoStory) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - story.monthsAgo, story.day, 10));
  const password = randomBytes(12).toString("base64url");
  const totpSecret = generateSecret();
  const email = canonicalAccountKey(demoResponderEmail);
  const passwordHash = await hashPassword(password);
  const tags = new Map((await db.tag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));

  await db.$transaction(
    async (tx) => {
      const organisation = await tx.organisation.create({
        data: {
          name: demoOrganisationName,
          municipalityCodes: [MALMO],
          emailDomains: ["malmo.se"],
          contactEmail: "kontakt.socialtjansten@malmo.se",
          createdAt: at(JOINED_DAYS_AGO),
        },
      });
      const responder = await tx.moderator.create({
        data: { email, name: "Demosvarare", passwordHash, role: "RESPONDER", organisationId: organisation.id, totpEnabledAt: at(JOINED_DAYS_AGO - 1) },
      });
      await tx.moderator.update({ where: { id: responder.id }, data: { totpSecret: sealTotpSecret({ secret: totpSecret, moderatorId: responder.id }) } });

      const storyIds: string[] = [];
      for (const story of stories) {
        const publishedAt = publishedOf(story);
        const createdAt = new Date(publishedAt.getTime() - DAY_MS / 2);
        const tagId = tags.get(story.tagSlug);
        const { id } = await tx.story.create({
          data: {
            status: "PUBLISHED",
            title: story.title,
            body: story.body,
            originalTitle: story.title,
            originalBody: story.body,
            authorRole: "KLIENT",
            municipalityCode: MALMO,
            receiptTokenHash: createReceiptToken().tokenHash,
            createdAt,
            publishedAt,
            decidedAt: publishedAt,
            tags: tagId ? { create: [{ tagId }] } : undefined,
          },
        });
        await recordDecision(tx, { kind: "PUBLISH", submittedAt: createdAt, decidedAt: publishedAt });
        storyIds.push(id);
      }

      for (const [index, answer] of answers.entries()) {
        const story = stories[index];
        const answeredAt = new Date(publishedOf(story).getTime() + answer.answeredAfterDays * DAY_MS);
        await tx.answer.create({
          data: {
            storyId: storyIds[index],
            organisationId: organisation.id,
            body: answer.body,
            status: "PUBLISHED",
            writtenById: responder.id,
            decidedById: moderatorId,
            createdAt: answeredAt,
            submittedAt: answeredAt,
            publishedAt: answeredAt,
            decidedAt: answeredAt,
            reviewedAt: answeredAt,
            marks: {
              create: answer.marks.map((mark) => {
                const markedAt = new Date(publishedOf(story).getTime() + mark.afterDays * DAY_MS);
                return {
                  kind: mark.kind,
                  description: mark.description,
                  markedOn: markedAt,
                  status: "PUBLISHED" as const,
                  decidedById: moderatorId,
                  createdAt: markedAt,
                  publishedAt: markedAt,
                  decidedAt: markedAt,
                  reviewedAt: markedAt,
                };
              }),
            },
          },
        });
      }
      await tx.answer.create({
        data: { storyId: storyIds[2], organisationId: organisation.id, body: pendingAnswer, status: "PENDING", writtenById: responder.id, createdAt: at(1), submittedAt: at(1) },
      });
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  await announcePublicChange();
  return { email, password, totpSecret, totpUri: generateURI({ issuer: "Sakligt", label: email, secret: totpSecret }) };
}
