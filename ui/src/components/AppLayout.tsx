import { Link, Outlet } from 'react-router';
import { useAuth, useCurrentUser } from '../auth/AuthContext';
import { useTenant } from '../hooks/queries';
import { LiveProvider, useLiveStatus } from '../live/LiveProvider';
import { LiveIndicator } from './LiveIndicator';
import { NavBar } from './NavBar';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  return (
    <LiveProvider>
      <div className="flex min-h-screen flex-col">
        <TopBar />
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6 lg:px-8">
          <Outlet />
        </main>
        <footer className="py-6 text-center text-xs text-slate-400">Albatross · virtual airline operations</footer>
      </div>
    </LiveProvider>
  );
}

function TopBar() {
  const user = useCurrentUser();
  const { signOut } = useAuth();
  const status = useLiveStatus();
  const airline = useTenant(user.tenantId).data;

  return (
    <header className="bg-sky-950 shadow">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6 lg:px-8">
        <Link to="/" className="flex items-center gap-2 text-white">
          <img src="/favicon.svg" alt="" className="size-7" />
          <span className="text-lg font-semibold tracking-tight">Albatross</span>
          {airline && (
            <span className="hidden rounded bg-white/10 px-2 py-0.5 text-xs font-medium text-sky-100 sm:inline">
              {airline.icao} · {airline.name}
            </span>
          )}
        </Link>
        <div className="order-last w-full md:order-none md:w-auto md:flex-1">
          <NavBar user={user} />
        </div>
        <div className="ml-auto flex items-center gap-3 md:ml-0">
          <LiveIndicator status={status} />
          <UserMenu user={user} onSignOut={signOut} />
        </div>
      </div>
    </header>
  );
}
