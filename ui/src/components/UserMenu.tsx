import { Menu, MenuButton, MenuItem, MenuItems, MenuSeparator } from '@headlessui/react';
import { Link } from 'react-router';
import type { User } from '../api/types';
import { formatRole } from '../lib/format';
import { ChevronDownIcon } from './icons';

const itemClass = 'block w-full px-4 py-2 text-left text-sm text-slate-700 data-focus:bg-slate-100';

export function UserMenu({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  return (
    <Menu>
      <MenuButton className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-white hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-white">
        <span className="flex size-7 items-center justify-center rounded-full bg-sky-500 text-xs font-semibold">
          {initials(user.displayName)}
        </span>
        <span className="hidden max-w-40 truncate md:inline">{user.displayName}</span>
        <ChevronDownIcon className="size-4 text-sky-200" />
        <span className="sr-only">Account menu</span>
      </MenuButton>
      <MenuItems
        anchor="bottom end"
        className="z-50 mt-2 w-64 rounded-lg bg-white py-1 shadow-lg ring-1 ring-slate-200 focus:outline-none"
      >
        <div className="px-4 py-3">
          <p className="truncate text-sm font-medium text-slate-900">{user.displayName}</p>
          <p className="truncate text-sm text-slate-500">{user.email}</p>
          <p className="mt-1 text-xs text-slate-500">{formatRole(user.role)}</p>
        </div>
        <MenuSeparator className="my-1 h-px bg-slate-200" />
        <MenuItem>
          <Link to="/password" className={itemClass}>
            Change password
          </Link>
        </MenuItem>
        <MenuItem>
          <Link to="/api-keys" className={itemClass}>
            API keys
          </Link>
        </MenuItem>
        <MenuSeparator className="my-1 h-px bg-slate-200" />
        <MenuItem>
          <button type="button" onClick={onSignOut} className={itemClass}>
            Sign out
          </button>
        </MenuItem>
      </MenuItems>
    </Menu>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? parts[0][0] + parts[parts.length - 1][0] : (parts[0] ?? '?').slice(0, 2);
  return letters.toUpperCase();
}
