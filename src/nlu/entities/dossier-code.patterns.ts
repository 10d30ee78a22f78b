/**
 * Regular-expression building blocks for dossier codes `{agency e-id}-{yyMMdd}-{NNNN}`.
 *
 * The agency e-id follows QĐ 20/2020/QĐ-TTg: dot-separated levels, each either digits
 * (`000`, `00`, `12`) or a letter with two digits for the top level (`H41` = a province,
 * `G01` = a ministry). Systems write it long (`000.00.12.H41`) or short (`H56.31.2`, `G01.123`).
 * Only ASCII appears in a code, so the patterns run on NFC text and never need folding.
 */

/** One level of an agency e-id: up to three digits, or a letter and two digits. */
const GROUP = String.raw`(?:\d{1,3}|[A-Za-z]\d{2})`;

/**
 * The agency e-id: one to five levels. No spaces around the dots: "1. 000.00.12.H41-…" is a numbered
 * list, and allowing spaces would glue the list number onto the agency.
 */
export const AGENCY = String.raw`${GROUP}(?:\.${GROUP}){0,4}`;

/**
 * What citizens type between the parts and we still accept: any dash a phone keyboard or a word
 * processor produces (hyphen, en/em dash, minus, full-width), an underscore, one doubled by a slip
 * of the thumb, with spaces either side.
 */
export const SOFT_SEP = String.raw`[ \t]*[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_]{1,2}[ \t]*`;

/** Separators that are clearly wrong (slash, dot, comma, colon, bar) or just spaces. */
export const HARD_SEP = String.raw`(?:[ \t]*[\/.,:|\\+][ \t]*|[ \t]+)`;

/**
 * A code must not continue a number, a dotted code (procedure codes such as
 * `1.005461.000.00.00.H36` end in an agency e-id) or a dashed run. Letters may precede it: citizens
 * glue it to words ("ma000.00.12.H41-…").
 */
export const LEFT_EDGE = String.raw`(?<![0-9.\-\u2010-\u2015\u2212_])`;

/**
 * Nor may a code run on into more digits, ASCII letters or a decimal part; Vietnamese particles
 * glued after are fine, and so is a comma before the next code ("…-0023,000.00.12.H41-…").
 */
export const RIGHT_EDGE = String.raw`(?![0-9A-Za-z])(?!\.[0-9])`;

/** A well-formed code, separators tolerated; groups: agency, date, counter. */
export const VALID_CODE = new RegExp(
  String.raw`${LEFT_EDGE}(${AGENCY})${SOFT_SEP}(\d{6})${SOFT_SEP}(\d{4})${RIGHT_EDGE}`,
  'g',
);

/**
 * The parts are there but at least one separator is wrong or missing; groups: agency, separator 1,
 * date, separator 2, counter.
 */
export const WRONG_SEPARATORS = new RegExp(
  String.raw`${LEFT_EDGE}(${AGENCY})(${SOFT_SEP}|${HARD_SEP}|)(\d{6})(${SOFT_SEP}|${HARD_SEP}|)(\d{4})${RIGHT_EDGE}`,
  'g',
);

/** Agency and dashes fine, but the numbers have the wrong length or are missing; groups: agency, date, counter. */
export const BAD_NUMBERS = new RegExp(
  String.raw`${LEFT_EDGE}(${AGENCY})${SOFT_SEP}(\d{1,12})(?:${SOFT_SEP}(\d{1,12}))?${RIGHT_EDGE}`,
  'g',
);

/**
 * Date and counter fine but the agency is not an e-id; groups: agency, date, counter. The agency
 * must hold a digit: a plain word before the date ("hồ sơ -250312-0007") is a missing agency.
 */
export const BAD_AGENCY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.\-])((?=[\p{L}\p{N}.]*\d)[\p{L}\p{N}]+(?:\.[\p{L}\p{N}]*)*)${SOFT_SEP}(\d{6})${SOFT_SEP}(\d{4})${RIGHT_EDGE}`,
  'gu',
);

/** `250312-0007` with nothing (or only a dash) before it; groups: date, counter. */
export const MISSING_AGENCY = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:[-\u2010-\u2015\u2212_][ \t]*)?(\d{6})${SOFT_SEP}(\d{4})${RIGHT_EDGE}`,
  'gu',
);

/** A full long-form agency e-id with nothing after it: the citizen pasted half the code. */
export const AGENCY_ONLY = new RegExp(
  String.raw`${LEFT_EDGE}(\d{3}\.\d{2}\.\d{2}\.[A-Za-z]\d{2})(?:${SOFT_SEP})?(?![0-9A-Za-z.\-])`,
  'g',
);
