import type { PageLinks } from "./pagination";

// The fragment that moves the reader to the list's heading (components/layout/list-heading.tsx).
export const LIST_HEADING_ID = "lista";

type ListState = { page: number; totalPages: number; previousCursor: string | null; nextCursor: string | null };

// Links for Pagination that keep the list's own parameters (filters, search text). Next and
// previous carry a keyset cursor when there is one, so following them never costs an OFFSET.
export function pageLinks(path: string, keep: Record<string, string | undefined>, list: ListState): PageLinks {
  const href = (sida: number, cursor?: [string, string]) => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(keep)) if (value) query.set(name, value);
    if (sida > 1) query.set("sida", String(sida));
    if (cursor) query.set(cursor[0], cursor[1]);
    const search = query.toString();
    return `${path}${search ? `?${search}` : ""}#${LIST_HEADING_ID}`;
  };
  const { page, totalPages } = list;
  return {
    first: page > 1 ? href(1) : undefined,
    previous:
      page > 1 ? (list.previousCursor ? href(page - 1, ["fore", list.previousCursor]) : href(page - 1)) : undefined,
    next:
      page < totalPages || list.nextCursor
        ? list.nextCursor
          ? href(page + 1, ["efter", list.nextCursor])
          : href(page + 1)
        : undefined,
    last: page < totalPages ? href(totalPages) : undefined,
  };
}
