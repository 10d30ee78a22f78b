import { CATALOG_ENTITIES } from '../catalog/entities';

/** Every entity of the app: the DataSource, the CLI and the drift test all use this one list. */
export const ALL_ENTITIES = [...CATALOG_ENTITIES];
