// "1st", "2nd", "3rd", "4th", "11th", "21st", "112th": a meeting's number in its series as people write it.
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "2nd AICHR-UN Meeting"; without a number, the series' name. */
export function meetingOfSeries(name: string, number: number | null): string {
  return number === null ? name : `${ordinal(number)} ${name}`;
}
