// The address of the story list with a theme, a municipality or a page chosen. Used by server
// and client components alike.
export function storiesHref(params: { tagg?: string; kommun?: string; sida?: number }) {
  const query = new URLSearchParams();
  if (params.tagg) query.set("tagg", params.tagg);
  if (params.kommun) query.set("kommun", params.kommun);
  if (params.sida && params.sida > 1) query.set("sida", String(params.sida));
  const search = query.toString();
  return search ? `/berattelser?${search}` : "/berattelser";
}
