// «Endringer siden forrige faktaark» (only with `--forrige`): last year's figure at the foot of each key figure, with
// the years it refers to; the key findings that are new, marked; and a line on the first page that says so, or why
// there is nothing to compare. Both figures come from the sheet models as numbers; a finding is new when last year's
// sheet had none of its kind pointing the same way.
import type { SheetContext } from "./context.js";
import { printFigure } from "./figure.js";
import { formatYearSpan, joinList } from "./format.js";
import type { ChangesNote, KeyFigure, KeyFinding } from "./model.js";
import type { PreviousFinding, PreviousSheet } from "./previous.js";

export interface Compared {
  readonly keyFigures: readonly KeyFigure[];
  readonly keyFindings: readonly KeyFinding[];
  readonly changes: ChangesNote | null;
}

/** The key figures and findings with last year's beside them; as they are, and no note, without `--forrige`. */
export function compareWithPrevious(
  ctx: SheetContext,
  keyFigures: readonly KeyFigure[],
  keyFindings: readonly KeyFinding[],
): Compared {
  const previous = ctx.input.previous;
  if (!previous) return { keyFigures, keyFindings, changes: null };
  const note = { heading: ctx.t("changes.heading"), newFindingMark: ctx.t("changes.newFindingMark") };
  const previousYear = previous.year;
  if (previous.kind === "missing") {
    return { keyFigures, keyFindings, changes: { ...note, text: ctx.t("changes.missing", { previousYear }) } };
  }
  if (previous.kind === "borders") {
    const text = ctx.t(`changes.${previous.change}`, {
      previousYear,
      changeYear: previous.changeYear,
      names: joinList(previous.formerNames, ctx.t("and")),
    });
    return { keyFigures, keyFindings, changes: { ...note, text } };
  }
  const findings = keyFindings.map((finding) => ({
    ...finding,
    isNew: !previous.sheet.findings.some((then) => isSameFinding(then, finding)),
  }));
  const sentences = [
    ...(previous.renumbered
      ? [ctx.t("changes.renumbered", { oldName: previous.sheet.name, oldCode: previous.sheet.code })]
      : []),
    findings.some((finding) => finding.isNew)
      ? ctx.t("changes.compared", { previousYear, mark: note.newFindingMark })
      : ctx.t("changes.comparedNoneNew", { previousYear }),
  ];
  return {
    keyFigures: keyFigures.map((figure) => ({ ...figure, previous: previousValue(ctx, previous.sheet, figure) })),
    keyFindings: findings,
    changes: { ...note, text: ctx.paragraph(sentences) },
  };
}

/** Last year's figure of the same kind, printed from its number as that sheet printed it, with its years. */
function previousValue(ctx: SheetContext, sheet: PreviousSheet, keyFigure: KeyFigure): KeyFigure["previous"] {
  const figure = sheet.keyFigures.find((candidate) => candidate.id === keyFigure.id)?.figure ?? null;
  if (figure === null) return { figure, text: ctx.t("changes.previousFigure", { value: ".." }) };
  const value = printFigure(figure);
  // The years of a number; a missing one is SSB's ".." alone.
  const printed =
    figure.value === null || figure.year === null
      ? value
      : `${value} (${formatYearSpan([figure.fromYear ?? figure.year, figure.year])})`;
  return { figure, text: ctx.t("changes.previousFigure", { value: printed }) };
}

/** The same kind of finding, pointing the same way in each of its direction words. */
export function isSameFinding(then: PreviousFinding, now: KeyFinding): boolean {
  return (
    then.id === now.id &&
    then.signs.length === now.signs.length &&
    then.signs.every((sign, index) => sign === now.signs[index])
  );
}
