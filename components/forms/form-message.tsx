// A form-level message above the fields, announced when it appears.
export function FormMessage({ kind, children }: { kind: "error" | "success"; children?: React.ReactNode }) {
  if (!children) return null;
  return (
    <div className={`alert ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
