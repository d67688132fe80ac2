import type { Column } from "./insert-unnest";

// The columns the bulk seeder fills, in the order of its rows, with their SQL types from the
// migrations. Columns left out take their defaults (urgent, safetyFlags, autoReplacements).
const ts = "timestamp(3)";

export const storyColumns: Column[] = [
  { name: "id", type: "text" },
  { name: "status", type: `"StoryStatus"` },
  { name: "title", type: "text" },
  { name: "body", type: "text" },
  { name: "originalTitle", type: "text" },
  { name: "originalBody", type: "text" },
  { name: "originalErasedAt", type: ts },
  { name: "authorRole", type: `"AuthorRole"` },
  { name: "municipalityCode", type: "text" },
  { name: "receiptTokenHash", type: "text" },
  { name: "createdAt", type: ts },
  { name: "updatedAt", type: ts },
  { name: "publishedAt", type: ts },
  { name: "decidedAt", type: ts },
  { name: "withdrawnAt", type: ts },
  { name: "rejectionReason", type: "text" },
];

export const storyTagColumns: Column[] = [
  { name: "storyId", type: "text" },
  { name: "tagId", type: "text" },
];

export const replyColumns: Column[] = [
  { name: "id", type: "text" },
  { name: "storyId", type: "text" },
  { name: "body", type: "text" },
  { name: "templateId", type: "text" },
  { name: "createdAt", type: ts },
  { name: "publishedAt", type: ts },
];

export const commentColumns: Column[] = [
  { name: "id", type: "text" },
  { name: "storyId", type: "text" },
  { name: "body", type: "text" },
  { name: "status", type: `"CommentStatus"` },
  { name: "byStoryAuthor", type: "boolean" },
  { name: "rejectionReason", type: "text" },
  { name: "createdAt", type: ts },
  { name: "decidedAt", type: ts },
];
