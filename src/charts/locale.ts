// Norwegian (bokmål) number and time locale for Vega views, so axis labels read "12 500", "2,5" and "12 %".

/** A no-break space: the thousands separator and the space before "%" and "kr", kept on one line. */
const NBSP = "\u00a0";

export const NORWEGIAN_LOCALE = {
  number: {
    decimal: ",",
    thousands: NBSP,
    grouping: [3],
    currency: ["", `${NBSP}kr`],
    // d3-format prints its percent sign right after the number; Norwegian writes "12 %".
    percent: `${NBSP}%`,
    minus: "\u2212",
  },
  time: {
    dateTime: "%A %e. %B %Y kl. %X",
    date: "%d.%m.%Y",
    time: "%H:%M:%S",
    periods: ["", ""],
    days: ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    shortDays: ["søn.", "man.", "tir.", "ons.", "tor.", "fre.", "lør."],
    months: [
      "januar",
      "februar",
      "mars",
      "april",
      "mai",
      "juni",
      "juli",
      "august",
      "september",
      "oktober",
      "november",
      "desember",
    ],
    shortMonths: ["jan.", "feb.", "mar.", "apr.", "mai", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "des."],
  },
} as const;
