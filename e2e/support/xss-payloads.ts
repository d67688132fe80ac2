// Hostile text that must come out of every page as the same text, never as markup or script.
// Plain data, independent of any library, so other tests (and other tools) can reuse it.
//
// Every payload that would run script either calls alert() (a dialog the test would see) or
// sets window.__xss (a sentinel the test reads back). Each payload carries its own number, so a
// failure names the payload that got through. None of them contains an e-mail address, a
// phone number or a personnummer, which the detector would rightly replace before storage.

export const xssSentinel = "__xss";

export type XssPayload = { name: string; text: string };

export const xssPayloads: XssPayload[] = [
  { name: "script tag", text: "<script>window.__xss=1;alert(1)</script>" },
  { name: "script tag, mixed case", text: "<ScRiPt>window.__xss=2</sCrIpT>" },
  { name: "script with src", text: '<script src="data:text/javascript,window.__xss=3"></script>' },
  { name: "img onerror", text: "<img src=x onerror=\"window.__xss=4;alert(4)\">" },
  { name: "img onerror, no quotes", text: "<img src=x onerror=window.__xss=5>" },
  { name: "svg onload", text: "<svg onload=\"window.__xss=6\"><circle r=1 /></svg>" },
  { name: "svg with script", text: "<svg><script>window.__xss=7</script></svg>" },
  { name: "body onload", text: "<body onload=\"window.__xss=8\">" },
  { name: "details ontoggle", text: "<details open ontoggle=\"window.__xss=9\">x</details>" },
  { name: "autofocus onfocus", text: "<input autofocus onfocus=\"window.__xss=10\">" },
  { name: "iframe srcdoc", text: "<iframe srcdoc=\"<script>parent.window.__xss=11</script>\"></iframe>" },
  { name: "iframe javascript src", text: "<iframe src=\"javascript:parent.window.__xss=12\"></iframe>" },
  { name: "object data", text: "<object data=\"javascript:window.__xss=13\"></object>" },
  { name: "javascript link, raw", text: "<a href=\"javascript:window.__xss=14\">klicka här</a>" },
  { name: "javascript URL, bare", text: "javascript:window.__xss=15;alert(15)" },
  { name: "javascript URL, markdown", text: "[läs mer](javascript:window.__xss=16)" },
  { name: "javascript URL, markdown image", text: "![bild](javascript:window.__xss=17)" },
  { name: "javascript URL, entity-encoded", text: "<a href=\"&#106;avascript:window.__xss=18\">länk</a>" },
  { name: "data URL", text: "<a href=\"data:text/html,<script>window.__xss=19</script>\">data</a>" },
  { name: "unclosed tag", text: "<img src=x onerror=window.__xss=20 " },
  { name: "broken comment", text: "<!--<img src=--><img src=x onerror=window.__xss=21//-->" },
  { name: "closing textarea and title", text: "</textarea></title><script>window.__xss=22</script>" },
  { name: "breaking a double-quoted attribute", text: "\"><script>window.__xss=23</script>" },
  { name: "breaking a single-quoted attribute", text: "' onmouseover='window.__xss=24' x='" },
  { name: "breaking out of a JSON script", text: "</script><script>window.__xss=25</script>" },
  { name: "style with expression", text: "<style>@import 'javascript:window.__xss=26';</style><b style=\"x:expression(window.__xss=26)\">b</b>" },
  { name: "meta refresh", text: "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss=27\">" },
  { name: "template literal", text: "${window.__xss=28}`${alert(28)}`" },
  { name: "mustache placeholder", text: "{{constructor.constructor('window.__xss=29')()}}" },
  { name: "template placeholder name", text: "{{reason}} {{ title }}" },
  { name: "React-ish JSON", text: "{\"__html\":\"<img src=x onerror=window.__xss=31>\"}" },
  { name: "fullwidth angle brackets", text: "＜script＞window.__xss=32＜/script＞" },
  { name: "right-to-left override", text: "\u202Egnp.exe<script>window.__xss=33</script>\u202C" },
  { name: "zero-width characters", text: "<scr\u200Bipt>window.__xss=34</scr\u200Bipt>" },
  { name: "HTML entities", text: "&lt;script&gt;window.__xss=35&lt;/script&gt; &amp;amp; &#60;b&#62;" },
  { name: "URL-encoded", text: "%3Cscript%3Ewindow.__xss%3D36%3C%2Fscript%3E" },
];

// The same payloads joined into texts of at most `maxLength` characters, separated by blank
// lines, so one story or comment carries many of them and the run stays short.
export function batchPayloads(payloads: XssPayload[], maxLength: number): string[] {
  const batches: string[] = [];
  let current = "";
  for (const { text } of payloads) {
    const next = current ? `${current}\n\n${text}` : text;
    if (next.length > maxLength && current) {
      batches.push(current);
      current = text;
    } else {
      current = next;
    }
  }
  if (current) batches.push(current);
  return batches;
}
