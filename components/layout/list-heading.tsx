"use client";

import { type ReactNode, useEffect, useRef } from "react";

// The heading of a paged list. After the reader follows a paging link the page is new but
// focus would stay on the link, now off screen (the next Tab would land in the footer), so
// focus moves here: a screen reader announces where the reader is, and Tab continues into the
// list. `focusKey` changes with every page; `focus` is false on a list's first visit.
export function ListHeading({
  id,
  focus,
  focusKey,
  className,
  children,
}: {
  id: string;
  focus: boolean;
  focusKey: string;
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus, focusKey]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className={className}>
      {children}
    </h2>
  );
}
