// The seeded "Vi kan inte publicera" template. Slugs never change after creation, so the reject
// form can find it by slug and fill {{reason}} with the moderator's short reason.
export const REJECTION_TEMPLATE_SLUG = "kan-inte-publicera";
export const REJECTION_REASON_PLACEHOLDER = "reason";
