import { Link, useLocation } from 'react-router';
import type { User } from '../api/types';
import { cx } from '../lib/cx';
import { can } from '../lib/permissions';

interface NavItem {
  to: string;
  label: string;
  visible: (user: User) => boolean;
  matches: (path: string) => boolean;
}

const everyone = () => true;

export const NAV_ITEMS: NavItem[] = [
  {
    to: '/pireps',
    label: 'PIREPs',
    visible: everyone,
    matches: (path) => path.startsWith('/pireps') && path !== '/pireps/new',
  },
  {
    to: '/pireps/new',
    label: 'File a PIREP',
    visible: can.filePirep,
    matches: (path) => path === '/pireps/new',
  },
  { to: '/flights', label: 'Live map', visible: can.watchFlights, matches: (path) => path.startsWith('/flights') },
  { to: '/users', label: 'Users', visible: can.manageUsers, matches: (path) => path.startsWith('/users') },
  {
    to: '/airlines',
    label: 'Airlines',
    visible: can.manageAirlines,
    matches: (path) => path.startsWith('/airlines'),
  },
  { to: '/api-keys', label: 'API keys', visible: everyone, matches: (path) => path.startsWith('/api-keys') },
];

/** The sections the user's role may use; nothing else is shown. */
export function NavBar({ user }: { user: User }) {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Main" className="-mx-1 flex gap-1 overflow-x-auto">
      {NAV_ITEMS.filter((item) => item.visible(user)).map((item) => {
        const active = item.matches(pathname);
        return (
          <Link
            key={item.to}
            to={item.to}
            aria-current={active ? 'page' : undefined}
            className={cx(
              'rounded-md px-3 py-2 text-sm font-medium whitespace-nowrap',
              active ? 'bg-white/15 text-white' : 'text-sky-100 hover:bg-white/10 hover:text-white',
            )}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
