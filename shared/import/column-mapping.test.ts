import { describe, expect, it } from 'vitest';
import { detectPreset, guessMapping, headerSignature } from './column-mapping';

describe('guessing the column mapping', () => {
  it('maps a Salesforce accounts report by its preset', () => {
    const headers = ['Account Name', 'Account ID', 'Type', 'Annual Revenue', 'Industry', 'Account Owner', 'Contract End Date', 'Billing City'];
    expect(detectPreset(headers)).toBe('salesforce');
    // Type ("Customer - Direct", "Channel Partner / Reseller") is not a size segment: left for the user.
    expect(guessMapping('accounts', headers, 'salesforce')).toEqual(['name', 'externalId', '', 'arrMinor', 'industry', 'ownerName', 'renewalDate', 'billingCity']);
  });

  it('maps HubSpot companies and contacts exports', () => {
    const companies = ['Record ID', 'Company name', 'Company owner', 'Create Date', 'Lifecycle Stage', 'Annual Revenue', 'Industry', 'Type', 'Phone Number', 'City'];
    expect(detectPreset(companies)).toBe('hubspot');
    // Annual Revenue is the company's own revenue (offered, not assumed); Type is not a segment.
    expect(guessMapping('accounts', companies, 'hubspot')).toEqual(['externalId', 'name', 'ownerName', 'createdAt', 'lifecycleStage', '', 'industry', '', 'phone', 'billingCity']);
    const contacts = ['Record ID', 'First Name', 'Last Name', 'Email', 'Job Title', 'Associated Company'];
    expect(guessMapping('contacts', contacts, 'hubspot')).toEqual(['', 'firstName', 'lastName', 'email', 'title', 'accountRef']);
  });

  it('fuzzy-matches our own labels and common variants when there is no preset', () => {
    const headers = ['account_name', 'ARR', 'Renewal Date ', 'Lifecycle stage', 'Tags', 'Notes'];
    expect(detectPreset(headers)).toBe('salesforce');
    // A Notes column goes to the account's timeline, not its description.
    expect(guessMapping('accounts', headers, 'custom')).toEqual(['name', 'arrMinor', 'renewalDate', 'lifecycleStage', 'tags', 'timelineNote']);
    expect(guessMapping('usagePoints', ['Account ID', 'Account name', 'Date', 'Metric', 'Value'], 'custom'))
      .toEqual(['accountRef', 'accountRef', 'date', 'metric', 'value']);
  });

  it('gives each field one column (except the account reference)', () => {
    expect(guessMapping('accounts', ['Name', 'Account Name'], 'custom').filter((k) => k === 'name')).toHaveLength(1);
  });

  it('signs a header row independently of case and punctuation', () => {
    expect(headerSignature(['Account Name', 'ID'])).toBe(headerSignature(['account_name', 'id']));
  });
});
