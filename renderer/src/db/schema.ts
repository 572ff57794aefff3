/**
 * Dexie store definitions, one entry per schema version. Append-only: never edit a published
 * version; add a new one (with an upgrade function in db.ts when data must change).
 */

/** The entity tables of version 1 (and 2). Frozen: later tables are added by later versions. */
const entityStoresV1: Record<string, string> = {
  accounts: 'id, name, segment, tier, ownerId, renewalDate, lifecycleStage, *tags, externalId',
  contacts: 'id, accountId, name, email',
  touches: 'id, accountId, at, [accountId+at]',
  tickets: 'id, accountId, openedAt, category, externalId',
  usagePoints: 'id, accountId, [accountId+date]',
  surveyResponses: 'id, accountId, respondedAt, kind',
  commitments: 'id, accountId, ownerId, dueDate, status',
  escalations: 'id, accountId, status, severity, ownerId',
  escalationEvents: 'id, escalationId, accountId, at',
  reviews: 'id, accountId, scheduledAt, status',
  healthSnapshots: 'id, accountId, [accountId+date]',
  recoveryPrograms: 'id, status',
  recoveryTargets: 'id, programId, accountId',
  expansionOpportunities: 'id, accountId, stage',
  teamMembers: 'id, name',
  conflicts: 'id, recordId, entity',
};

/** Local bookkeeping tables that never sync as records themselves (see sync-state.ts). */
const localStoresV1 = {
  /** Per record: its sync space and the server version of each field it last saw. */
  recordMeta: '[entity+id], entity',
  /** Mutations waiting to be pushed, in the order they must be sent. */
  outbox: 'mutationId, [entity+id]',
  /** Installation facts: clientId, clock state, next mutation id, sync cursor. */
  meta: 'key',
};

/** Push rejections the user has to see (reason and the value typed), added in version 2. */
const rejectionStore = { rejections: '++seq, [entity+recordId]' };

/** Version 3: account history events; mutations held for a wrong clock; pulled records set aside. */
const version3Stores = {
  accountEvents: 'id, accountId, at, kind',
  held: '++seq, [entity+id]',
  setAside: '[entity+id], entity',
};

/** Version 4: closed-loop follow-ups of unhappy survey answers. */
const version4Stores = {
  surveyFollowUps: 'id, accountId, responseId, ownerId, stage',
};

/**
 * Version 5: only the indexes a query uses. Every index is one more entry IndexedDB writes with each
 * record (a first sync writes ~300,000 records, an import 10,000 accounts), so the indexes no read
 * ever used (segment, tier, renewal date, lifecycle stage, tags, external ids, dates, kinds) are dropped.
 * A read that needs one later adds it back in a new version.
 */
const leanEntityStores: Record<string, string> = {
  accounts: 'id, name, ownerId',
  contacts: 'id, accountId',
  touches: 'id, accountId, [accountId+at]',
  tickets: 'id, accountId',
  usagePoints: 'id, accountId',
  surveyResponses: 'id, accountId',
  commitments: 'id, accountId, ownerId, status',
  escalations: 'id, accountId, status, ownerId',
  escalationEvents: 'id, escalationId, accountId',
  reviews: 'id, accountId',
  healthSnapshots: 'id, accountId',
  recoveryPrograms: 'id, status',
  recoveryTargets: 'id, programId, accountId',
  expansionOpportunities: 'id, accountId, stage',
  teamMembers: 'id, name',
  conflicts: 'id, recordId, entity',
  accountEvents: 'id, accountId',
  surveyFollowUps: 'id, accountId, ownerId, stage',
};

/**
 * Version 6: the outbox is read in push order and as a whole (pendingFieldsByRecord), never by record,
 * so its `[entity+id]` index — one more entry written with each of an import's 10,000 mutations — is
 * dropped. Entries may now be stored as plain values (sync-state-schema.ts `storedOutboxEntrySchema`);
 * no stored data changes.
 */
const version6Stores = { outbox: 'mutationId' };

/** Every published schema version, oldest first. */
export const schemaVersions: { version: number; stores: Record<string, string> }[] = [
  { version: 1, stores: { ...entityStoresV1, ...localStoresV1 } },
  // 2: rejections table; recordMeta rows also keep the last pulled value of each field (see db.ts upgrade).
  { version: 2, stores: { ...entityStoresV1, ...localStoresV1, ...rejectionStore } },
  // 3: see version3Stores; records that do not parse are set aside (see db.ts upgrade).
  { version: 3, stores: { ...entityStoresV1, ...localStoresV1, ...rejectionStore, ...version3Stores } },
  // 4: see version4Stores.
  { version: 4, stores: { ...entityStoresV1, ...localStoresV1, ...rejectionStore, ...version3Stores, ...version4Stores } },
  // 5: see leanEntityStores (indexes dropped, no data changed).
  { version: 5, stores: { ...entityStoresV1, ...localStoresV1, ...rejectionStore, ...version3Stores, ...version4Stores, ...leanEntityStores } },
  // 6: see version6Stores.
  { version: 6, stores: { ...entityStoresV1, ...localStoresV1, ...rejectionStore, ...version3Stores, ...version4Stores, ...leanEntityStores, ...version6Stores } },
];
