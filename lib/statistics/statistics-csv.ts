import { stringify } from "csv-stringify/sync";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/lib/locales";
import type { FigureRow, OpenStatistics } from "./open-statistics-schema";
import type { Shown } from "./suppress";

// The statistics page's cells as CSV (RFC 4180: quoted where needed, CRLF, a header row; a
// byte-order mark so that spreadsheet programs read å, ä and ö), never more detail than the
// page: the same figures, hidden by the same rule, in the words of `locale`. Numbers are
// written for machines: a share from 0 to 1, days with a decimal point.
export function statisticsCsv({ statistics, locale }: { statistics: OpenStatistics; locale: Locale }): string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: "StatisticsPage" });
  const cell = (figure: Shown<number> | undefined, digits: number) =>
    figure === undefined ? "" : figure.suppressed ? t("suppressed") : String(Math.round(figure.value * 10 ** digits) / 10 ** digits);
  const figures = (row: FigureRow) => [cell(row.published, 0), cell(row.repliedShare, 4), cell(row.medianDaysToPublication, 1)];
  const withheld = t("csv.withheld");
  const { period } = statistics;
  const records = [
    [t("csv.table"), t("csv.key"), t("csv.name"), t("csv.published"), t("csv.repliedShare"), t("csv.medianDays")],
    [t("csv.total"), `${period.from}/${period.to}`, "", ...(statistics.total ? figures(statistics.total) : [withheld, withheld, withheld])],
    ...statistics.months.map((month) => [t("csv.month"), month.month, "", ...figures(month)]),
    ...statistics.themes.map((theme) => [t("csv.theme"), theme.slug, theme.name, ...figures(theme)]),
    ...statistics.municipalities.map((municipality) => [t("csv.municipality"), municipality.code, municipality.name, cell(municipality.published, 0), "", ""]),
    ...(statistics.otherMunicipalities
      ? [[t("csv.municipality"), t("csv.other"), t("otherMunicipalities"), cell(statistics.otherMunicipalities.published, 0), "", ""]]
      : []),
  ];
  return stringify(records, { bom: true, record_delimiter: "windows" });
}
