/** Whether a record id is one the sample-portfolio generator makes (accounts `acc-<seed>-<n>…`, team members `tm-<n>`). */
export function isSampleRecordId(id: string): boolean {
  return /^(acc-\d+-\d+|tm-\d+)(-|$)/.test(id);
}
