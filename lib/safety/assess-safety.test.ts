import { describe, expect, it } from "vitest";
import { assessSafety } from "./assess-safety";

const body = (text: string) => assessSafety({ title: "Min berättelse", body: text });

describe("assessSafety", () => {
  it("marks acute danger urgent, in the fixed flag order", () => {
    expect(body("Jag vill inte leva längre. Min sambo slår barnen.")).toEqual({
      urgent: true,
      flags: ["CHILD_AT_RISK", "SUICIDE"],
    });
  });

  it("reads the title too", () => {
    expect(assessSafety({ title: "Jag vill dö", body: "Ingenting hjälper längre." }).flags).toEqual(["SUICIDE"]);
  });

  it("flags a threat against staff without making the story urgent", () => {
    expect(body("Handläggaren tog mina barn. Hon kommer få betala.")).toEqual({ urgent: false, flags: ["STAFF_THREAT"] });
  });

  it("needs someone identifiable as staff for a pronoun threat", () => {
    expect(body("Hon kommer få betala.").flags).toEqual([]);
  });

  it("leaves criticism, lawful recourse and an ordinary story alone", () => {
    for (const text of [
      "Handläggaren borde skämmas.",
      "Jag ska anmäla handläggaren till IVO och hon ska få betala för det här.",
      "Jag fick vänta i åtta veckor på ett beslut om försörjningsstöd.",
    ]) {
      expect(body(text), text).toEqual({ urgent: false, flags: [] });
    }
  });

  it("keeps distant past and negation apart from what is happening now", () => {
    expect(body("Han slog mig för tio år sedan men nu är jag trygg.").flags).toEqual([]);
    expect(body("Han slog mig för tio år sedan och i går slog han mig igen.").flags).toEqual(["VIOLENCE"]);
    expect(body("Han har aldrig slagit mig.").flags).toEqual([]);
    expect(body("Han slår mig inte längre.").flags).toEqual([]);
    expect(body("Jag kan inte sova, jag vill dö.").flags).toEqual(["SUICIDE"]);
  });

  it("does not read a child beside an ordinary word as a child at risk", () => {
    for (const text of [
      "Vi har två barn och min sambo dricker ibland vin till maten.",
      "Mina barn mår bra nu, men jag är full av ilska mot kommunen.",
      "Min son slog i huvudet på förskolan och de ringde inte ens till mig.",
      "Sonen på 19 har flyttat hemifrån och slår sig fram på egen hand.",
    ]) {
      expect(body(text).flags, text).toEqual([]);
    }
  });

  it("does not treat fear of the authorities as a child at risk", () => {
    expect(body("Jag var rädd att de skulle ta barnen.").flags).toEqual([]);
  });

  it("stays fast on a long hostile input", () => {
    const long = `${"slår ".repeat(5000)}${"ö".repeat(20000)}`;
    const started = performance.now();
    assessSafety({ title: long, body: long });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
