import { createContext, useContext, type ReactNode } from 'react';
import type { PublicApi } from '../api/client';

const ApiContext = createContext<PublicApi | null>(null);

/** Pages take the API client from here, so tests can hand them one that talks to a fake server. */
export function ApiProvider({ client, children }: { client: PublicApi; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): PublicApi {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi() needs an <ApiProvider> above it');
  return client;
}
