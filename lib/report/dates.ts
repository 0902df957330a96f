/** The local calendar date of a moment as ISO (`2027-03-17`): at 00:30 in Oslo it is already tomorrow, whatever UTC says. */
export function localIsoDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
