import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountCreateForm } from "@/components/mod/account-create-form";
import { AccountList } from "@/components/mod/account-list";
import { ColleagueReviewForm } from "@/components/mod/colleague-review-form";
import { AccountsTwoFactor } from "@/components/mod/two-factor/accounts-two-factor";
import { requireModerator } from "@/lib/auth/session";
import { listModerators } from "@/lib/moderators/list-moderators";
import { getColleagueReview, waitsForColleague } from "@/lib/settings/colleague-review";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { getColleagueReviewOffRequest } from "@/lib/settings/review-setting-change";
import { listTotpStatus } from "@/lib/totp/list-totp-status";
import {
  createModeratorAction,
  resetModeratorPasswordAction,
  resetTotpAction,
  setColleagueReviewAction,
  setRequireTotpAction,
  updateModeratorAction,
} from "@/lib/actions/mod/accounts";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Accounts");
  return { title: t("metaTitle") };
}

export default async function AccountsPage() {
  const admin = await requireModerator({ role: "ADMIN" });
  const t = await getTranslations("Accounts");
  const [moderators, settings, colleagueReview, reviewOffRequest] = await Promise.all([
    listModerators(),
    getSiteSettings(),
    getColleagueReview(),
    getColleagueReviewOffRequest(),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <AccountList
        moderators={moderators}
        currentId={admin.id}
        updateModerator={updateModeratorAction}
        resetPassword={resetModeratorPasswordAction}
      />
      <AccountCreateForm createModerator={createModeratorAction} />
      <ColleagueReviewForm
        colleagueReview={settings.colleagueReview}
        claimMinutes={settings.claimMinutes}
        inForce={colleagueReview.inForce}
        held={waitsForColleague(colleagueReview)}
        activeModerators={colleagueReview.activeModerators}
        offRequest={reviewOffRequest ? { name: reviewOffRequest.requestedByName, at: reviewOffRequest.requestedAt } : null}
        save={setColleagueReviewAction}
      />
      <AccountsTwoFactor
        accounts={await listTotpStatus()}
        requireTotp={settings.requireTotp}
        currentId={admin.id}
        setRequireTotp={setRequireTotpAction}
        resetTotp={resetTotpAction}
      />
    </>
  );
}
