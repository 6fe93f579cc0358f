import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import type { User } from './api/types';
import { PASSWORD_REQUIRED_PATH, RequireAuth, RequirePermission } from './auth/guards';
import { AppLayout } from './components/AppLayout';
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
        <Route path="/users" element={only(can.manageUsers, <UsersPage />)} />
        <Route path="/airlines" element={only(can.manageAirlines, <AirlinesPage />)} />
        <Route path="/api-keys" element={<ApiKeysPage />} />
        <Route path="/password" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
