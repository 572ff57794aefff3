/** Whether a record id is one the sample-portfolio generator makes (accounts `acc-<seed>-<n>…`, team members `tm-<n>`, follow-ups `fu-<sample response id>`). */
export function isSampleRecordId(id: string): boolean {
  return /^(fu-)?(acc-\d+-\d+|tm-\d+)(-|$)/.test(id);
}
