"use client";

import styles from "./statistics.module.css";

export type DataRow = { key: string; cells: string[]; href?: string };

// A table of figures already formatted on the server. It is a client component for its weight
// alone: Next sends a server component's rendered tree with the page a second time, about three
// times the size of its HTML for a table, but a client component's props, here its strings. That
// keeps /statistik within the reader pages' 30 KB. It renders the same HTML either way.
export function DataTable({ caption, headings, rows }: { caption: string; headings: string[]; rows: DataRow[] }) {
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, cells: [label, ...figures], href }) => (
          <tr key={key}>
            <th scope="row">{href ? <a href={href}>{label}</a> : label}</th>
            {figures.map((figure, index) => (
              <td key={index}>{figure}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
