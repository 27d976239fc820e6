/**
 * What `take` gives, taken again once when the clock's minute turned while it ran: `matrix` and
 * `timeline` without a date print the present to the minute, so two runs compared across a turn
 * of the minute differ though both are right. A minute cannot turn twice in one short take.
 */
export async function withinOneMinute<T>(take: () => T | Promise<T>): Promise<T> {
  const minute = () => Math.floor(Date.now() / 60_000);
  const before = minute();
  const taken = await take();
  return minute() === before ? taken : take();
}
