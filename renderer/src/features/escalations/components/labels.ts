/** Display labels for escalation statuses. */
export const statusLabels: Record<string, string> = {
  open: 'Open', investigating: 'Investigating', waiting_on_customer: 'Waiting on customer', waiting_on_internal: 'Waiting on internal team', resolved: 'Resolved', closed: 'Closed',
};
/** Display labels for departments. */
export const departmentLabels: Record<string, string> = { support: 'Support', billing: 'Billing', product: 'Product', engineering: 'Engineering', operations: 'Operations' };
/** Display labels for timeline entry kinds. */
export const eventKindLabels: Record<string, string> = { customer_update: 'Customer update', internal_action: 'Internal action', status_change: 'Status change', note: 'Note' };
