// Which period the officer's form opens on: the year asked in the address (`?year=`), else the
// open period, else the newest. Shared by the web form, its early reads and the server's combined
// read of the form's first screen (`GET /api/home/officer/form`), which must choose the same year.

/** A period as far as choosing the form's year goes; `periods` are newest first, as the API lists them. */
export interface PeriodChoice {
  year: number;
  state: string;
}

/** The year the form opens on, or null when there is no period. `asked` is 0/NaN when none was asked. */
export function defaultAssessmentYear(periods: readonly PeriodChoice[], asked: number): number | null {
  return (
    periods.find((p) => p.year === asked)?.year ??
    periods.find((p) => p.state === 'open')?.year ??
    periods[0]?.year ??
    null
  );
}
