/** Word lists for realistic sample data. */
export const companyStems = [
  'Northwind', 'Contoso', 'Fabrikam', 'Adatum', 'Litware', 'Tailspin', 'Wingtip', 'Coho', 'Alpine', 'Blue Yonder',
  'Proseware', 'Woodgrove', 'Lucerne', 'Margie', 'Trey', 'Fourth Coffee', 'Humongous', 'Wide World', 'Graphic Design',
  'Southridge', 'Lamna', 'Relecloud', 'Bellows', 'Cronus', 'Greenfield', 'Harbor', 'Ironwood', 'Juniper', 'Keystone',
  'Lakeshore', 'Meridian', 'Nimbus', 'Oakridge', 'Pinnacle', 'Quarry', 'Redwood', 'Summit', 'Tidewater', 'Upland',
  'Vantage', 'Westbrook', 'Yellowstone', 'Zenith', 'Brightline', 'Cedar', 'Driftwood', 'Evergreen', 'Foxglove',
] as const;

/** Company suffixes by industry. */
export const industries = [
  { name: 'Healthcare', suffixes: ['Health', 'Clinics', 'Medical Group', 'Care'] },
  { name: 'Logistics', suffixes: ['Logistics', 'Freight', 'Shipping', 'Transport'] },
  { name: 'Financial services', suffixes: ['Bank', 'Capital', 'Credit Union', 'Insurance'] },
  { name: 'Retail', suffixes: ['Outfitters', 'Markets', 'Stores', 'Goods'] },
  { name: 'Manufacturing', suffixes: ['Industries', 'Manufacturing', 'Works', 'Fabrication'] },
  { name: 'Software', suffixes: ['Software', 'Labs', 'Systems', 'Digital'] },
  { name: 'Energy', suffixes: ['Energy', 'Power', 'Utilities', 'Renewables'] },
  { name: 'Education', suffixes: ['University', 'Academy', 'Schools', 'Learning'] },
] as const;

/** Given names. */
export const firstNames = [
  'Ana', 'Ben', 'Chloé', 'Dev', 'Elena', 'Farah', 'Gustav', 'Hana', 'Ibrahim', 'Jun', 'Kara', 'Liam', 'Mei', 'Nikolai',
  'Olivia', 'Priya', 'Quinn', 'Rafael', 'Sofia', 'Tomás', 'Uma', 'Victor', 'Wen', 'Yusuf', 'Zoë', 'Aisha', 'Marco', 'Ingrid',
] as const;

/** Family names. */
export const lastNames = [
  'Okafor', 'Lindqvist', 'Moreau', 'Patel', 'Kowalski', 'Nakamura', 'García', 'Schmidt', "O'Brien", 'Haddad', 'Rossi',
  'Chen', 'Andersson', 'Dubois', 'Ivanova', 'Mensah', 'Silva', 'Novak', 'Tanaka', 'Fischer', 'Walsh', 'Reyes', 'Kim',
] as const;

/** Stakeholder job titles. */
export const jobTitles = [
  'VP Operations', 'Director of IT', 'Chief Financial Officer', 'Head of Customer Support', 'Operations Manager',
  'Product Owner', 'Procurement Lead', 'Chief Technology Officer', 'Team Lead', 'Business Analyst', 'COO',
] as const;

/** Support ticket categories (repeats of one category signal risk). */
export const ticketCategories = ['Login & SSO', 'Billing', 'Integrations', 'Performance', 'Reporting', 'Data import', 'Permissions'] as const;

/** Touch summaries by kind. */
export const touchSummaries = {
  call: ['Quarterly check-in call', 'Walked through the new reporting module', 'Renewal timing discussion', 'Call about integration delays'],
  email: ['Sent the onboarding checklist', 'Shared release notes', 'Followed up on the open invoice', 'Sent the usage summary'],
  meeting: ['On-site workshop with the operations team', 'Roadmap preview', 'Executive sponsor lunch', 'Training session'],
  note: ['Champion is changing roles next quarter', 'Budget freeze rumoured', 'Interested in the analytics add-on', 'New CIO started'],
} as const;

/** Commitment titles (ours and the customer's). */
export const commitmentTitles = {
  us: ['Send the SSO roadmap', 'Share the Q3 usage report', 'Arrange a call with product management', 'Fix the invoice address', 'Deliver the admin training deck', 'Confirm the data-retention policy in writing'],
  customer: ['Send the list of admins', 'Confirm the go-live date', 'Share the security questionnaire', 'Introduce us to the new CIO'],
} as const;

/** Escalation titles. */
export const escalationTitles = [
  'Nightly sync failing since the upgrade', 'Invoices sent to the wrong entity', 'Dashboards time out for large teams',
  'SSO login loop after certificate rotation', 'Data export missing columns', 'Duplicate charges on the annual invoice',
] as const;
