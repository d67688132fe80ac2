// Author and moderator text, shown as text (never as HTML) with its paragraphs kept:
// blank lines start a new paragraph, single line breaks stay within it. `lang` is the language
// the text is written in, where it may differ from the page's.
export function StoryText({ text, lang }: { text: string; lang?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="story-text" lang={lang}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
