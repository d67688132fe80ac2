// The theme choice of a GET filter form (`tagg=<slug>`): the story list, search and the
// moderators' queue. "" is every theme.
export function TagSelectField({
  id,
  label,
  allLabel,
  tags,
  selected,
}: {
  id: string;
  label: string;
  allLabel: string;
  tags: { slug: string; name: string }[];
  selected?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="tagg" defaultValue={selected ?? ""}>
        <option value="">{allLabel}</option>
        {tags.map((tag) => (
          <option key={tag.slug} value={tag.slug}>
            {tag.name}
          </option>
        ))}
      </select>
    </div>
  );
}
