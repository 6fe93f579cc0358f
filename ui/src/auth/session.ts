import type { LoginResponse, User } from '../api/types';

export interface Session {
  token: string;
  expiresAt: string;
  user: User;
}

export type SignOutReason = 'expired' | 'signed-out';

export interface SessionState {
  session: Session | null;
  signOutReason: SignOutReason | null;
}

type Listener = () => void;

const STORAGE_KEY = 'albatross.session';

/**
 * The signed-in session, kept in memory and mirrored to sessionStorage so a reload of the tab
 * keeps the user signed in while closing the tab signs them out. Never a cookie.
 */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: Storage | null = safeSessionStorage()) {
    this.state = { session: this.load(), signOutReason: null };
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  token(): string | null {
    return this.state.session?.token ?? null;
  }

  signIn(response: LoginResponse): void {
    this.set({
      session: { token: response.token, expiresAt: response.expiresAt, user: response.user },
      signOutReason: null,
    });
  }

  updateUser(user: User): void {
    const session = this.state.session;
    if (session) this.set({ ...this.state, session: { ...session, user } });
  }

  requirePasswordChange(): void {
    const session = this.state.session;
    if (session && !session.user.mustChangePassword) {
      this.updateUser({ ...session.user, mustChangePassword: true });
    }
  }

  signOut(reason: SignOutReason = 'signed-out'): void {
    if (this.state.session) this.set({ session: null, signOutReason: reason });
  }

  private set(next: SessionState): void {
    this.state = next;
    this.save(next.session);
    this.listeners.forEach((listener) => listener());
  }

  private load(): Session | null {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY);
      if (!raw) return null;
      const session = JSON.parse(raw) as Session;
      return isExpired(session) ? null : session;
    } catch {
      return null;
    }
  }

  private save(session: Session | null): void {
    try {
      if (session) this.storage?.setItem(STORAGE_KEY, JSON.stringify(session));
      else this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // Storage can be unavailable (private modes, quotas); memory still holds the session.
    }
  }
}

export function isExpired(session: Session, now: number = Date.now()): boolean {
  const expiry = Date.parse(session.expiresAt);
  return Number.isFinite(expiry) && expiry <= now;
}

function safeSessionStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

export const sessionStore = new SessionStore();
