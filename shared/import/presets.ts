import { accountRefKey, contactRefKey, firstNameKey, lastNameKey, ownerNameKey, type ImportEntity } from './fields';

/** The CRMs whose export headers we know by name. */
export const crmPresetNames = ['salesforce', 'hubspot'] as const;
/** A CRM whose export headers we know by name. */
export type CrmPreset = (typeof crmPresetNames)[number];

type HeaderTable = Record<string, string>;

/** Known export headers (normalised: lower-case letters and digits) → import field key, per CRM and kind. */
export const crmPresets: Record<CrmPreset, Record<ImportEntity, HeaderTable>> = {
  salesforce: {
    accounts: {
      // Type ("Customer - Direct", "Channel Partner / Reseller") is a relationship, not a size segment: not mapped.
      accountname: 'name', accountid: 'externalId', annualrevenue: 'arrMinor', industry: 'industry', website: 'website', phone: 'phone',
      billingcity: 'billingCity', billingcountry: 'billingCountry', description: 'description',
      accountowner: ownerNameKey, contractenddate: 'renewalDate', createddate: 'createdAt', accountcurrency: 'currency',
      customerpriority: 'tier', stage: 'lifecycleStage', lifecyclestage: 'lifecycleStage',
    },
    contacts: {
      accountname: accountRefKey, accountid: accountRefKey, firstname: firstNameKey, lastname: lastNameKey, fullname: 'name',
      title: 'title', email: 'email', phone: 'phone', contactrole: 'role', role: 'role', lastactivity: 'lastContactedAt',
    },
    touches: {
      accountname: accountRefKey, accountid: accountRefKey, subject: 'summary', activitytype: 'kind', tasksubtype: 'kind',
      comments: 'details', date: 'at', activitydate: 'at', duedate: 'at', name: contactRefKey, contact: contactRefKey, email: contactRefKey,
    },
    tickets: {
      accountname: accountRefKey, accountid: accountRefKey, casenumber: 'externalId', subject: 'subject', type: 'category',
      casereason: 'category', status: 'status', priority: 'priority', dateopened: 'openedAt', openeddate: 'openedAt',
      createddate: 'openedAt', dateclosed: 'resolvedAt', closeddate: 'resolvedAt',
    },
    usagePoints: { accountname: accountRefKey, accountid: accountRefKey },
    surveyResponses: { accountname: accountRefKey, accountid: accountRefKey },
  },
  hubspot: {
    accounts: {
      // Annual Revenue is the company's own revenue, not our contract value: offered, not assumed. Type is not a segment.
      companyname: 'name', name: 'name', recordid: 'externalId', lifecyclestage: 'lifecycleStage',
      companyowner: ownerNameKey, industry: 'industry', createdate: 'createdAt', renewaldate: 'renewalDate',
      contractenddate: 'renewalDate', currency: 'currency', websiteurl: 'website', companydomainname: 'website',
      phonenumber: 'phone', city: 'billingCity', countryregion: 'billingCountry', description: 'description', arr: 'arrMinor',
    },
    contacts: {
      firstname: firstNameKey, lastname: lastNameKey, email: 'email', jobtitle: 'title', associatedcompany: accountRefKey,
      associatedcompanyid: accountRefKey, associatedcompanyids: accountRefKey, companyname: accountRefKey,
      phonenumber: 'phone', buyingrole: 'role', lastactivitydate: 'lastContactedAt',
    },
    touches: {
      associatedcompany: accountRefKey, companyname: accountRefKey, activitytype: 'kind', subject: 'summary', body: 'details',
      activitydate: 'at', createdate: 'at', associatedcontact: contactRefKey, contactemail: contactRefKey,
    },
    tickets: {
      associatedcompany: accountRefKey, companyname: accountRefKey, ticketid: 'externalId', ticketname: 'subject',
      category: 'category', ticketstatus: 'status', pipelinestage: 'status', priority: 'priority', createdate: 'openedAt',
      closedate: 'resolvedAt',
    },
    usagePoints: { associatedcompany: accountRefKey, companyname: accountRefKey },
    surveyResponses: {
      associatedcompany: accountRefKey, companyname: accountRefKey, feedbacksourcetype: 'kind', rating: 'score',
      submissiondate: 'respondedAt', feedbackcomment: 'comment', contactemail: contactRefKey, email: contactRefKey,
    },
  },
};
