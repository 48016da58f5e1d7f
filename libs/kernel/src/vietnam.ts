/**
 * Calendar and collation of where the programs run. The formatter and collator are made once:
 * building an Intl object costs far more than using it, and these run on every request.
 */
const HANOI_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' });
const VI_NUMERIC = new Intl.Collator('vi', { numeric: true });
const VI = new Intl.Collator('vi');

/** Today's date in Hanoi, YYYY-MM-DD: business dates are Vietnamese calendar dates, whatever the server's zone. */
export function todayInHanoi(now = new Date()): string {
  return HANOI_DATE.format(now);
}

/** Vietnamese order, numbers by value: "CT-2" before "CT-10", "Ba Đình" before "Cầu Giấy". */
export const compareViNumeric = (a: string, b: string): number => VI_NUMERIC.compare(a, b);

/** Vietnamese order of names. */
export const compareVi = (a: string, b: string): number => VI.compare(a, b);
