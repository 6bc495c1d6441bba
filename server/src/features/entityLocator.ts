import type { Location } from '../protocol';
import type { Entity } from '../core';

/** Where an entity's ID is written in its defining file (which may be another file). */
export type EntityLocator = (entity: Entity) => Location | undefined;
