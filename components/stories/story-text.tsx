// Author and moderator text, shown as text (never as HTML) with its paragraphs kept:
// blank lines start a new paragraph, single line breaks stay within it.
export function StoryText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className="story-text">
          {paragraph}
        </p>
      ))}
    </>
  );
}
