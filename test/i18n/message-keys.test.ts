import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publicMessageFiles } from "@/i18n/messages";
import { prefixedLocales } from "@/lib/locales";

// Every public page exists in Swedish, Finnish and English, so every message a public page reads
// must exist in all three. tsc already refuses a translated file that lacks a key (i18n/messages.ts
// types each language as the Swedish messages); this also catches a key a translation adds that
// Swedish lacks, a file left out, and a sentence left in Swedish.

const root = path.join(process.cwd(), "messages");
type Tree = { [key: string]: string | Tree };

function read(locale: string, file: string): Tree {
  return JSON.parse(readFileSync(path.join(root, locale, `${file}.json`), "utf8")) as Tree;
}

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of leaves(value, name)) out.set(k, v);
  }
  return out;
}

// ICU arguments and tags, which a translation keeps as they are: {count}, {date, date, long},
// <link>. An argument name is followed by "," or "}"; the text of a plural branch such as
// "=0 {inga berättelser}" is not an argument, and a translation rightly says it in its own words.
const placeholders = (text: string) => [...text.matchAll(/\{\s*(\w+)\s*[,}]|<(\w+)>/g)].map((m) => m[1] ?? m[2]).sort();

// Words that are the same in every language: names of the service and of institutions, numbers.
// A message that is nothing but these (and punctuation, placeholders) may equal the Swedish.
const sameInEveryLanguage = /^(?:[\s\d.,:;–—\-+/()%#·…"'«»!?]|\{[^}]*\}|<\/?\w+>|Sakligt|IVO|JO|ID|OCR|Arbetsmiljöverket|socialtjänsten|enhetschef|CSV|API|JSON|Atom|OpenAPI|Swish|BankID|https?:\/\/\S+|[A-ZÅÄÖ]{2,}|e-post)*$/;

describe("the translated message files", () => {
  it("exist for every public file in every language, and for no other", () => {
    for (const locale of prefixedLocales) {
      const files = readdirSync(path.join(root, locale)).map((name) => name.replace(/\.json$/, "")).sort();
      expect(files, locale).toEqual([...publicMessageFiles].sort());
    }
  });

  for (const file of publicMessageFiles) {
    const swedish = leaves(read("sv", file));
    for (const locale of prefixedLocales) {
      describe(`${locale}/${file}.json`, () => {
        const translated = leaves(read(locale, file));

        it("has exactly the Swedish file's keys", () => {
          expect([...translated.keys()].sort()).toEqual([...swedish.keys()].sort());
        });

        it("keeps every placeholder and tag of the Swedish message", () => {
          const broken = [...swedish].filter(([key, text]) => translated.has(key) && placeholders(text).join() !== placeholders(translated.get(key) ?? "").join());
          expect(broken.map(([key]) => key)).toEqual([]);
        });

        it("leaves no Swedish sentence untranslated", () => {
          const untranslated = [...swedish].filter(([key, text]) => translated.get(key) === text && !sameInEveryLanguage.test(text));
          expect(untranslated.map(([key, text]) => `${key}: ${text}`)).toEqual([]);
        });
      });
    }
  }
});
