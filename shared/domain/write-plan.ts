import type { EntityFields, EntityName } from './entities';

/** A record a workflow creates: its id is chosen by the plan, so later steps can refer to it. */
export type PlannedCreate<E extends EntityName = EntityName> = {
  op: 'create'; entity: E; id: string; fields: Partial<EntityFields<E>>; space?: 'team' | 'private';
};

/** A change a workflow makes to an existing record. */
export type PlannedUpdate<E extends EntityName = EntityName> = {
  op: 'update'; entity: E; id: string; patch: Partial<EntityFields<E>>; recordHistory?: boolean;
};

/** One step of a workflow's plan. */
export type PlannedWrite = { [E in EntityName]: PlannedCreate<E> | PlannedUpdate<E> }[EntityName];

/**
 * What a workflow writes, in order: a pure rule in shared/domain computes it from plain data, and the
 * data layer applies it as one command (one transaction, all or nothing, stamped once).
 */
export type WritePlan = PlannedWrite[];

/** A create step, typed by its entity. */
export function planCreate<E extends EntityName>(entity: E, id: string, fields: Partial<EntityFields<E>>, space?: 'team' | 'private'): PlannedWrite {
  return { op: 'create', entity, id, fields, space } as PlannedWrite;
}

/** An update step, typed by its entity. */
export function planUpdate<E extends EntityName>(entity: E, id: string, patch: Partial<EntityFields<E>>, recordHistory?: boolean): PlannedWrite {
  return { op: 'update', entity, id, patch, recordHistory } as PlannedWrite;
}
