import { expect, test } from "@playwright/test";
import { listThemes, sendStory as sendStoryOverHttp, storyActionId } from "@/scripts/lib/send-story";

export const sampleStoryBody =
  "Jag sökte stöd för min son hos socialtjänsten i våras. Handläggaren Kim ringde mig flera gånger och var vänlig, " +
  "men det tog lång tid innan vi fick ett beslut. Under tiden visste vi inte vad som skulle hända, och min son mådde sämre. " +
  "Jag hade önskat att någon berättat från början hur lång tid en utredning brukar ta.";

// An author sends a story, for journeys where a story waiting for moderation is where they
// start; returns the private receipt link. It goes the way the form's own request goes (a
// proof-of-work challenge solved with altcha-lib, then the story form's server action over
// HTTP), without a browser: a browser context and two page loads cost seconds of CPU each on
// two cores, and the form itself is what e2e/author-writes-story.spec.ts, the safety-routing
// journeys and the abuse spec drive in the browser.
// Each author also arrives from an address of their own (a documentation address, RFC 5737),
// so that stories sent by many tests do not share one rate limit; the e2e servers believe
// X-Forwarded-For (TRUST_PROXY=true).
export async function sendStory({
  title,
  theme,
  body = sampleStoryBody,
  municipalityCode,
}: {
  title: string;
  theme: string;
  body?: string;
  municipalityCode?: string;
}): Promise<string> {
  const baseURL = test.info().project.use.baseURL;
  if (!baseURL) throw new Error(`Project ${test.info().project.name} has no baseURL to send a story to.`);
  const themes = await listThemes(baseURL);
  const chosen = themes.find((candidate) => candidate.name === theme);
  expect(chosen, `a theme named ${theme} among ${themes.map((candidate) => candidate.name).join(", ")}`).toBeDefined();
  const outcome = await sendStoryOverHttp({
    baseUrl: baseURL,
    actionId: storyActionId(),
    story: { title, body, tagIds: [chosen!.id], municipalityCode },
    headers: { "X-Forwarded-For": documentationAddress() },
  });
  expect(outcome, `the story "${title}" got a receipt`).toMatchObject({ kind: "receipt" });
  return `${baseURL}/kvitto/${(outcome as { token: string }).token}`;
}

export function documentationAddress(): string {
  return `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
}
