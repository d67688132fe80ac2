import { getTranslations } from "next-intl/server";
import { StoryFilterFields } from "./story-filter-fields";
import { localHref } from "@/lib/i18n/current-locale";
import { findMunicipalityByInput } from "@/lib/municipalities";
import { routes } from "@/lib/routes";
import type { StoryVoice } from "@/lib/stories/story-list-query";

// A plain GET form: it works without JavaScript and leaves a shareable address.
// /sok reuses it with its search field as `children` and its own action, label and button.
export async function StoryFilterForm({
  tags,
  selectedTag,
  selectedMunicipality,
  unknownMunicipality = false,
  answered = false,
  voice,
  action = routes.stories(),
  label,
  submitLabel,
  children,
}: {
  tags: { slug: string; name: string }[];
  selectedTag?: string;
  /** The municipality in the address: a slug or a reader's typed text. */
  selectedMunicipality?: string;
  /** True when selectedMunicipality names no municipality: the reader's text stays, with a message. */
  unknownMunicipality?: boolean;
  /** Only stories an organisation has answered in public (`besvarade=1`). */
  answered?: boolean;
  /** Who told the story (`av`). */
  voice?: StoryVoice;
  action?: string;
  label?: string;
  submitLabel?: string;
  children?: React.ReactNode;
}) {
  const [t, tAnswers, formAction] = await Promise.all([getTranslations("Stories.filter"), getTranslations("ReaderAnswers.filter"), localHref(action)]);
  const filtered = Boolean(selectedTag || selectedMunicipality || answered || voice);
  const municipality = selectedMunicipality && !unknownMunicipality ? findMunicipalityByInput(selectedMunicipality) : undefined;
  return (
    <StoryFilterFields
      action={formAction}
      text={{
        label: label ?? t("label"),
        tag: t("tag"),
        allTags: t("allTags"),
        municipality: t("municipality"),
        municipalityHint: t("municipalityHint"),
        voice: tAnswers("voice"),
        voices: [
          ["", tAnswers("voiceAll")],
          ["klienter", tAnswers("voiceKlienter")],
          ["personal", tAnswers("voicePersonal")],
        ],
        answered: tAnswers("answered"),
        submit: submitLabel ?? t("submit"),
        clear: t("clear"),
      }}
      tags={tags.map((tag) => [tag.slug, tag.name])}
      selectedTag={selectedTag}
      municipality={municipality?.name ?? selectedMunicipality ?? ""}
      municipalityError={unknownMunicipality ? t("unknownMunicipality") : undefined}
      voice={voice ?? ""}
      answered={answered}
      clearHref={filtered && action === routes.stories() ? formAction : undefined}
    >
      {children}
    </StoryFilterFields>
  );
}
