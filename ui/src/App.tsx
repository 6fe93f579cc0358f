import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { User } from './api/types';
import { PASSWORD_REQUIRED_PATH, RequireAuth, RequirePermission } from './auth/guards';
import { AppLayout } from './components/AppLayout';
import { LoadingState } from './components/states';
import { can } from './lib/permissions';
import { AirlinesPage } from './pages/AirlinesPage';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { ForcedPasswordChangePage } from './pages/ForcedPasswordChangePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { FilePirepPage } from './pages/pireps/FilePirepPage';
import { PirepDetailPage } from './pages/pireps/PirepDetailPage';
import { PirepsPage } from './pages/pireps/PirepsPage';
import { UsersPage } from './pages/users/UsersPage';

// The map, its world outline and d3-geo load only when the map is opened.
const LiveMapPage = lazy(() => import('./pages/flights/LiveMapPage').then((m) => ({ default: m.LiveMapPage })));

const only = (allowed: (user: User) => boolean, page: ReactNode) => (
  <RequirePermission allowed={allowed}>{page}</RequirePermission>
);

/** Client-side routes; none starts with /api, which belongs to the server. */
export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path={PASSWORD_REQUIRED_PATH} element={<ForcedPasswordChangePage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<Navigate to="/pireps" replace />} />
        <Route path="/pireps" element={<PirepsPage />} />
        <Route path="/pireps/new" element={only(can.filePirep, <FilePirepPage />)} />
        <Route path="/pireps/:id" element={<PirepDetailPage />} />
        <Route
          path="/flights"
          element={only(
            can.watchFlights,
            <Suspense fallback={<LoadingState label="Loading the map…" />}>
              <LiveMapPage />
            </Suspense>,
          )}
        />
        <Route path="/users" element={only(can.manageUsers, <UsersPage />)} />
        <Route path="/airlines" element={only(can.manageAirlines, <AirlinesPage />)} />
        <Route path="/api-keys" element={<ApiKeysPage />} />
        <Route path="/password" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
