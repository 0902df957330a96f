/**
 * A clock the bench moves by hand. PlanModel stamps a row's editor at most once per 30 s per
 * member, so how fast time passes between edits decides how many stamps the document stores.
 */
export class FakeClock {
  private time: number;

  constructor(start = Date.UTC(2027, 0, 4, 8, 0, 0)) {
    this.time = start;
  }

  readonly now = (): number => this.time;

  advance(ms: number): void {
    this.time += ms;
  }
}
