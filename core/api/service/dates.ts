/** YYYY-MM-DD of a Date in UTC, so output does not depend on the machine's time zone. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** Adds whole months to a YYYY-MM-DD date, clamping to the month's last day. */
export const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDay(target);
};
