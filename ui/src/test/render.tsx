import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { User } from '../api/types';
import { AuthProvider } from '../auth/AuthContext';
import { sessionStore } from '../auth/session';
import { createQueryClient } from '../queryClient';
import { login } from './fixtures';

interface Options {
  /** The route pattern the element is mounted at. */
  path?: string;
  /** The URL the test starts on. */
  url?: string;
  /** Signs this user in first; null leaves the session empty. */
  as?: User | null;
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders one page with the app's real providers, as a signed-in user unless told otherwise. */
export function renderPage(element: ReactElement, { path = '/', url = path, as = null }: Options = {}) {
  sessionStore.signOut();
  if (as) sessionStore.signIn(login(as));
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={element} />
            <Route path="*" element={<p>elsewhere</p>} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </AuthProvider>
    </QueryClientProvider>,
  );
  return { ...result, queryClient };
}
